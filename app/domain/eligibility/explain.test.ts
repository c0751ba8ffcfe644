import { describe, expect, it } from "vitest";
import { translatorFor } from "~/services/platform/i18n.server";
import { evaluateRule, type EligibilityRule, type GroupProfile } from "./eligibility";
import { explain } from "./explain";

const profile: GroupProfile = {
  legalForm: "INFORMAL_GROUP",
  hasHost: false,
  byAndFor: true,
  leadershipPercent: 40,
  annualIncomeMinor: 6_000_000,
  areaServed: "Eastport",
  yearsActive: 1,
};

async function sentence(locale: "en" | "ar", rule: EligibilityRule) {
  const t = await translatorFor(locale);
  return explain(t, evaluateRule(rule, profile).explanation, locale, "EUR");
}

describe("eligibility explanations in the reader's language", () => {
  const table: [EligibilityRule, string, string][] = [
    [
      { type: "maxAnnualIncome", amountMinor: 5_000_000 },
      "Your group's yearly income is €60,000, above €50,000, the limit for this pot.",
      "دخل مجموعتكم السنوي \u2068\u200f60,000\u00a0€\u2069، وهو أعلى من \u2068\u200f50,000\u00a0€\u2069، الحد المسموح به لهذا الصندوق.",
    ],
    [
      {
        type: "legalForms",
        allowed: ["REGISTERED_CHARITY", "ASSOCIATION"],
        informalNeedsHost: false,
      },
      "This pot is for these kinds of group: Registered charity or Association. Your group is: Informal group (not registered).",
      "",
    ],
    [
      { type: "legalForms", allowed: ["INFORMAL_GROUP"], informalNeedsHost: true },
      "Informal groups can apply to this pot with a host organisation that can receive the money for you.",
      "يمكن للمجموعات غير الرسمية التقدم إلى هذا الصندوق مع منظمة مضيفة تستلم المال نيابة عنكم.",
    ],
    [
      { type: "byAndFor", minLeadershipPercent: 51 },
      "40% of your leaders or committee come from the community you serve. This pot asks for at least 51%.",
      "\u206840\u2069٪ من أعضاء القيادة أو اللجنة من المجتمع الذي تعملون من أجله. يطلب هذا الصندوق \u206851\u2069٪ على الأقل.",
    ],
    [
      { type: "areaServed", areas: ["Riverside", "Northgate"] },
      "This pot is for groups working in: Riverside or Northgate. Your group works in Eastport.",
      "",
    ],
    [
      { type: "minYearsActive", years: 2 },
      "This pot asks for groups active for at least 2 years. Your group has been active for 1 year.",
      "يطلب هذا الصندوق مجموعات نشطة منذ سنتين على الأقل. مجموعتكم نشطة منذ \u2068سنة\u2069.",
    ],
  ];

  it.each(table)("explains %j", async (rule, english, arabic) => {
    expect(await sentence("en", rule)).toBe(english);
    const inArabic = await sentence("ar", rule);
    if (arabic) expect(inArabic).toBe(arabic);
    // Every Arabic explanation is in Arabic script, never an English fallback.
    expect(inArabic).toMatch(/[\u0600-\u06FF]/);
    expect(inArabic).not.toContain("pot");
  });
});
