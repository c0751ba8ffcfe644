/**
 * Where a grant stands with its check-ins, from its earliest check-in not yet sent:
 * - `late`: that one's due date has passed;
 * - `due`: it falls due within the next fortnight;
 * - `onTime`: nothing is overdue and nothing falls due soon (or every check-in is in).
 * Time is passed in, so the same grant reads the same in a test as on the day.
 */

export const checkInStatuses = ["late", "due", "onTime"] as const;
export type CheckInStatus = (typeof checkInStatuses)[number];

export const DUE_SOON_DAYS = 14;
const DAY = 24 * 60 * 60 * 1000;

export function checkInStatus(nextDue: Date | null, now: Date): CheckInStatus {
  if (!nextDue) return "onTime";
  if (nextDue.getTime() < now.getTime()) return "late";
  if (nextDue.getTime() - now.getTime() <= DUE_SOON_DAYS * DAY) return "due";
  return "onTime";
}

export type GrantDue = { grantId: string; nextDue: Date | null };

/**
 * Grants in the order the status table shows them: by their next due date, none last. A status
 * only grows with the due date (late, then due, then on time), so this is also the order by
 * status at any moment, and it can be worked out once while the statuses are read at the time.
 */
export function byNextDue<Grant extends GrantDue>(grants: readonly Grant[]): Grant[] {
  return [...grants].sort(
    (a, b) =>
      (a.nextDue?.getTime() ?? Infinity) - (b.nextDue?.getTime() ?? Infinity) ||
      a.grantId.localeCompare(b.grantId),
  );
}

/**
 * How many grants are late, due and on time now, from the next due dates of those with a
 * check-in still to send (`total` counts the others too).
 */
export function statusCounts(nextDueTimes: readonly number[], total: number, now: Date) {
  const counts: Record<CheckInStatus, number> = {
    late: 0,
    due: 0,
    onTime: total - nextDueTimes.length,
  };
  for (const time of nextDueTimes) counts[checkInStatus(new Date(time), now)]++;
  return counts;
}

export const STATUS_PAGE_SIZE = 25;

/** One page of rows, and how many pages there are (at least one). */
export function pageOf<T>(rows: readonly T[], page: number, size = STATUS_PAGE_SIZE) {
  const pages = Math.max(1, Math.ceil(rows.length / size));
  const current = Math.min(Math.max(1, page), pages);
  return { rows: rows.slice((current - 1) * size, current * size), page: current, pages };
}
