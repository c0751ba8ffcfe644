/**
 * How long is left before a round closes, in the words people use for a deadline: days while
 * there are days, then hours, then "less than an hour". Rounded down, so "2 days left" never
 * promises more time than there is.
 */

import { roundHasClosed } from "./round-phase";

const HOUR_MS = 60 * 60 * 1000;
const DAY_MS = 24 * HOUR_MS;

export type TimeLeft =
  { unit: "days" | "hours"; count: number } | { unit: "lessThanHour" } | { unit: "closed" };

export function timeLeft(closesAt: Date, now: Date): TimeLeft {
  if (roundHasClosed({ closesAt }, now)) return { unit: "closed" };
  const ms = closesAt.getTime() - now.getTime();
  if (ms >= DAY_MS) return { unit: "days", count: Math.floor(ms / DAY_MS) };
  if (ms >= HOUR_MS) return { unit: "hours", count: Math.floor(ms / HOUR_MS) };
  return { unit: "lessThanHour" };
}

/** Still open, and closing within the next `days` days. */
export function closesWithin(closesAt: Date, now: Date, days: number): boolean {
  return !roundHasClosed({ closesAt }, now) && closesAt.getTime() - now.getTime() <= days * DAY_MS;
}
