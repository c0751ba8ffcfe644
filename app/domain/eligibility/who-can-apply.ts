import type { EligibilityRule, Explanation } from "./eligibility";

/**
 * Eligibility rules told to someone who has not answered anything yet: plain "who can apply"
 * sentences and the round's ring-fence in words. Keys live in the "public" namespace and are
 * put into words with explain(), so money and lists read naturally in every language.
 */

const sentence = (key: string, values: Explanation["values"] = {}): Explanation => ({
  key: `public:${key}`,
  values,
});

function ruleSentences(rule: EligibilityRule): Explanation[] {
  switch (rule.type) {
    case "legalForms": {
      const sentences = [sentence("whoCanApply.legalForms", { allowed: rule.allowed })];
      // Unregistered groups are told outright, since most assume grants are not for them.
      if (rule.allowed.includes("INFORMAL_GROUP")) {
        sentences.push(
          sentence(
            rule.informalNeedsHost ? "whoCanApply.informalWithHost" : "whoCanApply.informalWelcome",
          ),
        );
      }
      return sentences;
    }
    case "byAndFor":
      return [
        rule.minLeadershipPercent > 0
          ? sentence("whoCanApply.byAndForLeadership", { min: rule.minLeadershipPercent })
          : sentence("whoCanApply.byAndFor"),
      ];
    case "maxAnnualIncome":
      return [sentence("whoCanApply.maxIncome", { limit: { minor: rule.amountMinor } })];
    case "areaServed":
      return [sentence("whoCanApply.area", { areas: rule.areas })];
    case "minYearsActive":
      return [
        rule.years === 0
          ? sentence("whoCanApply.newGroups")
          : sentence("whoCanApply.yearsActive", { count: rule.years }),
      ];
  }
}

export function whoCanApply(rules: EligibilityRule[]): Explanation[] {
  const sentences = rules.flatMap(ruleSentences);
  // Without a rule on the kind of group, anyone may apply, registered or not: say so first.
  if (!rules.some((rule) => rule.type === "legalForms"))
    sentences.unshift(sentence("whoCanApply.anyKindOfGroup"));
  return sentences;
}

/** "At least 60% of the money awarded in this round goes to …", or null without a floor. */
export function floorSentence(
  floorBasisPoints: number | null,
  floorRule: EligibilityRule | null,
): Explanation | null {
  if (floorBasisPoints === null || floorRule === null) return null;
  const percent = floorBasisPoints / 100;
  switch (floorRule.type) {
    case "legalForms":
      return sentence("floor.legalForms", { percent, allowed: floorRule.allowed });
    case "byAndFor":
      return sentence("floor.byAndFor", { percent });
    case "maxAnnualIncome":
      return sentence("floor.maxIncome", { percent, limit: { minor: floorRule.amountMinor } });
    case "areaServed":
      return sentence("floor.area", { percent, areas: floorRule.areas });
    case "minYearsActive":
      return sentence("floor.yearsActive", { percent, count: floorRule.years });
  }
}

/** "Grants from €500 to €5,000", or "Grants of €1,000" when both limits are the same. */
export function grantRange(minGrantMinor: number, maxGrantMinor: number): Explanation {
  return minGrantMinor === maxGrantMinor
    ? sentence("pot.grantFixed", { amount: { minor: minGrantMinor } })
    : sentence("pot.grantRange", { min: { minor: minGrantMinor }, max: { minor: maxGrantMinor } });
}
