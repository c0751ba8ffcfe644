import type { ApplicationStatus } from "~/domain/schemes/ledger";
import { basisPointsOf, meetsShare } from "~/domain/shared/money";

/**
 * What the chair and staff see when they moderate a pot: its applications ranked by score, and
 * what the drafted awards would do to the pot's money and the round's floor.
 */

/**
 * Applications a panel moderates: screened eligible (so shared out to reviewers), decided or
 * not. Applications still waiting for screening have no reviews to moderate.
 */
export const moderatedStatuses = [
  "IN_REVIEW",
  "RECOMMENDED",
  "AWARDED",
  "DECLINED",
  "WAITLISTED",
] as const satisfies readonly ApplicationStatus[];

/** Applications the panel may read and comment on: from sending (screening may prompt a note) to decided. */
export const readableByPanelStatuses = [
  "SUBMITTED",
  ...moderatedStatuses,
] as const satisfies readonly ApplicationStatus[];

/** Longest panel comment, in characters: a note to the panel, not a second review. */
export const MAX_COMMENT_LENGTH = 2000;

/** Best score first; applications nobody has scored yet last; then by reference. */
export function byScore<Row extends { score: number | null; reference: string }>(
  a: Row,
  b: Row,
): number {
  if (a.score !== b.score) {
    if (a.score === null) return 1;
    if (b.score === null) return -1;
    return b.score - a.score;
  }
  return a.reference.localeCompare(b.reference);
}

/** Ranks on a sorted list; equal scores share a rank ("1, 2, 2, 4"), unscored rows have none. */
export function ranks(sorted: readonly { score: number | null }[]): (number | null)[] {
  const firstPlace = new Map<number, number>();
  return sorted.map((row, index) => {
    if (row.score === null) return null;
    if (!firstPlace.has(row.score)) firstPlace.set(row.score, index + 1);
    return firstPlace.get(row.score)!;
  });
}

/** Community points as positions: the most points first, shared places for equal points. */
export function communityPositions(points: ReadonlyMap<string, number>): Map<string, number> {
  const ordered = [...points.values()].sort((a, b) => b - a);
  return new Map([...points].map(([id, value]) => [id, ordered.indexOf(value) + 1]));
}

export type DraftedAward = { amountMinor: number; meetsFloorRule: boolean; potId: string };

export type RunningTotal = {
  draftedMinor: number;
  /** The pot's remaining money once the drafted awards in it are made (negative: overdrawn). */
  remainingAfterMinor: number;
  /** The round's floor once every drafted award is made, or null when the round has none. */
  floor: { basisPoints: number; achievedBasisPoints: number; met: boolean } | null;
};

/**
 * "If the drafted awards are made": the pot's money left, and the share of the round's awarded
 * money that would go to groups meeting the floor rule, decided exactly as the ledger decides it.
 */
export function runningTotal(input: {
  potId: string;
  remainingMinor: number;
  drafted: readonly DraftedAward[];
  roundAwardedMinor: number;
  roundQualifyingMinor: number;
  floorBasisPoints: number | null;
}): RunningTotal {
  const inPot = input.drafted.filter((award) => award.potId === input.potId);
  const draftedMinor = inPot.reduce((sum, award) => sum + award.amountMinor, 0);
  const awarded =
    input.roundAwardedMinor + input.drafted.reduce((sum, award) => sum + award.amountMinor, 0);
  const qualifying =
    input.roundQualifyingMinor +
    input.drafted
      .filter((award) => award.meetsFloorRule)
      .reduce((sum, award) => sum + award.amountMinor, 0);
  return {
    draftedMinor,
    remainingAfterMinor: input.remainingMinor - draftedMinor,
    floor:
      input.floorBasisPoints === null
        ? null
        : {
            basisPoints: input.floorBasisPoints,
            achievedBasisPoints: basisPointsOf(qualifying, awarded),
            met: meetsShare(qualifying, awarded, input.floorBasisPoints),
          },
  };
}
