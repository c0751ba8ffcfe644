/**
 * When a grant's check-ins fall due. A round's plan is a list of points in the grant's period,
 * in basis points of it (5000 = mid-way, 10000 = the end); staff may change a grant's dates
 * afterwards. Dates fall on whole days, at noon UTC, so that no time zone moves them a day.
 */

export const defaultCheckInPlan: readonly number[] = [5000, 10000];
export const maxCheckIns = 6;

/** The round's plan as stored, or the default when it is unset or unreadable. */
export function readCheckInPlan(value: unknown): number[] {
  if (!Array.isArray(value)) return [...defaultCheckInPlan];
  const points = value.filter(
    (point): point is number => Number.isInteger(point) && point > 0 && point <= 10000,
  );
  const unique = [...new Set(points)].sort((a, b) => a - b).slice(0, maxCheckIns);
  return unique.length > 0 ? unique : [...defaultCheckInPlan];
}

const DAY = 24 * 60 * 60 * 1000;

function atNoon(time: number) {
  const date = new Date(time);
  date.setUTCHours(12, 0, 0, 0);
  return date;
}

/** The due dates of a grant's check-ins under a plan, earliest first. */
export function checkInDueDates(plan: readonly number[], startsOn: Date, endsOn: Date): Date[] {
  const start = startsOn.getTime();
  const length = Math.max(DAY, endsOn.getTime() - start);
  return readCheckInPlan(plan).map((point) => atNoon(start + Math.round((length * point) / 10000)));
}

/** A grant's period, from its first day to its last. */
export type GrantPeriod = { startsOn: Date; endsOn: Date };

const dayNumber = (date: Date) => Math.floor(date.getTime() / DAY);
const noonOfDay = (day: number) => new Date(day * DAY + DAY / 2);

/**
 * Where a check-in not yet sent falls when its grant's dates move: at the same share of the
 * period, so mid-way stays mid-way and the end stays the end. One due before the start or after
 * the end (a final check-in a month after the last day) keeps its distance from that edge, since
 * stretching the period says nothing about how long a group needs after it. Whole days, at noon.
 */
export function movedDueDate(dueOn: Date, before: GrantPeriod, after: GrantPeriod): Date {
  const due = dayNumber(dueOn);
  const start = dayNumber(before.startsOn);
  const end = dayNumber(before.endsOn);
  const newStart = dayNumber(after.startsOn);
  const newEnd = dayNumber(after.endsOn);
  if (due <= start) return noonOfDay(newStart - (start - due));
  if (due >= end) return noonOfDay(newEnd + (due - end));
  return noonOfDay(newStart + Math.round(((due - start) * (newEnd - newStart)) / (end - start)));
}
