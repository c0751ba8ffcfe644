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
