/**
 * Which reminder a check-in is owed at a moment: one some days before its due date and one
 * some days after it when it is still not sent. The outbox key names the check-in, which
 * reminder and the due date, so running the job often never sends one twice, and a date
 * moved after a reminder went out earns the new date its own reminder.
 */

export type Reminder = "before" | "after";

const DAY = 24 * 60 * 60 * 1000;
export const REMIND_DAYS_BEFORE = 7;
export const REMIND_DAYS_AFTER = 3;
/** After this, a missed check-in is for staff to follow up in person, not for email. */
export const STOP_REMINDING_AFTER_DAYS = 30;

export type ReminderCandidate = {
  id: string;
  kind: "CHECK_IN" | "CONVERSATION";
  dueOn: Date;
  submittedAt: Date | null;
  grantStatus: string;
};

export function reminderDue(checkIn: ReminderCandidate, now: Date): Reminder | null {
  if (checkIn.kind !== "CHECK_IN" || checkIn.submittedAt) return null;
  if (checkIn.grantStatus !== "ACTIVE" && checkIn.grantStatus !== "COMPLETED") return null;
  const due = checkIn.dueOn.getTime();
  const at = now.getTime();
  if (at >= due + REMIND_DAYS_AFTER * DAY && at < due + STOP_REMINDING_AFTER_DAYS * DAY)
    return "after";
  if (at >= due - REMIND_DAYS_BEFORE * DAY && at < due) return "before";
  return null;
}

/** The check-ins that might owe a reminder now, for narrowing the database search. */
export function reminderWindow(now: Date) {
  return {
    from: new Date(now.getTime() - STOP_REMINDING_AFTER_DAYS * DAY),
    to: new Date(now.getTime() + REMIND_DAYS_BEFORE * DAY),
  };
}

export function reminderKey(checkInId: string, which: Reminder, dueOn: Date, userId: string) {
  return `check-in-reminder:${checkInId}:${which}:${dueOn.toISOString().slice(0, 10)}:${userId}`;
}
