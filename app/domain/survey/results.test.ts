import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { seededRandom } from "~/domain/shared/seeded-random";
import { answersBeforeResults, shuffled, surveyResults } from "./results";

const answer = (points: [number, number, number], comment?: string) => ({
  answers: { applying: points[0], reporting: points[1], relationship: points[2], comment },
});

describe("survey results", () => {
  it("shows nothing but the count until five groups have answered", () => {
    const four = Array.from({ length: 4 }, () => answer([5, 5, 5], "Secret"));
    expect(surveyResults(four, Math.random)).toEqual({ kind: "waiting", answers: 4, needed: 5 });
    expect(answersBeforeResults).toBe(5);
  });

  it("adds up each scale and gives its average once there are five", () => {
    const five = [
      answer([1, 2, 5], "Too many forms"),
      answer([2, 2, 4]),
      answer([3, 4, 4], " "),
      answer([4, 4, 5], "Kind staff"),
      answer([5, 3, 5]),
    ];
    const results = surveyResults(five, seededRandom(1));
    if (results.kind !== "results") throw new Error("expected results");
    expect(results.answers).toBe(5);
    expect(results.questions[0]).toEqual({
      question: "applying",
      counts: [1, 1, 1, 1, 1],
      answered: 5,
      average: 3,
    });
    expect(results.questions[2]!.average).toBe(4.6);
    expect([...results.comments].sort()).toEqual(["Kind staff", "Too many forms"]);
  });

  it("shuffles without losing or adding anything", () => {
    fc.assert(
      fc.property(fc.array(fc.string()), fc.integer(), (items, seed) => {
        const result = shuffled(items, seededRandom(seed));
        expect([...result].sort()).toEqual([...items].sort());
      }),
    );
  });
});
