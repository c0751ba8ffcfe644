import { describe, expect, it } from "vitest";
import {
  askedAnswers,
  checkerSchema,
  checkPot,
  elsewhere,
  questionsFor,
  toProfile,
  type CheckerAnswers,
} from "./apply-checker";
import type { EligibilityRule } from "./eligibility";

const byAndForPot: EligibilityRule[] = [
  { type: "byAndFor", minLeadershipPercent: 51 },
  { type: "maxAnnualIncome", amountMinor: 5_000_000 },
];
const areaPot: EligibilityRule[] = [
  { type: "areaServed", areas: ["Riverside", " riverside ", "Northgate"] },
];
const hostPot: EligibilityRule[] = [
  { type: "legalForms", allowed: ["ASSOCIATION", "INFORMAL_GROUP"], informalNeedsHost: true },
  { type: "minYearsActive", years: 1 },
];

const noAnswers: CheckerAnswers = {
  legalForm: null,
  host: null,
  byAndFor: null,
  leadership: null,
  income: null,
  area: null,
  years: null,
};

function read(
  params: Record<string, string>,
  rules: EligibilityRule[][] = [byAndForPot, areaPot, hostPot],
) {
  const { asked, areas } = questionsFor(rules);
  return checkerSchema("EUR", areas).safeParse(
    Object.fromEntries(askedAnswers(new URLSearchParams(params), asked)),
  );
}

function check(rules: EligibilityRule[], answers: Partial<CheckerAnswers>) {
  const all = { ...noAnswers, ...answers };
  return checkPot(rules, all, toProfile(all, "another area"));
}

describe("which questions the checker asks", () => {
  it("asks only what some pot's rules look at", () => {
    expect(questionsFor([byAndForPot])).toEqual({
      asked: ["byAndFor", "leadership", "income"],
      areas: [],
    });
    expect(questionsFor([[{ type: "byAndFor", minLeadershipPercent: 0 }]]).asked).toEqual([
      "byAndFor",
    ]);
    expect(questionsFor([[{ type: "minYearsActive", years: 0 }]]).asked).toEqual([]);
  });

  it("asks about a host only when informal groups need one", () => {
    expect(questionsFor([hostPot]).asked).toEqual(["legalForm", "host", "years"]);
    expect(
      questionsFor([[{ type: "legalForms", allowed: ["ASSOCIATION"], informalNeedsHost: true }]])
        .asked,
    ).toEqual(["legalForm"]);
  });

  it("offers each named area once, as the funder spelled it first", () => {
    expect(
      questionsFor([areaPot, [{ type: "areaServed", areas: ["NORTHGATE", "Eastbank"] }]]).areas,
    ).toEqual(["Riverside", "Northgate", "Eastbank"]);
  });
});

describe("reading the answers", () => {
  it("reads amounts as people type them, in any digits", () => {
    const parsed = read({
      income: "3,000",
      leadership: "١٠٠ ٪",
      years: "۲",
      area: "Riverside",
      legalForm: "INFORMAL_GROUP",
      host: "no",
      byAndFor: "yes",
    });
    expect(parsed.success && parsed.data).toEqual({
      legalForm: "INFORMAL_GROUP",
      host: "no",
      byAndFor: "yes",
      leadership: 100,
      income: 300_000,
      area: "Riverside",
      years: 2,
    });
  });

  it("treats blank answers as not answered, and 0 as an answer", () => {
    const parsed = read({ income: "0", years: "0", leadership: "  " });
    expect(parsed.success && parsed.data).toMatchObject({
      income: 0,
      years: 0,
      leadership: null,
      legalForm: null,
    });
  });

  it.each([
    ["income", "abc", "public:checker.errors.income"],
    ["income", "-5", "public:checker.errors.income"],
    ["leadership", "101", "public:checker.errors.leadership"],
    ["leadership", "50.5", "public:checker.errors.leadership"],
    ["years", "two", "public:checker.errors.years"],
    ["area", "Atlantis", "public:checker.errors.area"],
    ["legalForm", "PIRATE_SHIP", "public:checker.errors.legalForm"],
    ["byAndFor", "maybe", "public:checker.errors.yesNo"],
  ])("says what is wrong with %s %j", (field, value, message) => {
    const parsed = read({ [field]: value });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues).toEqual([expect.objectContaining({ path: [field], message })]);
  });

  it("ignores answers to questions it did not ask", () => {
    const parsed = read({ income: "abc", area: "Atlantis" }, [
      [{ type: "minYearsActive", years: 2 }],
    ]);
    expect(parsed.success && parsed.data.income).toBeNull();
  });

  it("shows 'somewhere else' back in the reader's own words", () => {
    expect(toProfile({ ...noAnswers, area: elsewhere }, "another area").areaServed).toBe(
      "another area",
    );
    expect(toProfile({ ...noAnswers, byAndFor: "no" }, "x").byAndFor).toBe(false);
    expect(toProfile(noAnswers, "x").byAndFor).toBeNull();
  });
});

