import { describe, expect, it } from "vitest";
import { readRound, roundFormSchema, roundFormValues } from "./round-form";

const typed = {
  name_en: "2027 round",
  opensAt: "2027-03-01T09:00",
  closesAt: "2027-04-30T17:00",
  decisionAt: "",
  budget: "120 000",
};

describe("the round form", () => {
  it("reads dates on the scheme's clocks and the budget in its currency", () => {
    const round = roundFormSchema("EUR", "Europe/Dublin", { budget: "required" }).parse(typed);
    expect(round).toEqual({
      name: { en: "2027 round" },
      opensAt: new Date("2027-03-01T09:00:00Z"),
      closesAt: new Date("2027-04-30T16:00:00Z"),
      decisionAt: null,
      budgetMinor: 12_000_000,
    });
  });

  it("puts a closing date before the opening date next to the closing date", () => {
    const { issues } = readRound({ ...typed, closesAt: "2027-02-01T09:00" }, "EUR", "UTC", {
      budget: "required",
    });
    expect(issues).toEqual([{ field: "closesAt", key: "schemes:errors.closesBeforeOpens" }]);
  });

  it("puts a decision before the closing date next to the decision date", () => {
    const { issues } = readRound({ ...typed, decisionAt: "2027-04-01T09:00" }, "EUR", "UTC", {
      budget: "required",
    });
    expect(issues).toEqual([{ field: "decisionAt", key: "schemes:errors.decisionBeforeClose" }]);
  });

  it("names every problem at once", () => {
    const { issues } = readRound({ opensAt: "", closesAt: "soon", budget: "lots" }, "EUR", "UTC", {
      budget: "required",
    });
    expect(issues).toEqual([
      { field: "opensAt", key: "schemes:errors.dateRequired" },
      { field: "closesAt", key: "schemes:errors.dateInvalid" },
      { field: "budget", key: "schemes:errors.moneyInvalid" },
    ]);
  });

  it("refuses a time the clocks skip and a budget of nothing", () => {
    const { issues } = readRound(
      { ...typed, opensAt: "2027-03-28T01:30", budget: "0" },
      "EUR",
      "Europe/Dublin",
      { budget: "required" },
    );
    expect(issues).toEqual([
      { field: "opensAt", key: "schemes:errors.dateSkipped" },
      { field: "budget", key: "schemes:errors.budgetPositive" },
    ]);
  });

  it("keeps the stored budget when a locked form sends none", () => {
    const { budget: _budget, ...withoutBudget } = typed;
    expect(
      roundFormSchema("EUR", "UTC", { budget: "optional" }).parse(withoutBudget).budgetMinor,
    ).toBeNull();
    expect(readRound(withoutBudget, "EUR", "UTC", { budget: "required" }).issues).toEqual([
      { field: "budget", key: "schemes:errors.budgetRequired" },
    ]);
  });

  it("fills the form from a stored round and reads it back unchanged", () => {
    const stored = {
      name: { en: "2027 round", ar: "دورة 2027" },
      opensAt: new Date("2027-03-01T09:00:00Z"),
      closesAt: new Date("2027-04-30T16:00:00Z"),
      decisionAt: new Date("2027-06-01T11:00:00Z"),
      budgetMinor: 12_000_050,
    };
    const values = roundFormValues(stored, "EUR", "Europe/Dublin");
    expect(values.closesAt).toBe("2027-04-30T17:00");
    expect(roundFormSchema("EUR", "Europe/Dublin", { budget: "required" }).parse(values)).toEqual(
      stored,
    );
  });
});
