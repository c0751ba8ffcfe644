import { movedDueDate } from "~/domain/monitoring/check-in-plan";
import type { LedgerOperation } from "~/domain/schemes/ledger";
import { dayOf } from "./grant-terms";
import {
  checkSchedule,
  liveTranches,
  paidMinorOf,
  shrinkUnpaid,
  type PlannedTranche,
  type ScheduleCheck,
  type Tranche,
} from "./schedule";

/**
 * What each change to a grant does, and when it is refused (decisions 0043 and 0045). The
 * services run the ledger operation these rules choose, in the same transaction as the grant's
 * own records, so the pot's figures and the grant never disagree.
 */

export const grantStatuses = ["OFFERED", "ACTIVE", "COMPLETED", "ENDED_EARLY", "REVOKED"] as const;
export type GrantStatus = (typeof grantStatuses)[number];

/** A grant still running: staff may change its schedule, amount and dates, end or revoke it. */
export const openStatuses: readonly GrantStatus[] = ["OFFERED", "ACTIVE"];

/** A check-in as the grant's rules read it: sent (a logged conversation counts), or started. */
export type CheckInFact = {
  id: string;
  position: number;
  dueOn: Date;
  sent: boolean;
  /** The group has written something in it, or added a file. */
  started: boolean;
};

export type GrantFacts = {
  applicationId: string;
  status: GrantStatus;
  awardedMinor: number;
  startsOn: Date;
  endsOn: Date;
  tranches: Tranche[];
  checkIns: CheckInFact[];
};

export type GrantRefusal =
  | { reason: "closed" }
  | { reason: "not-accepted" }
  | { reason: "tranche-paid" }
  | { reason: "tranche-gone" }
  | { reason: "paid-in-future" }
  | { reason: "not-lower"; awardedMinor: number }
  | { reason: "below-paid"; paidMinor: number }
  | { reason: "dates-order" }
  | { reason: "nothing-changed" }
  | { reason: "schedule"; check: Exclude<ScheduleCheck, { ok: true }> };

type Refused = { ok: false; refusal: GrantRefusal };
const refused = (refusal: GrantRefusal): Refused => ({ ok: false, refusal });

export const isOpen = (status: GrantStatus) => openStatuses.includes(status);

/** Marking a tranche paid: the ledger's `pay` of the tranche's amount, on the day it was paid. */
export function paymentOf(
  grant: GrantFacts,
  trancheId: string,
  paidOn: Date,
  now: Date,
): { ok: true; operation: LedgerOperation & { kind: "pay" } } | Refused {
  const tranche = grant.tranches.find((candidate) => candidate.id === trancheId);
  if (!tranche || tranche.cancelled) return refused({ reason: "tranche-gone" });
  if (tranche.paid) return refused({ reason: "tranche-paid" });
  if (grant.status === "OFFERED") return refused({ reason: "not-accepted" });
  if (!isOpen(grant.status)) return refused({ reason: "closed" });
  if (paidOn.getTime() > dayOf(now).getTime()) return refused({ reason: "paid-in-future" });
  return {
    ok: true,
    operation: {
      kind: "pay",
      applicationId: grant.applicationId,
      amountMinor: tranche.amountMinor,
      paidAt: paidOn,
    },
  };
}

/** A new schedule of unpaid tranches: it must add up to the award with what was paid. */
export function scheduleChange(
  grant: GrantFacts,
  planned: readonly PlannedTranche[],
): { ok: true } | Refused {
  if (!isOpen(grant.status)) return refused({ reason: "closed" });
  const unknown = planned.some(
    (line) =>
      line.id !== undefined &&
      !grant.tranches.some((t) => t.id === line.id && !t.paid && !t.cancelled),
  );
  if (unknown) return refused({ reason: "tranche-gone" });
  const check = checkSchedule(grant.awardedMinor, grant.tranches, planned);
  return check.ok ? { ok: true } : refused({ reason: "schedule", check });
}

/** A check-in that moves with the grant's dates; `number` is its place on the grant's pages. */
export type CheckInMove = { id: string; number: number; from: Date; to: Date; started: boolean };

export type Variation = {
  /** The new award when it goes down, with the ledger's `award` of it; null when unchanged. */
  operation: (LedgerOperation & { kind: "award" }) | null;
  awardedMinor: number;
  startsOn: Date;
  endsOn: Date;
  /** Unpaid tranches' new amounts by id (0: cancelled), so the schedule still adds up. */
  tranches: Map<string, number>;
  /** Check-ins not yet sent whose day changes with the period; sent ones never move. */
  checkIns: CheckInMove[];
};

