import { z } from "zod";
import { parseMoney, toInputValue } from "~/domain/shared/money";
import { checkRoundDates } from "./round-plan";
import { utcToZonedInput, zonedInputToUtc } from "~/domain/shared/zoned-time";
import { textFieldsShape, textFormValues, textsFrom, type Texts } from "./translated-fields";

/**
 * A round as typed: dates on the scheme's clocks (datetime-local), the budget in the scheme's
 * currency. Messages are "schemes" translation keys.
 */

export type RoundInput = {
  name: Texts;
  opensAt: Date;
  closesAt: Date;
  decisionAt: Date | null;
  /** Null when the form did not send a budget (it is locked); the stored one stays. */
  budgetMinor: number | null;
};

type Issue = { field: string; key: string };

const dateFields = ["opensAt", "closesAt", "decisionAt"] as const;

function readDate(
  value: string | undefined,
  timeZone: string,
  required: boolean,
): Date | null | Issue["key"] {
  if (!value?.trim()) return required ? "schemes:errors.dateRequired" : null;
  const reading = zonedInputToUtc(value, timeZone);
  if (reading.ok) return reading.date;
  return reading.reason === "skipped" ? "schemes:errors.dateSkipped" : "schemes:errors.dateInvalid";
}

/** Reads the money and date fields; the texts are checked by the zod shape. */
export function readRound(
  values: Partial<Record<string, string>>,
  currency: string,
  timeZone: string,
  options: { budget: "required" | "optional" },
): { round: Omit<RoundInput, "name"> | null; issues: Issue[] } {
  const issues: Issue[] = [];
  const dates: Partial<Record<(typeof dateFields)[number], Date | null>> = {};
  for (const field of dateFields) {
    const result = readDate(values[field], timeZone, field !== "decisionAt");
    if (typeof result === "string") issues.push({ field, key: result });
    else dates[field] = result;
  }

  let budgetMinor: number | null = null;
  const budget = values.budget;
  if (budget === undefined && options.budget === "required")
    issues.push({ field: "budget", key: "schemes:errors.budgetRequired" });
  if (budget !== undefined) {
    const minor = budget.trim() ? parseMoney(budget, currency) : null;
    if (!budget.trim()) issues.push({ field: "budget", key: "schemes:errors.budgetRequired" });
    else if (minor === null) issues.push({ field: "budget", key: "schemes:errors.moneyInvalid" });
    else if (minor === 0) issues.push({ field: "budget", key: "schemes:errors.budgetPositive" });
    else budgetMinor = minor;
  }

  if (dates.opensAt && dates.closesAt && dates.decisionAt !== undefined) {
    const planned = {
      opensAt: dates.opensAt,
      closesAt: dates.closesAt,
      decisionAt: dates.decisionAt,
    };
    for (const issue of checkRoundDates(planned))
      issues.push({ field: issue.field, key: issue.key });
    if (issues.length === 0) return { round: { ...planned, budgetMinor }, issues };
  }
  return { round: null, issues };
}

export function roundFormSchema(
  currency: string,
  timeZone: string,
  options: { budget: "required" | "optional" },
) {
  return z
    .object({
      ...textFieldsShape("name", {
        required: true,
        maxLength: 200,
        requiredKey: "schemes:errors.roundNameRequired",
      }),
      opensAt: z.string().optional(),
      closesAt: z.string().optional(),
      decisionAt: z.string().optional(),
      budget: z.string().optional(),
    })
    .superRefine((values, ctx) => {
      for (const issue of readRound(values, currency, timeZone, options).issues) {
        ctx.addIssue({ code: "custom", path: [issue.field], message: issue.key });
      }
    })
    .transform((values): RoundInput => ({
      name: textsFrom(values, "name"),
      ...readRound(values, currency, timeZone, options).round!,
    }));
}

export function roundFormValues(
  round: {
    name: unknown;
    opensAt: Date;
    closesAt: Date;
    decisionAt: Date | null;
    budgetMinor: number;
  },
  currency: string,
  timeZone: string,
): Record<string, string> {
  return {
    ...textFormValues("name", round.name),
    opensAt: utcToZonedInput(round.opensAt, timeZone),
    closesAt: utcToZonedInput(round.closesAt, timeZone),
    decisionAt: round.decisionAt ? utcToZonedInput(round.decisionAt, timeZone) : "",
    budget: toInputValue(round.budgetMinor, currency),
  };
}
