/**
 * Recordings sent in place of written answers are kept only for a while after the decision
 * (the funder's setting); the staff's written summary of each stays.
 */

export const MIN_RETENTION_DAYS = 1;
export const MAX_RETENTION_DAYS = 3650;

const DAY_MS = 24 * 60 * 60 * 1000;

/** The stored files that answer questions as recordings, from an application's answers. */
export function recordingFileIds(answers: unknown): string[] {
  if (!answers || typeof answers !== "object") return [];
  return Object.values(answers as Record<string, unknown>).flatMap((answer) =>
    answer && typeof answer === "object" && "recordingFileId" in answer
      ? [String((answer as { recordingFileId: unknown }).recordingFileId)]
      : [],
  );
}

/** When a recording's bytes go: the given number of whole days after the decision. */
export function recordingDeletionDue(decidedAt: Date, retentionDays: number) {
  return new Date(decidedAt.getTime() + retentionDays * DAY_MS);
}

export function isRecordingDue(decidedAt: Date, retentionDays: number, now: Date) {
  return recordingDeletionDue(decidedAt, retentionDays).getTime() <= now.getTime();
}

/** The earliest decision whose recordings could be due now, to narrow the search. */
export function earliestDueDecision(now: Date) {
  return new Date(now.getTime() - MIN_RETENTION_DAYS * DAY_MS);
}
