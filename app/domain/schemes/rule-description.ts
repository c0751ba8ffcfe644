import type { EligibilityRule, Explanation } from "~/domain/eligibility/eligibility";

/**
 * Plain sentences for funder staff saying who a pot is for ("Groups with a yearly income of
 * €50,000 or less."), as translation keys in the "schemes" namespace with their values. Render
 * them with explain() so money and lists come out in the reader's language.
 */
export function describeRule(rule: EligibilityRule): Explanation[] {
  switch (rule.type) {
    case "legalForms": {
      const sentences: Explanation[] = [
        { key: "schemes:rules.legalForms", values: { allowed: rule.allowed } },
      ];
      if (rule.informalNeedsHost && rule.allowed.includes("INFORMAL_GROUP")) {
        sentences.push({ key: "schemes:rules.informalNeedsHost", values: {} });
      }
      return sentences;
    }
    case "byAndFor":
      return rule.minLeadershipPercent > 0
        ? [{ key: "schemes:rules.byAndForLeadership", values: { min: rule.minLeadershipPercent } }]
        : [{ key: "schemes:rules.byAndFor", values: {} }];
    case "maxAnnualIncome":
      return [
        { key: "schemes:rules.maxAnnualIncome", values: { limit: { minor: rule.amountMinor } } },
      ];
    case "areaServed":
      return [{ key: "schemes:rules.areaServed", values: { areas: rule.areas } }];
    case "minYearsActive":
      return rule.years === 0
        ? [{ key: "schemes:rules.anyAge", values: {} }]
        : [{ key: "schemes:rules.minYears", values: { count: rule.years } }];
  }
}

/** Pots without rules are open to any group; saying so avoids an empty list. */
export function describeRules(rules: EligibilityRule[]): Explanation[] {
  if (rules.length === 0) return [{ key: "schemes:rules.anyone", values: {} }];
  return rules.flatMap(describeRule);
}
