import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  fundByScoreAlone,
  suggestFundingSet,
  type Award,
  type Candidate,
  type FundingInput,
} from "./funding-set";

const pot = (potId: string, remainingMinor: number) => ({
  potId,
  remainingMinor,
  minGrantMinor: 100,
  maxGrantMinor: 5_000,
});

const candidate = (
  applicationId: string,
  score: number,
  requestedMinor: number,
  meetsFloorRule = false,
  potId = "pot",
): Candidate => ({ applicationId, potId, score, requestedMinor, meetsFloorRule });

/** A round with one pot and nothing awarded yet. */
const round = (
  candidates: Candidate[],
  remainingMinor: number,
  floors: FundingInput["floors"] = [],
): FundingInput => ({
  candidates,
  pots: [pot("pot", remainingMinor)],
  floors,
  awardedMinor: 0,
  qualifyingAwardedMinor: 0,
});

const ids = (awards: Award[]) => awards.map((award) => award.applicationId).sort();

function floorHolds(input: FundingInput, awards: Award[]) {
  const byId = new Map(input.candidates.map((c) => [c.applicationId, c]));
  const awarded = input.awardedMinor + awards.reduce((sum, a) => sum + a.amountMinor, 0);
  const qualifying =
    input.qualifyingAwardedMinor +
    awards.reduce(
      (sum, a) => sum + (byId.get(a.applicationId)!.meetsFloorRule ? a.amountMinor : 0),
      0,
    );
  return input.floors.every((floor) => qualifying * 10_000 >= floor.basisPoints * awarded);
}

function withinPots(input: FundingInput, awards: Award[]) {
  return input.pots.every(
    (p) =>
      awards.filter((a) => a.potId === p.potId).reduce((sum, a) => sum + a.amountMinor, 0) <=
      p.remainingMinor,
  );
}

describe("the suggested funding set", () => {
  it("beats funding by score alone when one large grant would crowd out two good ones", async () => {
    const input = round(
      [candidate("big", 90, 5_000), candidate("a", 80, 2_500), candidate("b", 75, 2_500)],
      5_000,
      [],
    );
    expect(ids(fundByScoreAlone(input))).toEqual(["big"]);
    const suggestion = await suggestFundingSet(input);
    expect(ids(suggestion.awards)).toEqual(["a", "b"]);
    expect(suggestion.broughtIn.sort()).toEqual(["a", "b"]);
    expect(suggestion.leftOut).toEqual(["big"]);
  });

  it("meets the floor and says what meeting it costs", async () => {
    const input = round(
      [
        candidate("top", 95, 3_000),
        candidate("second", 90, 3_000),
        candidate("byAndFor", 70, 3_000, true),
      ],
      6_000,
      [{ basisPoints: 5_000 }],
    );
    const suggestion = await suggestFundingSet(input);
    expect(suggestion.floorsMet).toBe(true);
    expect(ids(suggestion.awards)).toEqual(["byAndFor", "top"]);
    expect(suggestion.broughtIn).toEqual(["byAndFor"]);
    expect(suggestion.leftOut).toEqual(["second"]);
  });

  it("funds nobody rather than break a floor no candidate can help meet, and shows who that leaves out", async () => {
    const input = round([candidate("a", 80, 2_000), candidate("b", 70, 2_000)], 4_000, [
      { basisPoints: 6_000 },
    ]);
    const suggestion = await suggestFundingSet(input);
    expect(suggestion.floorsMet).toBe(true);
    expect(suggestion.awards).toEqual([]);
    expect(suggestion.leftOut.sort()).toEqual(["a", "b"]);
  });

  it("says when no set can meet the floor, and then suggests the best set without it", async () => {
    const input: FundingInput = {
      ...round([candidate("a", 80, 2_000, true), candidate("b", 70, 2_000)], 4_000, [
        { basisPoints: 6_000 },
      ]),
      // Awarded earlier in the round, none of it to groups meeting the rule.
      awardedMinor: 10_000,
    };
    const suggestion = await suggestFundingSet(input);
    expect(suggestion.floorsMet).toBe(false);
    expect(ids(suggestion.awards)).toEqual(["a", "b"]);
  });

  it("caps an award at the pot's largest grant and leaves out requests below its smallest", async () => {
    const suggestion = await suggestFundingSet(
      round([candidate("large", 80, 9_000), candidate("tiny", 90, 50)], 10_000),
    );
    expect(suggestion.awards).toEqual([
      { applicationId: "large", potId: "pot", amountMinor: 5_000 },
    ]);
    expect(suggestion.belowSmallestGrant).toEqual(["tiny"]);
  });

  it("is optimal, never over a pot, and meets the floors whenever some set can (property, against brute force)", async () => {
    const inputs = fc
      .record({
        candidates: fc.array(
          fc.record({
            score: fc.integer({ min: 0, max: 100 }),
            requestedMinor: fc.integer({ min: 100, max: 6_000 }),
            meetsFloorRule: fc.boolean(),
            potId: fc.constantFrom("p1", "p2"),
          }),
          { minLength: 1, maxLength: 9 },
        ),
        rooms: fc.tuple(fc.integer({ min: 0, max: 15_000 }), fc.integer({ min: 0, max: 15_000 })),
        floor: fc.option(fc.integer({ min: 1_000, max: 9_000 }), { nil: undefined }),
        awardedMinor: fc.integer({ min: 0, max: 5_000 }),
        qualifyingShare: fc.double({ min: 0, max: 1, noNaN: true }),
      })
      .map((shape): FundingInput => ({
        candidates: shape.candidates.map((c, i) => ({ ...c, applicationId: `app${i}` })),
        pots: [pot("p1", shape.rooms[0]), pot("p2", shape.rooms[1])],
        floors: shape.floor === undefined ? [] : [{ basisPoints: shape.floor }],
        awardedMinor: shape.awardedMinor,
        qualifyingAwardedMinor: Math.floor(shape.awardedMinor * shape.qualifyingShare),
      }));
    await fc.assert(
      fc.asyncProperty(inputs, async (input) => {
        const suggestion = await suggestFundingSet(input);
        expect(withinPots(input, suggestion.awards)).toBe(true);

        const options = input.candidates.flatMap((c) => {
          const amountMinor = Math.min(c.requestedMinor, 5_000);
          return amountMinor >= 100
            ? [{ applicationId: c.applicationId, potId: c.potId, amountMinor, score: c.score }]
            : [];
        });
        let bestWithFloor = -1;
        let bestWithout = -1;
        for (let mask = 0; mask < 1 << options.length; mask++) {
          const awards = options.filter((_, i) => mask & (1 << i));
          if (!withinPots(input, awards)) continue;
          const total = awards.reduce((sum, a) => sum + a.score, 0);
          bestWithout = Math.max(bestWithout, total);
          if (floorHolds(input, awards)) bestWithFloor = Math.max(bestWithFloor, total);
        }
        const canMeetFloors = bestWithFloor >= 0;
        expect(suggestion.floorsMet).toBe(canMeetFloors);
        if (canMeetFloors) {
          expect(floorHolds(input, suggestion.awards)).toBe(true);
          expect(suggestion.totalScore).toBe(bestWithFloor);
        } else expect(suggestion.totalScore).toBe(bestWithout);
      }),
      { numRuns: 120 },
    );
  }, 60_000);
});
