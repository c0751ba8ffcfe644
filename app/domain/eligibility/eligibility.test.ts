import { describe, expect, it } from "vitest";
import {
  evaluateEligibility,
  evaluateRule,
  rulesCompatible,
  type EligibilityRule,
  type GroupProfile,
} from "./eligibility";

const group = (overrides: Partial<GroupProfile> = {}): GroupProfile => ({
  legalForm: "ASSOCIATION",
  hasHost: false,
  byAndFor: true,
  leadershipPercent: 80,
  annualIncomeMinor: 2_000_000,
  areaServed: "Riverside",
  yearsActive: 3,
  ...overrides,
});

type Case = [
  description: string,
  rule: EligibilityRule,
  profile: Partial<GroupProfile>,
  result: "pass" | "fail" | "unknown",
  key: string,
];

const cases: Case[] = [
  [
    "an allowed legal form",
    { type: "legalForms", allowed: ["ASSOCIATION", "INFORMAL_GROUP"], informalNeedsHost: false },
    {},
    "pass",
    "legalForm.allowed",
  ],
  [
    "a legal form not on the list",
    { type: "legalForms", allowed: ["REGISTERED_CHARITY"], informalNeedsHost: false },
    {},
    "fail",
    "legalForm.notAllowed",
  ],
  [
    "an informal group without a host where one is needed",
    { type: "legalForms", allowed: ["INFORMAL_GROUP"], informalNeedsHost: true },
    { legalForm: "INFORMAL_GROUP", hasHost: false },
    "fail",
    "legalForm.needsHost",
  ],
  [
    "an informal group with a host",
    { type: "legalForms", allowed: ["INFORMAL_GROUP"], informalNeedsHost: true },
    { legalForm: "INFORMAL_GROUP", hasHost: true },
    "pass",
    "legalForm.allowed",
  ],
  [
    "an informal group without a host where none is needed",
    { type: "legalForms", allowed: ["INFORMAL_GROUP"], informalNeedsHost: false },
    { legalForm: "INFORMAL_GROUP" },
    "pass",
    "legalForm.allowed",
  ],
  [
    "an unknown legal form",
    { type: "legalForms", allowed: ["ASSOCIATION"], informalNeedsHost: false },
    { legalForm: null },
    "unknown",
    "legalForm.unknown",
  ],
  [
    "a by-and-for group with enough community leaders",
    { type: "byAndFor", minLeadershipPercent: 51 },
    { leadershipPercent: 51 },
    "pass",
    "byAndFor.met",
  ],
  [
    "a by-and-for group with too few community leaders",
    { type: "byAndFor", minLeadershipPercent: 51 },
    { leadershipPercent: 50 },
    "fail",
    "byAndFor.leadershipTooLow",
  ],
  [
    "a group that is not by-and-for",
    { type: "byAndFor", minLeadershipPercent: 51 },
    { byAndFor: false },
    "fail",
    "byAndFor.notDeclared",
  ],
  [
    "a by-and-for group that has not said its leadership share",
    { type: "byAndFor", minLeadershipPercent: 51 },
    { leadershipPercent: null },
    "unknown",
    "byAndFor.leadershipUnknown",
  ],
  [
    "a by-and-for rule without a leadership share",
    { type: "byAndFor", minLeadershipPercent: 0 },
    { leadershipPercent: null },
    "pass",
    "byAndFor.met",
  ],
  [
    "income below the limit",
    { type: "maxAnnualIncome", amountMinor: 5_000_000 },
    { annualIncomeMinor: 4_999_999 },
    "pass",
    "income.withinLimit",
  ],
  [
    "income exactly at the limit",
    { type: "maxAnnualIncome", amountMinor: 5_000_000 },
    { annualIncomeMinor: 5_000_000 },
    "pass",
    "income.withinLimit",
  ],
  [
    "income above the limit",
    { type: "maxAnnualIncome", amountMinor: 5_000_000 },
    { annualIncomeMinor: 5_000_001 },
    "fail",
    "income.aboveLimit",
  ],
  [
    "no income yet (a new group)",
    { type: "maxAnnualIncome", amountMinor: 5_000_000 },
    { annualIncomeMinor: 0 },
    "pass",
    "income.withinLimit",
  ],
  [
    "unknown income",
    { type: "maxAnnualIncome", amountMinor: 5_000_000 },
    { annualIncomeMinor: null },
    "unknown",
    "income.unknown",
  ],
  [
    "an area served, written differently",
    { type: "areaServed", areas: ["Riverside", "Northgate"] },
    { areaServed: "  riverside " },
    "pass",
    "area.inside",
  ],
  [
    "an area outside the list",
    { type: "areaServed", areas: ["Riverside"] },
    { areaServed: "Eastport" },
    "fail",
    "area.outside",
  ],
  [
    "no area given",
    { type: "areaServed", areas: ["Riverside"] },
    { areaServed: "" },
    "unknown",
    "area.unknown",
  ],
  [
    "zero years required for a brand-new group",
    { type: "minYearsActive", years: 0 },
    { yearsActive: 0 },
    "pass",
    "years.anyAge",
  ],
  [
    "enough years active",
    { type: "minYearsActive", years: 2 },
    { yearsActive: 2 },
    "pass",
    "years.enough",
  ],
  [
    "too few years active",
    { type: "minYearsActive", years: 2 },
    { yearsActive: 1 },
    "fail",
    "years.tooFew",
  ],
  [
    "years active not given",
    { type: "minYearsActive", years: 1 },
    { yearsActive: null },
    "unknown",
    "years.unknown",
  ],
];

describe("eligibility rules", () => {
  it.each(cases)("%s", (_description, rule, profile, result, key) => {
    const outcome = evaluateRule(rule, group(profile));
    expect(outcome.result).toBe(result);
    expect(outcome.explanation.key).toBe(`eligibility:${key}`);
  });

  it("is eligible only when every rule passes", () => {
    const rules: EligibilityRule[] = [
      { type: "byAndFor", minLeadershipPercent: 51 },
      { type: "maxAnnualIncome", amountMinor: 5_000_000 },
    ];
    expect(evaluateEligibility(rules, group()).eligible).toBe(true);
    const tooRich = evaluateEligibility(rules, group({ annualIncomeMinor: 9_000_000 }));
    expect(tooRich).toMatchObject({ eligible: false, incomplete: false });
    const unsure = evaluateEligibility(rules, group({ annualIncomeMinor: null }));
    expect(unsure).toMatchObject({ eligible: false, incomplete: true });
  });

  it("a pot without rules is open to every group", () => {
    expect(evaluateEligibility([], group({ legalForm: null })).eligible).toBe(true);
  });

  it("knows when two rule sets exclude each other", () => {
    const charities: EligibilityRule[] = [
      { type: "legalForms", allowed: ["REGISTERED_CHARITY"], informalNeedsHost: false },
    ];
    const informal: EligibilityRule[] = [
      { type: "legalForms", allowed: ["INFORMAL_GROUP"], informalNeedsHost: false },
    ];
    expect(rulesCompatible(charities, informal)).toBe(false);
    expect(rulesCompatible(charities, [{ type: "byAndFor", minLeadershipPercent: 51 }])).toBe(true);
    expect(
      rulesCompatible(
        [{ type: "areaServed", areas: ["Riverside"] }],
        [{ type: "areaServed", areas: ["riverside"] }],
      ),
    ).toBe(true);
  });
});
