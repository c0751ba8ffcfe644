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
export type GrantStatusRow = GrantDue & { status: CheckInStatus };

const order: Record<CheckInStatus, number> = { late: 0, due: 1, onTime: 2 };

/**
 * Every grant with its status, the ones needing attention first (late, then due, each by how
 * long ago or how soon), and the count of each status.
 */
export function statusesOf(grants: readonly GrantDue[], now: Date) {
  const rows: GrantStatusRow[] = grants.map((grant) => ({
    ...grant,
    status: checkInStatus(grant.nextDue, now),
  }));
  rows.sort(
    (a, b) =>
      order[a.status] - order[b.status] ||
      (a.nextDue?.getTime() ?? Infinity) - (b.nextDue?.getTime() ?? Infinity) ||
      a.grantId.localeCompare(b.grantId),
  );
  const counts: Record<CheckInStatus, number> = { late: 0, due: 0, onTime: 0 };
  for (const row of rows) counts[row.status]++;
  return { rows, counts };
}

export const STATUS_PAGE_SIZE = 25;

/** One page of rows, and how many pages there are (at least one). */
export function pageOf<T>(rows: readonly T[], page: number, size = STATUS_PAGE_SIZE) {
  const pages = Math.max(1, Math.ceil(rows.length / size));
  const current = Math.min(Math.max(1, page), pages);
  return { rows: rows.slice((current - 1) * size, current * size), page: current, pages };
}
