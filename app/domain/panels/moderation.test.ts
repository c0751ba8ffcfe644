import { describe, expect, it } from "vitest";
import { byScore, communityPositions, ranks, runningTotal } from "./moderation";

describe("ranking a pot's applications", () => {
  it("puts the best score first, unscored ones last, and shares ranks on equal scores", () => {
    const rows = [
      { reference: "B", score: 50 },
      { reference: "C", score: null },
      { reference: "A", score: 80 },
      { reference: "D", score: 50 },
    ].sort(byScore);
    expect(rows.map((row) => row.reference)).toEqual(["A", "B", "D", "C"]);
    expect(ranks(rows)).toEqual([1, 2, 2, null]);
  });

  it("gives community positions by points, sharing places", () => {
    const positions = communityPositions(
      new Map([
        ["a", 0.2],
        ["b", 0.9],
        ["c", 0.2],
      ]),
    );
    expect(Object.fromEntries(positions)).toEqual({ b: 1, a: 2, c: 2 });
  });
});

describe("if the drafted awards are made", () => {
  const base = {
    potId: "p",
    remainingMinor: 100_000,
    roundAwardedMinor: 40_000,
    roundQualifyingMinor: 20_000,
    floorBasisPoints: 6000,
  };

  it("takes the pot's drafted awards off its remaining money", () => {
    const total = runningTotal({
      ...base,
      drafted: [
        { potId: "p", amountMinor: 30_000, meetsFloorRule: true },
        { potId: "other", amountMinor: 10_000, meetsFloorRule: false },
      ],
    });
    expect(total.draftedMinor).toBe(30_000);
    expect(total.remainingAfterMinor).toBe(70_000);
    // (20 000 + 30 000) of (40 000 + 40 000) = 62.5%
    expect(total.floor).toEqual({ basisPoints: 6000, achievedBasisPoints: 6250, met: true });
  });

  it("says the floor is not met when the drafted awards pull the share below it", () => {
    const total = runningTotal({
      ...base,
      drafted: [{ potId: "p", amountMinor: 60_000, meetsFloorRule: false }],
    });
    expect(total.floor!.met).toBe(false);
    expect(total.floor!.achievedBasisPoints).toBe(2000);
    expect(total.remainingAfterMinor).toBe(40_000);
  });

  it("has no floor line for a round without a floor", () => {
    expect(runningTotal({ ...base, floorBasisPoints: null, drafted: [] }).floor).toBeNull();
  });
});
