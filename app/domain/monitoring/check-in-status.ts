/**
 * Where a check-in stands, for the group and for staff: sent (or a logged conversation),
 * not yet due, due soon, or late. "Due" starts a fortnight before the date, when the
 * first reminder is near; "late" starts the day after it.
 */

export type CheckInStatus = "sent" | "conversation" | "upcoming" | "due" | "late";

const DAY = 24 * 60 * 60 * 1000;
export const DUE_WINDOW_DAYS = 14;

export function checkInStatus(
  checkIn: { kind: "CHECK_IN" | "CONVERSATION"; dueOn: Date; submittedAt: Date | null },
  now: Date,
): CheckInStatus {
  if (checkIn.kind === "CONVERSATION") return "conversation";
  if (checkIn.submittedAt) return "sent";
  // Due dates fall at noon; late only once the whole due day has passed.
  const endOfDueDay = checkIn.dueOn.getTime() + DAY / 2;
  if (now.getTime() > endOfDueDay) return "late";
  if (checkIn.dueOn.getTime() - now.getTime() <= DUE_WINDOW_DAYS * DAY) return "due";
  return "upcoming";
}

/** Whether the group can still write in it: not sent, and the grant is running or just ended. */
export function isCheckInWritable(
  checkIn: { kind: "CHECK_IN" | "CONVERSATION"; submittedAt: Date | null },
  grantStatus: string,
) {
  return (
    checkIn.kind === "CHECK_IN" &&
    checkIn.submittedAt === null &&
    (grantStatus === "ACTIVE" || grantStatus === "COMPLETED")
  );
}

/** Whether the group has begun a check-in: something typed in it, or a file added. */
export function isCheckInStarted(answers: unknown, fileCount: number) {
  const typed = !!answers && typeof answers === "object" && Object.keys(answers).length > 0;
  return typed || fileCount > 0;
}