describe("what each pot says", () => {
  it("says yes with what fits", () => {
    const result = check(byAndForPot, { byAndFor: "yes", leadership: 100, income: 300_000 });
    expect(result.verdict).toBe("yes");
    expect(result.reasons.map((reason) => reason.key)).toEqual([
      "eligibility:byAndFor.met",
      "eligibility:income.withinLimit",
    ]);
  });

  it("says no with only the reasons that rule the group out", () => {
    const result = check(byAndForPot, { income: 6_000_000 });
    expect(result).toEqual({
      verdict: "no",
      reasons: [
        {
          key: "eligibility:income.aboveLimit",
          values: { income: { minor: 6_000_000 }, limit: { minor: 5_000_000 } },
        },
      ],
    });
  });

  it("says what it needs to know rather than guessing", () => {
    const result = check(byAndForPot, { byAndFor: "yes" });
    expect(result.verdict).toBe("unknown");
    expect(result.reasons.map((reason) => reason.key)).toEqual([
      "public:checker.needToKnow.leadership",
      "public:checker.needToKnow.income",
    ]);
  });

  it("does not take an unanswered host question for 'no host'", () => {
    expect(check(hostPot, { legalForm: "INFORMAL_GROUP", years: 3 })).toEqual({
      verdict: "unknown",
      reasons: [{ key: "public:checker.needToKnow.host", values: {} }],
    });
    expect(
      check(hostPot, { legalForm: "INFORMAL_GROUP", host: "no", years: 3 }).reasons[0]?.key,
    ).toBe("eligibility:legalForm.needsHost");
    expect(check(hostPot, { legalForm: "INFORMAL_GROUP", host: "yes", years: 3 }).verdict).toBe(
      "yes",
    );
  });

  it("matches areas whatever their case, and says no for somewhere else", () => {
    expect(check(areaPot, { area: "riverside" }).verdict).toBe("yes");
    expect(check(areaPot, { area: elsewhere }).reasons[0]).toEqual({
      key: "eligibility:area.outside",
      values: { area: "another area", areas: ["Riverside", " riverside ", "Northgate"] },
    });
  });

  it("lets any group apply to a pot without rules", () => {
    expect(check([], {})).toEqual({
      verdict: "yes",
      reasons: [{ key: "public:whoCanApply.anyKindOfGroup", values: {} }],
    });
  });
});

describe("the sentences the checker can show", () => {
  it("all exist in the English catalog, which the i18n check holds every language to", async () => {
    const catalog = (await import("~/locales/en/public.json")).default as Record<string, unknown>;
    const has = (key: string) =>
      key
        .replace(/^public:/, "")
        .split(".")
        .reduce<unknown>(
          (node, part) => (node as Record<string, unknown> | undefined)?.[part],
          catalog,
        ) !== undefined;
    const keys = [
      ...["legalForm", "host", "byAndFor", "leadership", "income", "area", "years"].map(
        (topic) => `public:checker.needToKnow.${topic}`,
      ),
      ...["legalForm", "yesNo", "leadership", "income", "area", "years"].map(
        (field) => `public:checker.errors.${field}`,
      ),
      ...["yes", "no", "unknown"].map((verdict) => `public:checker.verdict.${verdict}`),
      ...["host", "byAndFor"].flatMap((question) => [
        `public:checker.${question}Yes`,
        `public:checker.${question}No`,
      ]),
    ];
    expect(keys.filter((key) => !has(key))).toEqual([]);
  });
});
