import { formatMoney } from "~/domain/shared/money";
import { checkPots, type PlanIssue, type PlannedPot } from "./round-plan";
import type { PotMoney } from "./pot-form";

/**
 * Runs the round plan checks (round-plan.ts) for one change a funder is making and says which
 * form field each problem belongs next to. A round that already has a problem elsewhere (from
 * before this change) does not stop her from fixing this pot.
 */

export type FieldIssue = {
  field: string;
  key: string;
  values?: Record<string, string | number | { minor: number }>;
};

const issueId = (issue: PlanIssue) => `${issue.potId ?? ""}|${issue.field}|${issue.key}`;

/** The pot form field a plan problem is about. */
export function potFormField(issue: PlanIssue, moneyKind: "amount" | "share"): string {
  if (issue.key === "schemes:errors.floorUnreachable") return "floor.type";
  switch (issue.field) {
    case "shares":
      return "share";
    case "budget":
      return moneyKind;
    case "floor":
      return "floor.percent";
    case "floorRule":
      return "floor.type";
    default:
      return issue.field;
  }
}

export type PotChangeCheck = { problems: FieldIssue[]; warnings: FieldIssue[] };

/**
 * `stored` are the round's pots as saved (with their names in the reader's language, for
 * messages); `potId` is the pot being edited, or a placeholder id for a new one.
 */
export function checkPotChange(
  budgetMinor: number,
  stored: (PlannedPot & { label: string })[],
  potId: string,
  money: PotMoney,
): PotChangeCheck {
  const kind = money.amountMinor !== null ? "amount" : "share";
  const others = stored.filter((pot) => pot.id !== potId);
  const before = new Set(checkPots(budgetMinor, stored).problems.map(issueId));
  const after = checkPots(budgetMinor, [...others, { id: potId, ...money }]);
  const problems: FieldIssue[] = [];
  for (const issue of after.problems) {
    if (issue.potId === potId || (!issue.potId && !before.has(issueId(issue)))) {
      problems.push({ field: potFormField(issue, kind), key: issue.key, values: issue.values });
    } else if (issue.potId && !before.has(issueId(issue))) {
      const label = others.find((pot) => pot.id === issue.potId)?.label ?? "";
      problems.push({
        field: "rules",
        key: "schemes:errors.breaksOtherPot",
        values: { pot: label },
      });
    }
  }
  const warnings = after.warnings
    .filter((issue) => issue.potId === potId)
    .map((issue) => ({ field: potFormField(issue, kind), key: issue.key, values: issue.values }));
  return { problems: unique(problems), warnings: unique(warnings) };
}

/** Problems a new round budget would cause for the pots already planned, as errors on the budget. */
export function checkBudgetChange(
  budgetMinor: number,
  pots: (PlannedPot & { label: string })[],
  currentBudgetMinor: number,
): FieldIssue[] {
  const before = new Set(checkPots(currentBudgetMinor, pots).problems.map(issueId));
  const issues: FieldIssue[] = [];
  for (const issue of checkPots(budgetMinor, pots).problems) {
    if (before.has(issueId(issue))) continue;
    if (issue.potId) {
      const label = pots.find((pot) => pot.id === issue.potId)?.label ?? "";
      issues.push({
        field: "budget",
        key: "schemes:errors.budgetBreaksPot",
        values: { pot: label },
      });
    } else {
      issues.push({ field: "budget", key: issue.key, values: issue.values });
    }
  }
  return unique(issues);
}

/** One message per field is shown; the first one found is the one to fix first. */
function unique(issues: FieldIssue[]): FieldIssue[] {
  const seen = new Set<string>();
  return issues.filter((issue) => (seen.has(issue.field) ? false : (seen.add(issue.field), true)));
}

/** Interpolation values ready for t(): money in the scheme's currency, in the reader's locale. */
export function messageValues(
  values: FieldIssue["values"],
  currency: string,
  locale: string,
): Record<string, string | number> | undefined {
  if (!values) return undefined;
  return Object.fromEntries(
    Object.entries(values).map(([name, value]) => [
      name,
      typeof value === "object" ? formatMoney(value.minor, currency, locale) : value,
    ]),
  );
}

/** Issues as the form shows them: one per field, with values ready for t(). */
export function fieldErrors(
  issues: FieldIssue[],
  currency: string,
  locale: string,
): Record<string, { key: string; values?: Record<string, unknown> }> {
  const errors: Record<string, { key: string; values?: Record<string, unknown> }> = {};
  for (const issue of issues)
    errors[issue.field] ??= {
      key: issue.key,
      values: messageValues(issue.values, currency, locale),
    };
  return errors;
}

/** What a pot form shows when the round's plan refuses a save: errors, what was typed, warnings. */
export function refusedPlan(
  refusal: { errors: FieldIssue[]; warnings: FieldIssue[] },
  values: Record<string, string>,
  currency: string,
  locale: string,
) {
  return {
    errors: fieldErrors(refusal.errors, currency, locale),
    values,
    warnings: refusal.warnings.map((warning) => ({
      key: warning.key,
      values: messageValues(warning.values, currency, locale),
    })),
  };
}
