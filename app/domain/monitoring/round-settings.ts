import { supportedLocales, type Locale } from "~/domain/shared/locales";
import type { FieldErrors } from "~/domain/shared/validation";
import { maxCheckIns, readCheckInPlan } from "./check-in-plan";

/**
 * A round's monitoring defaults: when check-ins fall due (a named plan or the funder's own
 * points of the grant period), up to two light numbers with a label in each language, and
 * whether stories are sorted into domains of change (Most Significant Change).
 */

export const planChoices = {
  midAndEnd: [5000, 10000],
  quarterly: [2500, 5000, 7500, 10000],
  endOnly: [10000],
} as const;
export type PlanChoice = keyof typeof planChoices | "custom";

export const maxLightNumbers = 2;
export const maxLabelLength = 80;
export type LightNumber = { id: string; label: Partial<Record<Locale, string>> };

/** The named plan a stored plan matches, or "custom". */
export function planChoiceOf(plan: readonly number[]): PlanChoice {
  for (const [name, points] of Object.entries(planChoices))
    if (points.length === plan.length && points.every((point, i) => point === plan[i]))
      return name as PlanChoice;
  return "custom";
}

/** "25, 50, 100" ↔ basis points, for the custom plan's field. */
export function percentText(plan: readonly number[]) {
  return plan.map((point) => String(point / 100)).join(", ");
}

export function readLightNumbers(value: unknown): LightNumber[] {
  if (!Array.isArray(value)) return [];
  return value
    .filter(
      (entry): entry is { id: string; label: Record<string, unknown> } =>
        !!entry &&
        typeof entry === "object" &&
        typeof (entry as { id?: unknown }).id === "string" &&
        !!(entry as { label?: unknown }).label &&
        typeof (entry as { label?: unknown }).label === "object",
    )
    .slice(0, maxLightNumbers)
    .map((entry) => ({
      id: entry.id,
      label: Object.fromEntries(
        supportedLocales.flatMap((locale) => {
          const text = entry.label[locale];
          return typeof text === "string" && text.trim() ? [[locale, text]] : [];
        }),
      ),
    }));
}

export type RoundSettings = {
  checkInPlan: number[];
  lightNumbers: LightNumber[];
  mscEnabled: boolean;
};

export type SettingsResult =
  | { ok: true; settings: RoundSettings }
  | { ok: false; errors: FieldErrors; values: Record<string, string> };

/**
 * The settings form: `plan` (a named plan or "custom" with `customPlan` as percentages),
 * `number.<n>.<locale>` labels (a number is asked when it has any label; English or the first
 * language given stands in for the others), and `msc`.
 */
export function parseRoundSettings(form: FormData): SettingsResult {
  const values: Record<string, string> = {};
  for (const [name, value] of form.entries()) if (typeof value === "string") values[name] = value;
  const errors: FieldErrors = {};
  const choice = values.plan ?? "";
  let checkInPlan: number[] = [...planChoices.midAndEnd];
  if (choice in planChoices) checkInPlan = [...planChoices[choice as keyof typeof planChoices]];
  else if (choice === "custom") {
    const parts = (values.customPlan ?? "").split(/[,;\s،]+/).filter(Boolean);
    const points = parts.map((part) => Math.round(Number(part.replace("%", "")) * 100));
    const valid =
      parts.length > 0 &&
      parts.length <= maxCheckIns &&
      points.every((point) => Number.isInteger(point) && point > 0 && point <= 10000);
    if (!valid)
      errors.customPlan = {
        key: "monitoring:round.errors.customPlan",
        values: { max: maxCheckIns },
      };
    else checkInPlan = readCheckInPlan(points);
  } else errors.plan = { key: "monitoring:round.errors.plan" };

  const lightNumbers: LightNumber[] = [];
  for (let n = 0; n < maxLightNumbers; n++) {
    const label: Partial<Record<Locale, string>> = {};
    for (const locale of supportedLocales) {
      const text = (values[`number.${n}.${locale}`] ?? "").trim();
      if (text.length > maxLabelLength)
        errors[`number.${n}.${locale}`] = {
          key: "monitoring:round.errors.labelTooLong",
          values: { max: maxLabelLength },
        };
      if (text) label[locale] = text;
    }
    if (Object.keys(label).length > 0) lightNumbers.push({ id: `n${n + 1}`, label });
  }
  if (Object.keys(errors).length > 0) return { ok: false, errors, values };
  return { ok: true, settings: { checkInPlan, lightNumbers, mscEnabled: values.msc === "on" } };
}
