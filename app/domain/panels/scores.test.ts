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
  criteria,
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

  describe("when the rubric changed after reviews began", () => {
    // The newer version weighs the plan three times and adds impact on 0–4.
    const newer: Criterion[] = [
      { id: "need", weight: 1, scaleMin: 1, scaleMax: 5 },
      { id: "plan", weight: 3, scaleMin: 0, scaleMax: 10 },
      { id: "impact", weight: 2, scaleMin: 0, scaleMax: 4 },
    ];
    const older = review("a", 4, 5);
    const later: ReviewScores = {
      reviewerId: "b",
      counts: true,
      criteria: newer,
      scores: { need: 2, plan: 10, impact: 4 },
    };

    it("totals each review on its own version, not on the latest", () => {
      const result = scoreApplication(newer, [older, later], 40);
      // 200/3 on the older version (the newer would make it 50); (25 + 300 + 200) / 6 = 87.5.
      expect(reviewTotal(newer, later.scores)).toBe(87.5);
      expect(result.score).toBeCloseTo((200 / 3 + 87.5) / 2);
      expect(result.spread).toBeCloseTo(87.5 - 200 / 3);
      expect(result.reviewsCounted).toBe(2);
    });

    it("gives the latest version's criteria means from the reviews that scored each", () => {
      const { criterionMeans } = scoreApplication(newer, [older, later], 40);
      expect(criterionMeans).toEqual({ need: 3, plan: 7.5, impact: 4 });
    });

    it("reads a score given on an older scale at the same place on the latest scale", () => {
      const rescaled: Criterion[] = [{ id: "need", weight: 1, scaleMin: 0, scaleMax: 10 }];
      // 4 on 1–5 is three quarters of the way up: 7.5 on 0–10.
      const { criterionMeans, score } = scoreApplication(rescaled, [older], 40);
      expect(criterionMeans).toEqual({ need: 7.5 });
      expect(score).toBeCloseTo(200 / 3);
    });

    it("leaves out criteria the latest version dropped", () => {
      const needOnly = [newer[0]!];
      expect(scoreApplication(needOnly, [older, later], 40).criterionMeans).toEqual({ need: 3 });
    });
  });

  it("gives every review the same total whatever the latest version is (property)", () => {
    const criterion = fc
      .record({
        weight: fc.integer({ min: 1, max: 100 }),
        scaleMin: fc.integer({ min: 0, max: 5 }),
        points: fc.integer({ min: 1, max: 9 }),
      })
      .map(({ weight, scaleMin, points }) => ({ weight, scaleMin, scaleMax: scaleMin + points }));
    const version = fc
      .array(criterion, { minLength: 1, maxLength: 4 })
      .map((list) => list.map((c, i): Criterion => ({ id: `c${i}`, ...c })));
    const scoredOn = (criteriaOfVersion: Criterion[]) =>
      fc
        .tuple(...criteriaOfVersion.map((c) => fc.integer({ min: c.scaleMin, max: c.scaleMax })))
        .map((points) => ({
          criteria: criteriaOfVersion,
          scores: Object.fromEntries(criteriaOfVersion.map((c, i) => [c.id, points[i]!])),
        }));
    const reviewOn = version.chain(scoredOn);
    fc.assert(
      fc.property(fc.array(reviewOn, { minLength: 1, maxLength: 6 }), version, (given, latest) => {
        const reviews = given.map((r, i): ReviewScores => ({
          reviewerId: `r${i}`,
          counts: true,
          ...r,
        }));
        const totals = reviews.map((r) => reviewTotal(r.criteria, r.scores)!);
        const result = scoreApplication(latest, reviews, 30);
        expect(result.score).toBeCloseTo(totals.reduce((a, b) => a + b, 0) / totals.length);
        // Every mean sits on the latest version's scale of its criterion.
        for (const c of latest) {
          const m = result.criterionMeans[c.id];
          if (m === null) continue;
          expect(m).toBeGreaterThanOrEqual(c.scaleMin - 1e-9);
          expect(m).toBeLessThanOrEqual(c.scaleMax + 1e-9);
        }
      }),
    );
  });
});
