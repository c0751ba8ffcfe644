import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { reviewTotal, scoreApplication, type Criterion, type ReviewScores } from "./scores";

const criteria: Criterion[] = [
  { id: "need", weight: 2, scaleMin: 1, scaleMax: 5 },
  { id: "plan", weight: 1, scaleMin: 0, scaleMax: 10 },
];

const review = (reviewerId: string, need: number, plan: number, counts = true): ReviewScores => ({
  reviewerId,
  counts,
  scores: { need, plan },
});

describe("what a panel's scores add up to", () => {
  it("weights each criterion on its own scale", () => {
    // need 4 of 1–5 is 75; plan 5 of 0–10 is 50; weighted (2·75 + 1·50) / 3.
    expect(reviewTotal(criteria, { need: 4, plan: 5 })).toBeCloseTo(200 / 3);
    expect(reviewTotal(criteria, { need: 5, plan: 10 })).toBe(100);
    expect(reviewTotal(criteria, { need: 1, plan: 0 })).toBe(0);
  });

  it("averages the counted reviews and leaves the others out rather than counting them as zero", () => {
    const result = scoreApplication(
      criteria,
      [review("a", 5, 10), review("b", 3, 5), review("c", 1, 0, false)],
      40,
    );
    expect(result.reviewsCounted).toBe(2);
    expect(result.score).toBeCloseTo(75);
    expect(result.criterionMeans).toEqual({ need: 4, plan: 7.5 });
    expect(result.spread).toBeCloseTo(50);
    expect(result.disagreement).toBe(true);
  });

  it("has no score, spread or disagreement before any review counts", () => {
    expect(scoreApplication(criteria, [review("a", 5, 10, false)], 10)).toEqual({
      reviewsCounted: 0,
      score: null,
      criterionMeans: { need: null, plan: null },
      spread: null,
      disagreement: false,
    });
  });

  it("stays between the lowest and highest review totals, whatever the scores (property)", () => {
    const scores = fc.record({
      need: fc.integer({ min: 1, max: 5 }),
      plan: fc.integer({ min: 0, max: 10 }),
    });
    fc.assert(
      fc.property(fc.array(scores, { minLength: 1, maxLength: 8 }), (given) => {
        const reviews = given.map((s, i) => review(`r${i}`, s.need, s.plan));
        const totals = reviews.map((r) => reviewTotal(criteria, r.scores)!);
        const { score, spread } = scoreApplication(criteria, reviews, 30);
        expect(score!).toBeGreaterThanOrEqual(Math.min(...totals) - 1e-9);
        expect(score!).toBeLessThanOrEqual(Math.max(...totals) + 1e-9);
        expect(score!).toBeGreaterThanOrEqual(0);
        expect(score!).toBeLessThanOrEqual(100);
        if (given.length > 1) expect(spread).toBeCloseTo(Math.max(...totals) - Math.min(...totals));
      }),
    );
  });
});
