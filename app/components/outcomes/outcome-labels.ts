import type { TFunction } from "i18next";
import { formatMonthOfYear, formatNumber } from "~/domain/shared/dates";

/** A period's name in the reader's language: "Jan 2026", or "Q1 2026" for a quarter. */
export function periodLabel(
  period: { key: string; start: string | Date; year: number; index: number },
  per: "month" | "quarter",
  locale: string,
  t: TFunction,
): string {
  if (per === "quarter") {
    const year = formatNumber(period.year, locale);
    const quarter = formatNumber(period.index, locale);
    return t("outcomes:views.periods.quarter", { quarter, year });
  }
  return formatMonthOfYear(period.start, locale);
}
