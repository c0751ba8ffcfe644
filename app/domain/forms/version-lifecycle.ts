/**
 * Where a form version is in its life, and what that allows. A draft is written by staff; in
 * consultation the working group reads it and comments while staff can still change it;
 * publishing freezes it for good (rounds use it, applications keep its exact questions); a
 * frozen version that no round needs any more can be retired and brought back. The status
 * lists are exported for database filters, so a query and a check can never disagree.
 */

export type VersionStatus = "DRAFT" | "CONSULTATION" | "PUBLISHED" | "RETIRED";

export const versionStatuses = [
  "DRAFT",
  "CONSULTATION",
  "PUBLISHED",
  "RETIRED",
] as const satisfies readonly VersionStatus[];

/** Statuses in which the questions may still change. */
export const editableStatuses = ["DRAFT", "CONSULTATION"] as const satisfies VersionStatus[];

/** Statuses in which the questions never change again; also the ones shown publicly. */
export const frozenStatuses = ["PUBLISHED", "RETIRED"] as const satisfies VersionStatus[];

/** What the working group may read: not a draft (staff's work in progress). */
export const workingGroupStatuses = [
  "CONSULTATION",
  "PUBLISHED",
  "RETIRED",
] as const satisfies VersionStatus[];

/** Suggestions are taken only while the consultation is open. */
export const suggestionStatuses = ["CONSULTATION"] as const satisfies VersionStatus[];

const isIn = (statuses: readonly VersionStatus[]) => (status: VersionStatus) =>
  statuses.includes(status);

export const isEditable = isIn(editableStatuses);
export const isFrozen = isIn(frozenStatuses);
export const isReadableByWorkingGroup = isIn(workingGroupStatuses);
export const isOpenForSuggestions = isIn(suggestionStatuses);
