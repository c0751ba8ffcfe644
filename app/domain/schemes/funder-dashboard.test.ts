import { describe, expect, it } from "vitest";
import { applicationCounts, needsAttention, type RoundForAttention } from "./funder-dashboard";
import type { FloorReport } from "./ledger";

const now = new Date("2027-03-10T12:00:00Z");
const DAY = 24 * 60 * 60 * 1000;
const inDays = (days: number) => new Date(now.getTime() + days * DAY);

const round = (id: string, changes: Partial<RoundForAttention> = {}): RoundForAttention => ({
  id,
  opensAt: inDays(-10),
  closesAt: inDays(20),
  hasForm: true,
  drafts: 0,
  floors: [],
  ...changes,
});

const floor = (changes: Partial<FloorReport>): FloorReport => ({
  potId: "pot",
  floorBasisPoints: 6000,
  roundAwardedMinor: 0,
  qualifyingAwardedMinor: 0,
  achievedBasisPoints: 0,
  requiredMinor: 0,
  shortfallMinor: 0,
  met: true,
  ...changes,
});

describe("application counts", () => {
  it("count drafts apart from sent ones, and withdrawn ones as neither", () => {
    expect(
      applicationCounts({ DRAFT: 3, SUBMITTED: 2, AWARDED: 1, DECLINED: 1, WITHDRAWN: 4 }),
    ).toEqual({ drafts: 3, sent: 4 });
    expect(applicationCounts({})).toEqual({ drafts: 0, sent: 0 });
  });
});

describe("what needs attention", () => {
  it("is a round closing within 7 days with drafts not sent, the soonest first", () => {
    const items = needsAttention(
      [
        round("later", { closesAt: inDays(6), drafts: 1 }),
        round("sooner", { closesAt: inDays(2), drafts: 4 }),
        round("far", { closesAt: inDays(8), drafts: 9 }),
        round("none-left", { closesAt: inDays(1) }),
      ],
      [],
      now,
    );
    expect(items).toEqual([
      { kind: "closing-with-drafts", roundId: "sooner", drafts: 4 },
      { kind: "closing-with-drafts", roundId: "later", drafts: 1 },
    ]);
  });

  it("is an open or upcoming round without a published form, but not a closed one", () => {
    const items = needsAttention(
      [
        round("open", { hasForm: false }),
        round("upcoming", { hasForm: false, opensAt: inDays(5), closesAt: inDays(30) }),
        round("closed", { hasForm: false, opensAt: inDays(-30), closesAt: inDays(-1) }),
      ],
      [],
      now,
    );
    expect(items.map((item) => item.kind === "no-form" && item.roundId)).toEqual([
      "open",
      "upcoming",
    ]);
  });

  it("is a floor missed by what has been awarded, not a floor with nothing awarded yet", () => {
    const short = floor({ roundAwardedMinor: 500_000, met: false, shortfallMinor: 300_000 });
    const items = needsAttention(
      [
        round("a", { floors: [short, floor({ potId: "untouched", met: false })] }),
        round("b", { floors: [floor({ roundAwardedMinor: 100, met: true })] }),
      ],
      [],
      now,
    );
    expect(items).toEqual([{ kind: "floor-short", roundId: "a", floor: short }]);
  });

  it("is a form version with suggestions waiting for a reply", () => {
    expect(
      needsAttention(
        [],
        [
          { versionId: "v2", count: 3 },
          { versionId: "v1", count: 0 },
        ],
        now,
      ),
    ).toEqual([{ kind: "suggestions", versionId: "v2", count: 3 }]);
  });

  it("is nothing for a round on track", () => {
    expect(needsAttention([round("fine", { drafts: 5 })], [], now)).toEqual([]);
  });
});
