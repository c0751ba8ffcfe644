import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { RubricCriterion } from "./rubric";
import { checkRanking } from "./ranking-form";
import {
  checkScoreSheet,
  postedSheet,
  sheetAsPosted,
  storedSheet,
  submittedLate,
  type PostedSheet,
} from "./score-sheet";

function criterion(id: string, scaleMin: number, scaleMax: number, commentAt?: number) {
  const descriptors: RubricCriterion["descriptors"] = {};
  for (let score = scaleMin; score <= scaleMax; score++)
    descriptors[String(score)] = { en: `Score ${score}` };
  return {
    id,
    title: { en: id },
    weight: 1,
    scaleMin,
    scaleMax,
    descriptors,
    ...(commentAt === undefined ? {} : { commentRequiredAtOrBelow: commentAt }),
  } satisfies RubricCriterion;
}

const rubric = [criterion("c1", 1, 5, 2), criterion("c2", 0, 3)];

const complete: PostedSheet = {
  scores: { c1: "4", c2: "0" },
  comments: { c1: "", c2: "" },
  overallComment: "Clear plan",
  recommendation: "FUND",
};

const criteriaArbitrary = fc
  .array(
    fc
      .record({ min: fc.integer({ min: 0, max: 90 }), length: fc.integer({ min: 2, max: 10 }) })
      .chain(({ min, length }) =>
        fc
          .option(fc.integer({ min, max: min + length - 1 }), { nil: undefined })
          .map((commentAt) => ({ min, max: min + length - 1, commentAt })),
      ),
    { minLength: 1, maxLength: 6 },
  )
  .map((scales) =>
    scales.map((scale, index) => criterion(`c${index + 1}`, scale.min, scale.max, scale.commentAt)),
  );

