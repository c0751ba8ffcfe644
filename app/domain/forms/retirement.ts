import { roundHasClosed } from "~/domain/schemes/round-phase";
import type { VersionStatus } from "./version-lifecycle";

/**
 * When a form version may stop being used ("retired"). A published version is retired once
 * no round that still takes applications uses it: a round that is open, or that has not
 * opened yet, needs its form. Applications already started on a retired version keep it.
 * Retiring is undone by bringing the version back to published. Pure: `now` is a parameter.
 */

export type RoundDates = { id: string; opensAt: Date; closesAt: Date };

export type RetireCheck<R extends RoundDates = RoundDates> =
  | { ok: true }
  | { ok: false; reason: "not-published" }
  | { ok: false; reason: "in-use"; rounds: R[] };

/** A round that is open, or has not opened yet: it still takes applications, so it needs its form. */
export function stillTakesApplications(round: { closesAt: Date }, now: Date): boolean {
  return !roundHasClosed(round, now);
}

/**
 * Whether a version can be retired now, given the rounds that use it. Only a published
 * version can; the answer lists every round that stands in the way, earliest opening first.
 */
export function retirementCheck<R extends RoundDates>(
  status: VersionStatus,
  roundsUsingIt: R[],
  now: Date,
): RetireCheck<R> {
  if (status !== "PUBLISHED") return { ok: false, reason: "not-published" };
  const blocking = roundsUsingIt
    .filter((round) => stillTakesApplications(round, now))
    .sort((a, b) => a.opensAt.getTime() - b.opensAt.getTime());
  return blocking.length > 0 ? { ok: false, reason: "in-use", rounds: blocking } : { ok: true };
}

/** Only a retired version can be brought back; it becomes published again. */
export function canUnretire(status: VersionStatus): boolean {
  return status === "RETIRED";
}

/** Only a published version can be chosen for a round: not a draft, not a retired one. */
export function usableForRounds(status: VersionStatus): boolean {
  return status === "PUBLISHED";
}
