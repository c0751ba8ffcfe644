import { describe, expect, it } from "vitest";
import type { PlannedPot } from "./round-plan";
import { checkBudgetChange, checkPotChange, messageValues } from "./plan-check";
import type { PotMoney } from "./pot-form";

const pot = (overrides: Partial<PotMoney> = {}): PotMoney => ({
  amountMinor: 1_000_000,
  shareBasisPoints: null,
  minGrantMinor: 10_000,
  maxGrantMinor: 100_000,
  eligibility: [],
  floorBasisPoints: null,
  floorRule: null,
  ...overrides,
});
const stored = (id: string, overrides: Partial<PotMoney> = {}): PlannedPot & { label: string } => ({
  id,
  label: `Pot ${id}`,
  ...pot(overrides),
});

describe("checking one pot against the round", () => {
  it("puts a fixed amount above the round budget next to the amount", () => {
    const { problems } = checkPotChange(500_000, [], "new", pot({ maxGrantMinor: 100_000 }));
    expect(problems[0]).toEqual({
      field: "amount",
      key: "schemes:errors.potAboveBudget",
      values: { budget: { minor: 500_000 } },
    });
  });

  it("puts shares above 100% in total next to the share", () => {
    const { problems } = checkPotChange(
      10_000_000,
      [stored("a", { amountMinor: null, shareBasisPoints: 7000 })],
      "new",
      pot({ amountMinor: null, shareBasisPoints: 4000 }),
    );
    expect(problems.map((p) => [p.field, p.key])).toContainEqual([
      "share",
      "schemes:errors.sharesAbove100",
    ]);
  });

  it("refuses a floor no pot of the round can reach", () => {
    const { problems } = checkPotChange(
      10_000_000,
      [stored("a", { eligibility: [{ type: "areaServed", areas: ["Northside"] }] })],
      "new",
      pot({
        eligibility: [{ type: "areaServed", areas: ["Northside"] }],
        floorBasisPoints: 6000,
        floorRule: { type: "areaServed", areas: ["Riverside"] },
      }),
    );
    expect(problems).toContainEqual({
      field: "floor.type",
      key: "schemes:errors.floorUnreachable",
      values: undefined,
    });
  });

  it("warns, without refusing, when no ring-fenced pot guarantees the floor", () => {
    const result = checkPotChange(
      10_000_000,
      [],
      "new",
      pot({ floorBasisPoints: 6000, floorRule: { type: "byAndFor", minLeadershipPercent: 51 } }),
    );
    expect(result.problems).toEqual([]);
    expect(result.warnings).toEqual([
      { field: "floor.percent", key: "schemes:warnings.floorNotGuaranteed", values: undefined },
    ]);
  });

  it("does not blame this pot for a problem the round already had", () => {
    const others = [
      stored("a", { amountMinor: 6_000_000 }),
      stored("b", { amountMinor: 6_000_000 }),
    ];
    expect(checkPotChange(10_000_000, others, "c", pot()).problems).toEqual([]);
  });

  it("names another pot this change would break", () => {
    const round = [
      stored("a", {
        eligibility: [{ type: "areaServed", areas: ["Northside"] }],
        floorBasisPoints: 5000,
        floorRule: { type: "areaServed", areas: ["Riverside"] },
      }),
      stored("b"),
    ];
    const { problems } = checkPotChange(
      10_000_000,
      round,
      "b",
      pot({ eligibility: [{ type: "areaServed", areas: ["Northside"] }] }),
    );
    expect(problems).toEqual([
      { field: "rules", key: "schemes:errors.breaksOtherPot", values: { pot: "Pot a" } },
    ]);
  });

  it("lets a pot be edited without changes to the round", () => {
    const round = [
      stored("a", { amountMinor: 6_000_000 }),
      stored("b", { amountMinor: 4_000_000 }),
    ];
    expect(
      checkPotChange(10_000_000, round, "b", pot({ amountMinor: 4_000_000 })).problems,
    ).toEqual([]);
    expect(
      checkPotChange(10_000_000, round, "b", pot({ amountMinor: 4_000_001 })).problems[0]?.key,
    ).toBe("schemes:errors.potsAboveBudget");
  });
});

describe("checking a new round budget", () => {
  it("refuses a budget smaller than a pot's fixed amount, naming the pot", () => {
    const issues = checkBudgetChange(500_000, [stored("a")], 2_000_000);
    expect(issues).toEqual([
      { field: "budget", key: "schemes:errors.budgetBreaksPot", values: { pot: "Pot a" } },
    ]);
  });

  it("accepts a budget that still covers every pot", () => {
    expect(checkBudgetChange(1_500_000, [stored("a")], 2_000_000)).toEqual([]);
  });
});

describe("message values", () => {
  it("formats money in the scheme currency for the reader", () => {
    expect(messageValues({ budget: { minor: 12_000_000 }, count: 2 }, "EUR", "en")).toEqual({
      budget: "€120,000",
      count: 2,
    });
  });
});
