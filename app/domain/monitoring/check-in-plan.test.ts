import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { checkInDueDates, movedDueDate, readCheckInPlan } from "./check-in-plan";

const day = (text: string) => new Date(`${text}T12:00:00Z`);
const text = (date: Date) => date.toISOString().slice(0, 10);

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

describe("a check-in when its grant's dates move", () => {
  const year = { startsOn: day("2027-01-01"), endsOn: day("2027-12-31") };

  it("stays mid-way and at the end when the whole period moves on two months", () => {
    const later = { startsOn: day("2027-03-01"), endsOn: day("2028-02-28") };
    const [midway, end] = checkInDueDates(readCheckInPlan(null), year.startsOn, year.endsOn);
    expect(text(movedDueDate(midway!, year, later))).toBe("2027-08-30");
    expect(text(movedDueDate(end!, year, later))).toBe("2028-02-28");
    expect(checkInDueDates(readCheckInPlan(null), later.startsOn, later.endsOn).map(text)).toEqual([
      "2027-08-30",
      "2028-02-28",
    ]);
  });

  it("keeps its share of a period made longer or shorter", () => {
    const longer = { startsOn: year.startsOn, endsOn: day("2028-06-30") };
    const shorter = { startsOn: year.startsOn, endsOn: day("2027-06-30") };
    // A quarter of the way in, and mid-way.
    expect(text(movedDueDate(day("2027-04-02"), year, longer))).toBe("2027-05-18");
    expect(text(movedDueDate(day("2027-07-02"), year, longer))).toBe("2027-10-01");
    expect(text(movedDueDate(day("2027-07-02"), year, shorter))).toBe("2027-04-01");
    expect(text(movedDueDate(day("2027-12-31"), year, shorter))).toBe("2027-06-30");
  });

  it("keeps its distance from the edge when it falls after the end or before the start", () => {
    const longer = { startsOn: day("2027-02-01"), endsOn: day("2028-06-30") };
    expect(text(movedDueDate(day("2028-01-30"), year, longer))).toBe("2028-07-30");
    expect(text(movedDueDate(day("2026-12-31"), year, longer))).toBe("2027-01-31");
  });

  it("falls at noon whatever time of day the old dates were kept at", () => {
    const moved = movedDueDate(
      new Date("2027-07-02T03:15:00Z"),
      { startsOn: new Date("2027-01-01T18:00:00Z"), endsOn: new Date("2027-12-31T08:00:00Z") },
      { startsOn: day("2027-01-01"), endsOn: day("2027-12-31") },
    );
    expect(moved.toISOString()).toBe("2027-07-02T12:00:00.000Z");
  });

  const period = fc
    .tuple(fc.integer({ min: 0, max: 3000 }), fc.integer({ min: 1, max: 1500 }))
    .map(([start, length]) => ({
      startsOn: new Date(Date.UTC(2026, 0, 1 + start, 12)),
      endsOn: new Date(Date.UTC(2026, 0, 1 + start + length, 12)),
    }));
  const offset = fc.integer({ min: -30, max: 1700 });
  const dueIn = (p: { startsOn: Date }, days: number) =>
    new Date(p.startsOn.getTime() + days * 86_400_000);

  it("stays put when the dates do not change, and never swaps two check-ins' order", () => {
    fc.assert(
      fc.property(period, period, offset, offset, (before, after, a, b) => {
        const [first, second] = [Math.min(a, b), Math.max(a, b)];
        expect(movedDueDate(dueIn(before, first), before, before)).toEqual(dueIn(before, first));
        const movedFirst = movedDueDate(dueIn(before, first), before, after);
        const movedSecond = movedDueDate(dueIn(before, second), before, after);
        expect(movedFirst.getTime()).toBeLessThanOrEqual(movedSecond.getTime());
      }),
    );
  });

  it("stays inside the new period when it was inside the old one", () => {
    fc.assert(
      fc.property(
        period,
        period,
        fc.double({ min: 0, max: 1, noNaN: true }),
        (before, after, share) => {
          const length = (before.endsOn.getTime() - before.startsOn.getTime()) / 86_400_000;
          const moved = movedDueDate(dueIn(before, Math.round(share * length)), before, after);
          expect(moved.getTime()).toBeGreaterThanOrEqual(after.startsOn.getTime());
          expect(moved.getTime()).toBeLessThanOrEqual(after.endsOn.getTime());
        },
      ),
    );
  });
});
