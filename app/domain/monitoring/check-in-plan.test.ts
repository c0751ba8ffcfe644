import { describe, expect, it } from "vitest";
import { checkInDueDates, readCheckInPlan } from "./check-in-plan";

describe("when check-ins fall due", () => {
  it("asks mid-way and at the end when the round says nothing", () => {
    const dates = checkInDueDates(
      readCheckInPlan(null),
      new Date("2027-01-01T00:00:00Z"),
      new Date("2027-12-31T00:00:00Z"),
    );
    expect(dates.map((date) => date.toISOString().slice(0, 10))).toEqual([
      "2027-07-02",
      "2027-12-31",
    ]);
  });

  it("keeps a round's own points in order, once each, and ignores nonsense", () => {
    expect(readCheckInPlan([10000, 2500, 2500, -1, 20000, "x"])).toEqual([2500, 10000]);
    expect(readCheckInPlan([0])).toEqual([5000, 10000]);
  });
});
