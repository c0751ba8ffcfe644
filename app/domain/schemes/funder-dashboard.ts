import { closesWithin } from "./deadlines";
import type { ApplicationStatus, FloorReport } from "./ledger";
import { roundPhase } from "./round-phase";

/**
 * What the funder dashboard points at: how many applications a round has started and sent,
 * and the things that need someone to act before it is too late.
 */

/** Days before closing from which unsent drafts are worth a reminder to the groups. */
export const CLOSING_SOON_DAYS = 7;

export type ApplicationCounts = { drafts: number; sent: number };

/** Sent means it reached the funder and is still in; a withdrawn application is neither. */
export function applicationCounts(
  byStatus: Partial<Record<ApplicationStatus, number>>,
): ApplicationCounts {
  let drafts = 0;
  let sent = 0;
  for (const [status, count] of Object.entries(byStatus) as [ApplicationStatus, number][]) {
    if (status === "DRAFT") drafts += count;
    else if (status !== "WITHDRAWN") sent += count;
  }
  return { drafts, sent };
}

export type RoundForAttention = {
  id: string;
  opensAt: Date;
  closesAt: Date;
  hasForm: boolean;
  drafts: number;
  floors: FloorReport[];
};

export type FormWaiting = { versionId: string; count: number };

export type Attention =
  | { kind: "closing-with-drafts"; roundId: string; drafts: number }
  | { kind: "no-form"; roundId: string }
  | { kind: "floor-short"; roundId: string; floor: FloorReport }
  | { kind: "suggestions"; versionId: string; count: number };

/**
 * Most urgent first: a round about to close with groups still writing, then rounds people
 * cannot apply to for want of a form, then money that misses a floor, then suggestions from
 * the working group still waiting for a reply.
 */
export function needsAttention(
  rounds: RoundForAttention[],
  formsWaiting: FormWaiting[],
  now: Date,
): Attention[] {
  const bySoonest = [...rounds].sort((a, b) => a.closesAt.getTime() - b.closesAt.getTime());
  const closing: Attention[] = bySoonest
    .filter((round) => round.drafts > 0 && closesWithin(round.closesAt, now, CLOSING_SOON_DAYS))
    .map((round) => ({ kind: "closing-with-drafts", roundId: round.id, drafts: round.drafts }));
  const noForm: Attention[] = bySoonest
    .filter((round) => !round.hasForm && roundPhase(round, now) !== "closed")
    .map((round) => ({ kind: "no-form", roundId: round.id }));
  // Before anything is awarded a floor cannot be missed yet, so it is not flagged.
  const floors: Attention[] = rounds.flatMap((round) =>
    round.floors
      .filter((floor) => floor.roundAwardedMinor > 0 && !floor.met)
      .map((floor): Attention => ({ kind: "floor-short", roundId: round.id, floor })),
  );
  const suggestions: Attention[] = formsWaiting
    .filter((form) => form.count > 0)
    .map((form) => ({ kind: "suggestions", versionId: form.versionId, count: form.count }));
  return [...closing, ...noForm, ...floors, ...suggestions];
}
