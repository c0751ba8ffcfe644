import { z } from "zod";
import { MAX_MINOR } from "~/domain/shared/money";

/**
 * Eligibility rules are data that funders edit; this module is the only place they are
 * evaluated. Each evaluation explains itself with a translation key (namespace "eligibility")
 * and the values to put into the sentence, so applicants read why in their own language.
 */

export const legalForms = [
  "REGISTERED_CHARITY",
  "ASSOCIATION",
  "COOPERATIVE",
  "COMPANY",
  "INFORMAL_GROUP",
  "OTHER",
] as const;
export type LegalForm = (typeof legalForms)[number];

export const eligibilityRuleSchema = z.discriminatedUnion("type", [
  z.object({
    type: z.literal("legalForms"),
    allowed: z.array(z.enum(legalForms)).min(1),
    /** Informal groups may apply only with a host organisation that can hold the money. */
    informalNeedsHost: z.boolean().default(false),
  }),
  z.object({
    type: z.literal("byAndFor"),
    /** Share of leaders or committee members from the community served, self-declared. */
    minLeadershipPercent: z.number().int().min(0).max(100).default(51),
  }),
  z.object({
    type: z.literal("maxAnnualIncome"),
    amountMinor: z.number().int().min(0).max(MAX_MINOR),
  }),
  z.object({ type: z.literal("areaServed"), areas: z.array(z.string().trim().min(1)).min(1) }),
  z.object({ type: z.literal("minYearsActive"), years: z.number().int().min(0).max(200) }),
]);

export type EligibilityRule = z.infer<typeof eligibilityRuleSchema>;
export type RuleType = EligibilityRule["type"];
export const eligibilityRulesSchema = z.array(eligibilityRuleSchema);

/** What the rules look at. Unknown answers are null: the rule then says what it needs. */
export type GroupProfile = {
  legalForm: LegalForm | null;
  hasHost: boolean;
  byAndFor: boolean | null;
  leadershipPercent: number | null;
  annualIncomeMinor: number | null;
  areaServed: string | null;
  yearsActive: number | null;
};

export type MoneyValue = { minor: number };

export type Explanation = {
  key: string;
  values: Record<string, string | number | MoneyValue | string[]>;
};

export type RuleOutcome = {
  rule: EligibilityRule;
  /** "unknown" when the profile lacks what the rule needs. */
  result: "pass" | "fail" | "unknown";
  explanation: Explanation;
};

const normalisedArea = (area: string) => area.trim().toLocaleLowerCase();

export function evaluateRule(rule: EligibilityRule, group: GroupProfile): RuleOutcome {
  const outcome = (
    result: RuleOutcome["result"],
    key: string,
    values: Explanation["values"] = {},
  ) => ({
    rule,
    result,
    explanation: { key: `eligibility:${key}`, values },
  });

  switch (rule.type) {
    case "legalForms": {
      if (!group.legalForm) return outcome("unknown", "legalForm.unknown");
      const form = group.legalForm;
      if (!rule.allowed.includes(form)) {
        return outcome("fail", "legalForm.notAllowed", { form, allowed: rule.allowed });
      }
      if (form === "INFORMAL_GROUP" && rule.informalNeedsHost && !group.hasHost) {
        return outcome("fail", "legalForm.needsHost");
      }
      return outcome("pass", "legalForm.allowed", { form });
    }
    case "byAndFor": {
      if (group.byAndFor === null) return outcome("unknown", "byAndFor.unknown");
      if (!group.byAndFor) return outcome("fail", "byAndFor.notDeclared");
      if (rule.minLeadershipPercent > 0) {
        if (group.leadershipPercent === null) {
          return outcome("unknown", "byAndFor.leadershipUnknown", {
            min: rule.minLeadershipPercent,
          });
        }
        if (group.leadershipPercent < rule.minLeadershipPercent) {
          return outcome("fail", "byAndFor.leadershipTooLow", {
            share: group.leadershipPercent,
            min: rule.minLeadershipPercent,
          });
        }
      }
      return outcome("pass", "byAndFor.met");
    }
    case "maxAnnualIncome": {
      if (group.annualIncomeMinor === null) return outcome("unknown", "income.unknown");
      const values = {
        income: { minor: group.annualIncomeMinor },
        limit: { minor: rule.amountMinor },
      };
      return group.annualIncomeMinor <= rule.amountMinor
        ? outcome("pass", "income.withinLimit", values)
        : outcome("fail", "income.aboveLimit", values);
    }
    case "areaServed": {
      if (!group.areaServed?.trim())
        return outcome("unknown", "area.unknown", { areas: rule.areas });
      const served = normalisedArea(group.areaServed);
      return rule.areas.some((area) => normalisedArea(area) === served)
        ? outcome("pass", "area.inside", { area: group.areaServed.trim() })
        : outcome("fail", "area.outside", { area: group.areaServed.trim(), areas: rule.areas });
    }
    case "minYearsActive": {
      if (rule.years === 0) return outcome("pass", "years.anyAge");
      if (group.yearsActive === null)
        return outcome("unknown", "years.unknown", { count: rule.years });
      return group.yearsActive >= rule.years
        ? outcome("pass", "years.enough", { count: rule.years })
        : outcome("fail", "years.tooFew", { count: rule.years, years: group.yearsActive });
    }
  }
}