describe("checking a score sheet", () => {
  it("accepts any complete sheet with every score inside its scale and the comments asked for", () => {
    fc.assert(
      fc.property(
        criteriaArbitrary.chain((criteria) =>
          fc.tuple(
            fc.constant(criteria),
            fc.tuple(...criteria.map((c) => fc.integer({ min: c.scaleMin, max: c.scaleMax }))),
            fc.constantFrom("FUND", "MAYBE", "DO_NOT_FUND"),
          ),
        ),
        ([criteria, scores, recommendation]) => {
          const posted: PostedSheet = {
            scores: Object.fromEntries(criteria.map((c, i) => [c.id, String(scores[i])])),
            comments: Object.fromEntries(criteria.map((c) => [c.id, "Because"])),
            overallComment: "",
            recommendation,
          };
          const result = checkScoreSheet(criteria, posted, { submit: true });
          expect(result.ok).toBe(true);
          if (result.ok) expect(Object.values(result.sheet.scores)).toEqual(scores);
        },
      ),
    );
  });

  it("refuses any score outside the criterion's scale, in a draft as in a submission", () => {
    fc.assert(
      fc.property(
        criteriaArbitrary.chain((criteria) =>
          fc.tuple(
            fc.constant(criteria),
            fc.nat({ max: criteria.length - 1 }),
            fc.oneof(fc.integer({ min: -50, max: -1 }), fc.integer({ min: 1, max: 50 })),
            fc.boolean(),
          ),
        ),
        ([criteria, index, offset, submit]) => {
          const target = criteria[index]!;
          const outside = offset < 0 ? target.scaleMin + offset : target.scaleMax + offset;
          const posted: PostedSheet = {
            scores: { [target.id]: String(outside) },
            comments: {},
            overallComment: "",
            recommendation: "MAYBE",
          };
          const result = checkScoreSheet(criteria, posted, { submit });
          expect(result.ok).toBe(false);
          if (!result.ok)
            expect(result.errors[`score-${target.id}`]?.key).toBe(
              "panels:review.errors.scoreOutsideScale",
            );
        },
      ),
    );
  });

  it("lets a draft be unfinished", () => {
    const draft = { ...complete, scores: { c1: "3" }, recommendation: "" };
    expect(checkScoreSheet(rubric, draft, { submit: false })).toEqual({
      ok: true,
      sheet: {
        scores: { c1: 3 },
        comments: {},
        overallComment: "Clear plan",
        recommendation: null,
      },
    });
  });

  it("names every missing score and the missing recommendation on submit", () => {
    const result = checkScoreSheet(
      rubric,
      { scores: {}, comments: {}, overallComment: "", recommendation: "" },
      { submit: true },
    );
    expect(result.ok ? {} : result.errors).toEqual({
      "score-c1": { key: "panels:review.errors.scoreMissing", values: { number: 1 } },
      "score-c2": { key: "panels:review.errors.scoreMissing", values: { number: 2 } },
      recommendation: { key: "panels:review.errors.recommendationMissing" },
    });
  });

  it("asks for a comment at or below the rubric's threshold, and only then", () => {
    const low = { ...complete, scores: { c1: "2", c2: "1" } };
    const result = checkScoreSheet(rubric, low, { submit: true });
    expect(result.ok ? {} : result.errors).toEqual({
      "comment-c1": {
        key: "panels:review.errors.commentRequired",
        values: { number: 1, score: 2 },
      },
    });
    const explained = { ...low, comments: { c1: "Budget is unclear" } };
    expect(checkScoreSheet(rubric, explained, { submit: true }).ok).toBe(true);
    expect(
      checkScoreSheet(rubric, { ...complete, scores: { c1: "3", c2: "1" } }, { submit: true }).ok,
    ).toBe(true);
  });

  it("refuses a criterion that is not in the rubric version", () => {
    const posted = { ...complete, scores: { ...complete.scores, c9: "3" } };
    const result = checkScoreSheet(rubric, posted, { submit: false });
    expect(result.ok ? {} : result.errors).toEqual({
      form: { key: "panels:review.errors.unknownCriterion" },
    });
  });

  it("refuses a recommendation that is not one of the three", () => {
    const result = checkScoreSheet(
      rubric,
      { ...complete, recommendation: "YES" },
      { submit: false },
    );
    expect(result.ok ? {} : result.errors.recommendation?.key).toBe(
      "panels:review.errors.recommendationMissing",
    );
  });

  it("reads the posted fields and shows a stored sheet the same way", () => {
    const posted = postedSheet([
      ["score-c1", "4"],
      ["comment-c1", "Good"],
      ["overallComment", "Fine"],
      ["recommendation", "MAYBE"],
      ["intent", "submit"],
    ]);
    expect(posted).toEqual({
      scores: { c1: "4" },
      comments: { c1: "Good" },
      overallComment: "Fine",
      recommendation: "MAYBE",
    });
    const stored = storedSheet({
      scores: { c1: 4 },
      comments: { c1: "Good" },
      overallComment: "Fine",
      recommendation: "MAYBE",
    });
    expect(sheetAsPosted(stored)).toEqual(posted);
    expect(
      storedSheet({ scores: "junk", comments: null, overallComment: null, recommendation: "X" }),
    ).toEqual({
      scores: {},
      comments: {},
      overallComment: "",
      recommendation: null,
    });
  });

  it("calls a submission after the deadline late, and one without a deadline never", () => {
    const deadline = new Date("2027-03-01T12:00:00Z");
    expect(submittedLate(new Date("2027-03-01T12:00:01Z"), deadline)).toBe(true);
    expect(submittedLate(new Date("2027-03-01T11:59:59Z"), deadline)).toBe(false);
    expect(submittedLate(new Date("2030-01-01T00:00:00Z"), null)).toBe(false);
  });
});

describe("checking a community ranking", () => {
  const reviewed = ["a", "b", "c"];
  const posted = (values: Record<number, string>) => (place: number) => values[place] ?? "";

  it("keeps the picks in order and skips empty places", () => {
    expect(checkRanking(posted({ 1: "c", 3: "a" }), reviewed)).toEqual({
      ok: true,
      picks: ["c", "a"],
    });
  });

  it("refuses the same application in two places, naming both", () => {
    const result = checkRanking(posted({ 1: "b", 2: "b" }), reviewed);
    expect(result.ok ? {} : result.errors).toEqual({
      "place-2": { key: "panels:ranking.errors.duplicate", values: { place: 2, first: 1 } },
    });
  });

  it("refuses an application she has not reviewed", () => {
    const result = checkRanking(posted({ 1: "z" }), reviewed);
    expect(result.ok).toBe(false);
  });

  it("offers no more places than she has reviewed applications, and never more than five", () => {
    const many = ["a", "b", "c", "d", "e", "f", "g"];
    const all = posted({ 1: "a", 2: "b", 3: "c", 4: "d", 5: "e", 6: "f" });
    expect(checkRanking(all, many)).toEqual({ ok: true, picks: ["a", "b", "c", "d", "e"] });
    expect(checkRanking(all, ["a", "b"])).toEqual({ ok: true, picks: ["a", "b"] });
  });
});
