import { z } from "zod";

/**
 * What the outcome views show, read from the address (a GET form, so a filtered view works
 * without JavaScript and can be shared with a colleague): one scheme, round or pot, a period of
 * whole months, and whether the themes over time are counted per month or per quarter. A bad
 * value comes back as an error for its field and the view falls back to its default for it.
 */

export type Grouping = "quarter" | "month";

export type OutcomeFilters = {
  schemeId?: string;
  roundId?: string;
  potId?: string;
  /** First day of the first month, UTC, inclusive. */
  from: Date;
  /** First day of the month after the last one, UTC, exclusive. */
  until: Date;
  per: Grouping;
  /** 1-based page of the check-in status table. */
  page: number;
};

export type OutcomeFilterValues = {
  scheme: string;
  round: string;
  pot: string;
  from: string;
  to: string;
  per: Grouping;
};

/** The longest period shown, so a chart stays readable and the queries stay few. */
export const MAX_PERIOD_MONTHS = 36;
/** How many months the views cover when no period is chosen: the last year. */
export const DEFAULT_PERIOD_MONTHS = 12;

const E = "outcomes:views.errors";
const monthPattern = /^(\d{4})-(0[1-9]|1[0-2])$/;

const querySchema = z.object({
  scheme: z.string().trim().max(100).optional(),
  round: z.string().trim().max(100).optional(),
  pot: z.string().trim().max(100).optional(),
  from: z.string().trim().max(20).optional(),
  to: z.string().trim().max(20).optional(),
  per: z.string().trim().max(20).optional(),
  page: z.string().trim().max(10).optional(),
});

/** "2026-03" as the first instant of that month, UTC; null when it is not a month. */
export function monthStart(value: string): Date | null {
  const match = monthPattern.exec(value);
  if (!match) return null;
  return new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, 1));
}

/** The month a date falls in, as a form value ("2026-03"). */
export function monthValue(date: Date): string {
  return `${date.getUTCFullYear()}-${String(date.getUTCMonth() + 1).padStart(2, "0")}`;
}

export function addMonths(date: Date, months: number): Date {
  return new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + months, 1));
}

export function monthsBetween(from: Date, until: Date): number {
  return (
    (until.getUTCFullYear() - from.getUTCFullYear()) * 12 + until.getUTCMonth() - from.getUTCMonth()
  );
}

const optionalId = (value: string | undefined) => (value ? value : undefined);

export function readOutcomeFilters(
  searchParams: URLSearchParams,
  now: Date,
): { filters: OutcomeFilters; values: OutcomeFilterValues; errors: Record<string, string> } {
  const parsed = querySchema.safeParse(Object.fromEntries(searchParams));
  const query = parsed.success ? parsed.data : {};
  const errors: Record<string, string> = {};

  const defaultUntil = addMonths(new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 1)), 1);
  let until = defaultUntil;
  if (query.to) {
    const last = monthStart(query.to);
    if (last) until = addMonths(last, 1);
    else errors.to = `${E}.month`;
  }
  let from = addMonths(until, -DEFAULT_PERIOD_MONTHS);
  if (query.from) {
    const first = monthStart(query.from);
    if (first) from = first;
    else errors.from = `${E}.month`;
  }
  if (from >= until) {
    errors.to ??= `${E}.toBeforeFrom`;
    until = defaultUntil;
    from = addMonths(until, -DEFAULT_PERIOD_MONTHS);
  } else if (monthsBetween(from, until) > MAX_PERIOD_MONTHS) {
    errors.from ??= `${E}.tooLong`;
    from = addMonths(until, -MAX_PERIOD_MONTHS);
  }

  const per: Grouping = query.per === "month" ? "month" : "quarter";
  if (query.per && query.per !== "month" && query.per !== "quarter") errors.per = `${E}.per`;
  const page = Math.max(1, Math.min(10_000, Number.parseInt(query.page ?? "1", 10) || 1));

  return {
    filters: {
      schemeId: optionalId(query.scheme),
      roundId: optionalId(query.round),
      potId: optionalId(query.pot),
      from,
      until,
      per,
      page,
    },
    values: {
      scheme: query.scheme ?? "",
      round: query.round ?? "",
      pot: query.pot ?? "",
      from: query.from && !errors.from ? query.from : monthValue(from),
      to: query.to && !errors.to ? query.to : monthValue(addMonths(until, -1)),
      per,
    },
    errors,
  };
}

/** The address query for the same view on another page of the status table. */
export function outcomeQuery(values: OutcomeFilterValues, page?: number): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(values)) if (value) params.set(key, value);
  if (page && page > 1) params.set("page", String(page));
  return `?${params.toString()}`;
}
