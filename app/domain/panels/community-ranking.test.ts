import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { communityPoints } from "./community-ranking";

describe("combining community reviewers' rankings", () => {
  it("gives a full ranking Borda points scaled to 0–1", () => {
    const points = communityPoints([
      { reviewerId: "r1", read: ["a", "b", "c"], picks: ["b", "a", "c"] },
    ]);
    expect(points).toEqual({
      b: { points: 1, rankedBy: 1 },
      a: { points: 0.5, rankedBy: 1 },
      c: { points: 0, rankedBy: 1 },
    });
  });

  it("shares the places below her picks among the applications she read and did not rank", () => {
    // Five read, one pick: the pick gets 4 of 4; the other four share places 2–5 (3+2+1+0)/4.
    const points = communityPoints([
      { reviewerId: "r1", read: ["a", "b", "c", "d", "e"], picks: ["c"] },
    ]);
    expect(points.c!.points).toBe(1);
    expect(points.a!.points).toBeCloseTo(1.5 / 4);
  });

  it("weighs a reviewer who read few applications the same as one who read many", () => {
    const points = communityPoints([
      { reviewerId: "few", read: ["a", "b"], picks: ["a"] },
      { reviewerId: "many", read: ["a", "b", "c", "d", "e", "f"], picks: ["b", "a"] },
    ]);
    // a: 1 from "few" and 4/5 from "many"; b: 0 and 1.
    expect(points.a).toEqual({ points: 0.9, rankedBy: 2 });
    expect(points.b).toEqual({ points: 0.5, rankedBy: 2 });
  });

  it("ignores picks of applications she did not read, and rankings with nothing to compare", () => {
    const points = communityPoints([
      { reviewerId: "r1", read: ["a", "b"], picks: ["z", "b"] },
      { reviewerId: "r2", read: ["a"], picks: ["a"] },
    ]);
    expect(points).toEqual({ b: { points: 1, rankedBy: 1 }, a: { points: 0, rankedBy: 1 } });
  });

  it("gives every reviewer the same total weight and keeps points within 0–1 (property)", () => {
    const ranking = fc
      .uniqueArray(fc.constantFrom("a", "b", "c", "d", "e", "f", "g"), { minLength: 2 })
      .chain((read) =>
        fc.record({
          read: fc.constant(read),
          picks: fc.shuffledSubarray(read, { minLength: 1 }),
        }),
      );
    fc.assert(
      fc.property(ranking, ({ read, picks }) => {
        const points = communityPoints([{ reviewerId: "r", read, picks }]);
        const values = Object.values(points).map((entry) => entry.points);
        for (const value of values) {
          expect(value).toBeGreaterThanOrEqual(0);
          expect(value).toBeLessThanOrEqual(1);
        }
        // Σ of (m − place) over all places is m(m − 1)/2; scaled by m − 1 it is m/2.
        expect(values.reduce((sum, value) => sum + value, 0)).toBeCloseTo(read.length / 2);
        expect(points[picks[0]!]!.points).toBe(1);
      }),
    );
  });
});
