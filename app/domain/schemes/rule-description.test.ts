import { describe, expect, it } from "vitest";
import { describeRule, describeRules } from "./rule-description";

describe("plain descriptions of who a pot is for", () => {
  it("says a pot without rules is open to any group", () => {
    expect(describeRules([])).toEqual([{ key: "schemes:rules.anyone", values: {} }]);
  });

  it("adds the host sentence only when informal groups may apply", () => {
    expect(
      describeRule({ type: "legalForms", allowed: ["INFORMAL_GROUP"], informalNeedsHost: true }),
    ).toHaveLength(2);
    expect(
      describeRule({ type: "legalForms", allowed: ["ASSOCIATION"], informalNeedsHost: true }),
    ).toHaveLength(1);
  });

  it("mentions the leadership share only when there is one", () => {
    expect(describeRule({ type: "byAndFor", minLeadershipPercent: 0 })[0]?.key).toBe(
      "schemes:rules.byAndFor",
    );
    expect(describeRule({ type: "byAndFor", minLeadershipPercent: 51 })[0]).toEqual({
      key: "schemes:rules.byAndForLeadership",
      values: { min: 51 },
    });
  });

  it("welcomes new groups when no years are asked for", () => {
    expect(describeRule({ type: "minYearsActive", years: 0 })[0]?.key).toBe("schemes:rules.anyAge");
    expect(describeRule({ type: "minYearsActive", years: 2 })[0]).toEqual({
      key: "schemes:rules.minYears",
      values: { count: 2 },
    });
  });

  it("carries money as minor units for formatting", () => {
    expect(describeRule({ type: "maxAnnualIncome", amountMinor: 5_000_000 })[0]?.values).toEqual({
      limit: { minor: 5_000_000 },
    });
  });
});