/** A variation: the amount down (never below what was paid) and/or the dates moved. */
export function variationOf(
  grant: GrantFacts,
  input: { amountMinor: number | null; startsOn: Date; endsOn: Date },
): { ok: true; variation: Variation } | Refused {
  if (!isOpen(grant.status)) return refused({ reason: "closed" });
  if (input.endsOn.getTime() <= input.startsOn.getTime()) return refused({ reason: "dates-order" });
  const paidMinor = paidMinorOf(grant.tranches);
  const amount = input.amountMinor ?? grant.awardedMinor;
  if (amount > grant.awardedMinor)
    return refused({ reason: "not-lower", awardedMinor: grant.awardedMinor });
  if (amount < paidMinor || amount <= 0)
    return refused({ reason: "below-paid", paidMinor: Math.max(paidMinor, 0) });
  const moved =
    input.startsOn.getTime() !== grant.startsOn.getTime() ||
    input.endsOn.getTime() !== grant.endsOn.getTime();
  const lower = amount < grant.awardedMinor;
  if (!lower && !moved) return refused({ reason: "nothing-changed" });
  return {
    ok: true,
    variation: {
      operation: lower
        ? { kind: "award", applicationId: grant.applicationId, amountMinor: amount, lowering: true }
        : null,
      awardedMinor: amount,
      startsOn: input.startsOn,
      endsOn: input.endsOn,
      tranches: lower ? shrinkUnpaid(grant.tranches, grant.awardedMinor - amount) : new Map(),
      checkIns: moved ? checkInMoves(grant, input) : [],
    },
  };
}

/** The check-ins in the order the grant's pages number them: by due date, then position. */
export function checkInsInOrder(checkIns: readonly CheckInFact[]) {
  return [...checkIns].sort(
    (a, b) => a.dueOn.getTime() - b.dueOn.getTime() || a.position - b.position,
  );
}

const sameDay = (a: Date, b: Date) => dayOf(a).getTime() === dayOf(b).getTime();

function checkInMoves(grant: GrantFacts, period: { startsOn: Date; endsOn: Date }) {
  return checkInsInOrder(grant.checkIns).flatMap((checkIn, index): CheckInMove[] => {
    if (checkIn.sent) return [];
    const to = movedDueDate(checkIn.dueOn, grant, period);
    if (sameDay(to, checkIn.dueOn)) return [];
    return [
      { id: checkIn.id, number: index + 1, from: checkIn.dueOn, to, started: checkIn.started },
    ];
  });
}

export type Ending = {
  status: "ENDED_EARLY" | "REVOKED";
  operation: LedgerOperation;
  /** What stays awarded: what was paid. */
  awardedMinor: number;
  paidMinor: number;
  endsOn: Date;
  cancelTrancheIds: string[];
};

/**
 * Ending a grant early keeps what was paid as the award and cancels what was not; revoking
 * takes the award back when nothing was paid, and otherwise ends it at what was paid too, as
 * REVOKED (the money paid cannot be taken back by a button).
 */
export function endingOf(
  grant: GrantFacts,
  kind: "end" | "revoke",
  now: Date,
): { ok: true; ending: Ending } | Refused {
  if (!isOpen(grant.status)) return refused({ reason: "closed" });
  const paidMinor = paidMinorOf(grant.tranches);
  const { applicationId } = grant;
  const operation: LedgerOperation =
    kind === "revoke" && paidMinor === 0
      ? { kind: "revoke", applicationId }
      : { kind: "award", applicationId, amountMinor: paidMinor, lowering: true };
  const today = dayOf(now);
  return {
    ok: true,
    ending: {
      status: kind === "end" ? "ENDED_EARLY" : "REVOKED",
      operation,
      awardedMinor: paidMinor,
      paidMinor,
      endsOn: today.getTime() < grant.endsOn.getTime() ? today : grant.endsOn,
      cancelTrancheIds: liveTranches(grant.tranches)
        .filter((tranche) => !tranche.paid)
        .map((tranche) => tranche.id),
    },
  };
}

/** Accepting the conditions: from an offer; a second acceptance changes nothing and says so. */
export function acceptanceOf(status: GrantStatus): "accept" | "already" | "closed" {
  if (status === "OFFERED") return "accept";
  if (status === "ACTIVE" || status === "COMPLETED") return "already";
  return "closed";
}

/**
 * A grant has run its course once the whole of its last day has passed. The same boundary as
 * `endedWhere`, which the completion job's query uses.
 */
export function hasEnded(grant: { endsOn: Date }, now: Date) {
  return grant.endsOn.getTime() < dayOf(now).getTime();
}

/** The grants whose last day has passed, as a `where` on grants. */
export function endedWhere(now: Date) {
  return { endsOn: { lt: dayOf(now) } };
}

/** What a grant still waits for before it is complete. */
export type CompletionWait = "not-active" | "running" | "unpaid" | "check-ins";

/**
 * A grant is complete when it was accepted and is still running (ACTIVE: an offer never
 * accepted, or a grant ended early or withdrawn, has its own end), its last day has passed,
 * everything awarded was paid, and every planned check-in was sent or replaced by a logged
 * conversation. Nothing else waits: a reply from the funder or the group's feedback survey
 * can come later.
 */
export function completionOf(
  grant: GrantFacts,
  now: Date,
): { ok: true } | { ok: false; waiting: CompletionWait[] } {
  const waiting: CompletionWait[] = [];
  if (grant.status !== "ACTIVE") waiting.push("not-active");
  if (!hasEnded(grant, now)) waiting.push("running");
  if (paidMinorOf(grant.tranches) !== grant.awardedMinor) waiting.push("unpaid");
  if (grant.checkIns.some((checkIn) => !checkIn.sent)) waiting.push("check-ins");
  return waiting.length === 0 ? { ok: true } : { ok: false, waiting };
}
