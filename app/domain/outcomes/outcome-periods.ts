import { addMonths, type Grouping } from "./outcome-filters";

/**
 * The periods the themes over time are counted in: whole months, or calendar quarters
 * (January–March, ...). A quarter cut by the chosen period only counts the months inside it.
 */

export type Period = {
  /** "2026-03" for a month, "2026-Q1" for a quarter. */
  key: string;
  start: Date;
  /** Exclusive. */
  end: Date;
  year: number;
  /** The month (1-12) or quarter (1-4). */
  index: number;
};

export function periodsBetween(from: Date, until: Date, per: Grouping): Period[] {
  const periods: Period[] = [];
  let cursor = from;
  while (cursor < until) {
    const year = cursor.getUTCFullYear();
    const month = cursor.getUTCMonth();
    if (per === "month") {
      const end = addMonths(cursor, 1);
      periods.push({
        key: `${year}-${String(month + 1).padStart(2, "0")}`,
        start: cursor,
        end,
        year,
        index: month + 1,
      });
      cursor = end;
    } else {
      const quarter = Math.floor(month / 3);
      const quarterEnd = new Date(Date.UTC(year, quarter * 3 + 3, 1));
      const end = quarterEnd < until ? quarterEnd : until;
      periods.push({
        key: `${year}-Q${quarter + 1}`,
        start: cursor,
        end,
        year,
        index: quarter + 1,
      });
      cursor = end;
    }
  }
  return periods;
}

/** The period a moment falls in, or null when it is outside them all. */
export function periodOf(periods: readonly Period[], at: Date): Period | null {
  return periods.find((period) => at >= period.start && at < period.end) ?? null;
}
