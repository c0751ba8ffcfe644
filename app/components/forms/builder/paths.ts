/** Addresses of the form builder's pages, in one place so links and redirects agree. */
export const formsPath = (funderId: string, schemeId: string) =>
  `/fund/${funderId}/schemes/${schemeId}/forms`;
export const versionPath = (funderId: string, schemeId: string, versionId: string) =>
  `${formsPath(funderId, schemeId)}/${versionId}`;
export const questionPath = (
  funderId: string,
  schemeId: string,
  versionId: string,
  questionId: string,
) => `${versionPath(funderId, schemeId, versionId)}/questions/${questionId}`;
export const sectionPath = (
  funderId: string,
  schemeId: string,
  versionId: string,
  sectionId: string,
) => `${versionPath(funderId, schemeId, versionId)}/sections/${sectionId}`;
export const workingGroupPath = (funderId: string, schemeId: string) =>
  `${formsPath(funderId, schemeId)}/working-group`;
