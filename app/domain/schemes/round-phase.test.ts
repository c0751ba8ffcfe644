import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  roundHasClosed,
  roundPhase,
  roundPhaseWhere,
  type RoundPhase,
  type RoundPhaseQuery,
  type RoundPhaseWhere,
  type RoundTimes,
} from "./round-phase";

const opensAt = new Date("2027-03-01T09:00:00Z");
const closesAt = new Date("2027-03-31T17:00:00Z");
const round = { opensAt, closesAt };
const shifted = (date: Date, ms: number) => new Date(date.getTime() + ms);

/** What a database does with the conditions: every bound on every date must hold. */
function matches(where: RoundPhaseWhere, times: RoundTimes): boolean {
  return (["opensAt", "closesAt"] as const).every((field) => {
    const bound = where[field];
    if (!bound) return true;
    const value = times[field].getTime();
    return "lte" in bound ? value <= bound.lte.getTime() : value > bound.gt.getTime();
  });
}

describe("a round's phase", () => {
  it("is upcoming before the opening moment, open from it, closed from the closing moment", () => {
    expect(roundPhase(round, shifted(opensAt, -1))).toBe("upcoming");
    expect(roundPhase(round, opensAt)).toBe("open");
    expect(roundPhase(round, shifted(closesAt, -1))).toBe("open");
    expect(roundPhase(round, closesAt)).toBe("closed");
    expect(roundPhase(round, shifted(closesAt, 1))).toBe("closed");
  });

  it("counts a round as closed from its closing moment, whatever its opening date says", () => {
    expect(roundHasClosed(round, shifted(closesAt, -1))).toBe(false);
    expect(roundHasClosed(round, closesAt)).toBe(true);
    expect(roundPhase({ opensAt: shifted(closesAt, 5), closesAt }, closesAt)).toBe("closed");
  });
});

describe("the rounds a query asks for", () => {
  const found = (query: RoundPhaseQuery, now: Date) => matches(roundPhaseWhere(query, now), round);

  it("finds an open round from its opening moment up to, not including, its closing moment", () => {
    expect(found("open", shifted(opensAt, -1))).toBe(false);
    expect(found("open", opensAt)).toBe(true);
    expect(found("open", shifted(closesAt, -1))).toBe(true);
    expect(found("open", closesAt)).toBe(false);
  });

  it("finds a round still taking applications until its closing moment, then as closed", () => {
    expect(found("upcoming", shifted(opensAt, -1))).toBe(true);
    expect(found("upcoming", opensAt)).toBe(false);
    expect(found("notClosed", shifted(opensAt, -1))).toBe(true);
    expect(found("notClosed", shifted(closesAt, -1))).toBe(true);
    expect(found("notClosed", closesAt)).toBe(false);
    expect(found("closed", shifted(closesAt, -1))).toBe(false);
    expect(found("closed", closesAt)).toBe(true);
  });

  it("agrees with the phase of every round at every moment", () => {
    // Minutes within a few hours, so that equal instants (the boundaries) come up often.
    const instant = fc
      .integer({ min: 0, max: 600 })
      .map((minute) => shifted(opensAt, minute * 60_000));
    const phases: RoundPhase[] = ["upcoming", "open", "closed"];
    fc.assert(
      fc.property(instant, instant, instant, (opens, closes, now) => {
        const times = { opensAt: opens, closesAt: closes };
        const phase = roundPhase(times, now);
        for (const candidate of phases)
          expect(matches(roundPhaseWhere(candidate, now), times)).toBe(phase === candidate);
        expect(matches(roundPhaseWhere("notClosed", now), times)).toBe(phase !== "closed");
      }),
      { numRuns: 2000 },
    );
  });
});
