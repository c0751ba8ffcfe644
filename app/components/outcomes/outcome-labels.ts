import type { TFunction } from "i18next";
import { intlLocale } from "~/domain/shared/dates";

/** A period's name in the reader's language: "Jan 2026", or "Q1 2026" for a quarter. */
export function periodLabel(
  period: { key: string; start: string | Date; year: number; index: number },
  per: "month" | "quarter",
  locale: string,
  t: TFunction,
): string {
  if (per === "quarter") {
    const year = new Intl.NumberFormat(intlLocale(locale), { useGrouping: false }).format(
      period.year,
    );
    const quarter = new Intl.NumberFormat(intlLocale(locale)).format(period.index);
    return t("outcomes:views.periods.quarter", { quarter, year });
  }
  return new Intl.DateTimeFormat(intlLocale(locale), {
    month: "short",
    year: "numeric",
    timeZone: "UTC",
  }).format(new Date(period.start));
}
