import { describe, expect, it } from "vitest";
import { floorSentence, grantRange, whoCanApply } from "./who-can-apply";

const keys = (sentences: { key: string }[]) => sentences.map((sentence) => sentence.key);

describe("who can apply, in plain sentences", () => {
  it("tells unregistered groups they are welcome when a pot has no rule on the kind of group", () => {
    expect(keys(whoCanApply([{ type: "byAndFor", minLeadershipPercent: 0 }]))).toEqual([
      "public:whoCanApply.anyKindOfGroup",
      "public:whoCanApply.byAndFor",
    ]);
    expect(keys(whoCanApply([]))).toEqual(["public:whoCanApply.anyKindOfGroup"]);
  });

  it("lists the kinds of group allowed and says whether unregistered groups need a host", () => {
    const withHost = whoCanApply([
      { type: "legalForms", allowed: ["ASSOCIATION", "INFORMAL_GROUP"], informalNeedsHost: true },
    ]);
    expect(withHost).toEqual([
      {
        key: "public:whoCanApply.legalForms",
        values: { allowed: ["ASSOCIATION", "INFORMAL_GROUP"] },
      },
      { key: "public:whoCanApply.informalWithHost", values: {} },
    ]);
    const welcome = whoCanApply([
      { type: "legalForms", allowed: ["INFORMAL_GROUP"], informalNeedsHost: false },
    ]);
    expect(keys(welcome)).toContain("public:whoCanApply.informalWelcome");
    const registeredOnly = whoCanApply([
      { type: "legalForms", allowed: ["REGISTERED_CHARITY"], informalNeedsHost: true },
    ]);
    expect(keys(registeredOnly)).toEqual(["public:whoCanApply.legalForms"]);
  });

  it("gives the leadership share a by-and-for pot asks for", () => {
    expect(whoCanApply([{ type: "byAndFor", minLeadershipPercent: 51 }])[1]).toEqual({
      key: "public:whoCanApply.byAndForLeadership",
      values: { min: 51 },
    });
  });

  it("gives income limits as money, areas as a list and years as a count", () => {
    const sentences = whoCanApply([
      { type: "maxAnnualIncome", amountMinor: 5_000_000 },
      { type: "areaServed", areas: ["Riverside", "Northgate"] },
      { type: "minYearsActive", years: 2 },
      { type: "minYearsActive", years: 0 },
    ]);
    expect(sentences.slice(1)).toEqual([
      { key: "public:whoCanApply.maxIncome", values: { limit: { minor: 5_000_000 } } },
      { key: "public:whoCanApply.area", values: { areas: ["Riverside", "Northgate"] } },
      { key: "public:whoCanApply.yearsActive", values: { count: 2 } },
      { key: "public:whoCanApply.newGroups", values: {} },
    ]);
  });
});

describe("the ring-fence in words", () => {
  it("says what share of the awarded money goes to which groups", () => {
    expect(floorSentence(6000, { type: "byAndFor", minLeadershipPercent: 51 })).toEqual({
      key: "public:floor.byAndFor",
      values: { percent: 60 },
    });
    expect(floorSentence(2550, { type: "maxAnnualIncome", amountMinor: 100 })).toEqual({
      key: "public:floor.maxIncome",
      values: { percent: 25.5, limit: { minor: 100 } },
    });
  });

  it("says nothing for a pot without a floor", () => {
    expect(floorSentence(null, null)).toBeNull();
    expect(floorSentence(6000, null)).toBeNull();
  });
});

describe("grant sizes", () => {
  it("gives a range, or a single amount when both limits match", () => {
    expect(grantRange(50_000, 500_000)).toEqual({
      key: "public:pot.grantRange",
      values: { min: { minor: 50_000 }, max: { minor: 500_000 } },
    });
    expect(grantRange(100_000, 100_000)).toEqual({
      key: "public:pot.grantFixed",
      values: { amount: { minor: 100_000 } },
    });
  });
});
