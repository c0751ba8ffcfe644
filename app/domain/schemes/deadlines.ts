/**
 * How long is left before a round closes, in the words people use for a deadline: days while
 * there are days, then hours, then "less than an hour". Rounded down, so "2 days left" never
 * promises more time than there is.
 */

const HOUR_MS = 60 * 60 * 1000;
const DAY_MS = 24 * HOUR_MS;

export type TimeLeft =
  { unit: "days" | "hours"; count: number } | { unit: "lessThanHour" } | { unit: "closed" };

export function timeLeft(closesAt: Date, now: Date): TimeLeft {
  const ms = closesAt.getTime() - now.getTime();
  if (ms <= 0) return { unit: "closed" };
  if (ms >= DAY_MS) return { unit: "days", count: Math.floor(ms / DAY_MS) };
  if (ms >= HOUR_MS) return { unit: "hours", count: Math.floor(ms / HOUR_MS) };
  return { unit: "lessThanHour" };
}

/** Still open, and closing within the next `days` days. */
export function closesWithin(closesAt: Date, now: Date, days: number): boolean {
  const ms = closesAt.getTime() - now.getTime();
  return ms > 0 && ms <= days * DAY_MS;
}

export type RoundState = "upcoming" | "open" | "closed";

export function roundState(round: { opensAt: Date; closesAt: Date }, now: Date): RoundState {
  if (now.getTime() < round.opensAt.getTime()) return "upcoming";
  return now.getTime() < round.closesAt.getTime() ? "open" : "closed";
}
