import type { RawAnswers } from "../forms/answers-schema";
import type { FormDefinition } from "../forms/definition";

/**
 * Files an application may hold, and which files a save leaves behind (decision 0038). A file
 * replaced by another is deleted with the save that replaced it, so the files an application
 * holds are the ones its answers name, and the quota counts exactly those.
 */

export const MAX_FILES_PER_APPLICATION = 30;
export const MAX_FILE_BYTES_PER_APPLICATION = 250 * 1024 * 1024;

/** Where a section keeps its files among the answers: file questions, and recordings. */
export function fileAnswerKeys(definition: FormDefinition, sectionId: string): string[] {
  const section = definition.sections.find((s) => s.id === sectionId);
  return (section?.questions ?? []).flatMap((question) =>
    question.type === "file"
      ? [question.id]
      : question.type === "longText" && question.allowRecording
        ? [`${question.id}.recording`]
        : [],
  );
}

/**
 * The files a save replaced with another file. An answer that merely went missing from what
 * was posted is not a replacement: its file is kept.
 */
export function replacedFileIds(
  definition: FormDefinition,
  sectionId: string,
  before: RawAnswers,
  after: RawAnswers,
): string[] {
  return fileAnswerKeys(definition, sectionId).flatMap((key) => {
    const old = before[key];
    const now = after[key];
    return typeof old === "string" && typeof now === "string" && old !== now ? [old] : [];
  });
}

/** Whether one more file of `bytes` fits, the file it replaces (if any) no longer counted. */
export function fitsQuota(
  held: { id: string; sizeBytes: number }[],
  bytes: number,
  replacing: string | undefined,
): boolean {
  const kept = held.filter((file) => file.id !== replacing);
  const total = kept.reduce((sum, file) => sum + file.sizeBytes, 0);
  return (
    kept.length + 1 <= MAX_FILES_PER_APPLICATION && total + bytes <= MAX_FILE_BYTES_PER_APPLICATION
  );
}