export type EligibilityResult = {
  eligible: boolean;
  /** True when nothing failed but some answers are missing. */
  incomplete: boolean;
  outcomes: RuleOutcome[];
};

export function evaluateEligibility(
  rules: EligibilityRule[],
  group: GroupProfile,
): EligibilityResult {
  const outcomes = rules.map((rule) => evaluateRule(rule, group));
  const failed = outcomes.some((o) => o.result === "fail");
  const unknown = outcomes.some((o) => o.result === "unknown");
  return { eligible: !failed && !unknown, incomplete: !failed && unknown, outcomes };
}

/** The areas the rules name, each once in its first spelling, however cased or spaced elsewhere. */
export function listedAreas(rules: EligibilityRule[]): string[] {
  const areas = new Map<string, string>();
  for (const rule of rules) {
    if (rule.type !== "areaServed") continue;
    for (const area of rule.areas)
      if (!areas.has(normalisedArea(area))) areas.set(normalisedArea(area), area.trim());
  }
  return [...areas.values()];
}

/**
 * The areas a group may pick from when an area rule did not pass. A group writes where it
 * works in its own words and script ("ريفرسايد"); the funder lists areas in its own
 * ("Riverside"). Offering the funder's list turns a spelling mismatch into one choice.
 */
export function areasToChooseFrom(outcomes: RuleOutcome[]): string[] {
  return listedAreas(
    outcomes.filter((outcome) => outcome.result !== "pass").map((outcome) => outcome.rule),
  );
}

/** The listed area a chosen one names, however it is cased or spaced, in the list's spelling. */
export function findListedArea(area: string, listed: string[]): string | undefined {
  return listed.find((candidate) => normalisedArea(candidate) === normalisedArea(area));
}

/** Reads rules stored as JSON; rules that no longer parse are reported, never ignored. */
export function parseRules(json: unknown): EligibilityRule[] {
  const parsed = eligibilityRulesSchema.safeParse(json ?? []);
  if (!parsed.success)
    throw new Error(`Stored eligibility rules are invalid: ${parsed.error.message}`);
  return parsed.data;
}

/**
 * Whether some organisation could satisfy both rule sets, judged rule type by rule type.
 * Used to tell a funder that a floor cannot be met by any pot of the round.
 */
export function rulesCompatible(a: EligibilityRule[], b: EligibilityRule[]): boolean {
  for (const left of a) {
    for (const right of b) {
      if (left.type === "legalForms" && right.type === "legalForms") {
        if (!left.allowed.some((form) => right.allowed.includes(form))) return false;
      }
      if (left.type === "areaServed" && right.type === "areaServed") {
        const areas = new Set(left.areas.map(normalisedArea));
        if (!right.areas.some((area) => areas.has(normalisedArea(area)))) return false;
      }
    }
  }
  return true;
}
