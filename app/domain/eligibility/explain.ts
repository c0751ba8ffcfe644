import type { Explanation } from "./eligibility";
import { formatMoney } from "~/domain/shared/money";

type Translate = (key: string, options?: Record<string, unknown>) => string;

/**
 * Turns an eligibility explanation into a sentence in the reader's language: money in the
 * scheme's currency formatted for her locale, kinds of group by their translated names,
 * lists joined the way her language joins them.
 */
export function explain(
  t: Translate,
  explanation: Explanation,
  locale: string,
  currency: string,
): string {
  const list = (items: string[]) =>
    new Intl.ListFormat(locale, { type: "disjunction" }).format(items);
  const values: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(explanation.values)) {
    if (typeof value === "object" && value !== null && "minor" in value) {
      values[name] = formatMoney(value.minor, currency, locale);
    } else if (Array.isArray(value)) {
      values[name] = list(
        name === "allowed" ? value.map((form) => t(`common:legalForms.${form}`)) : value,
      );
    } else if (name === "form") {
      values[name] = t(`common:legalForms.${value}`);
    } else if (name === "years") {
      values[name] = new Intl.NumberFormat(locale, {
        style: "unit",
        unit: "year",
        unitDisplay: "long",
      }).format(Number(value));
    } else {
      values[name] =
        typeof value === "number" && name !== "count"
          ? new Intl.NumberFormat(locale).format(value)
          : value;
    }
  }
  return t(explanation.key, values);
}
