import type { ApplicationStatus } from "~/domain/schemes/ledger";

/**
 * Applications a panel reviews: those sent to the funder and not yet decided or set aside, in
 * the pots the panel covers (a panel covering no pot in particular covers the whole round).
 */
export const reviewScopeStatuses = [
  "SUBMITTED",
  "IN_REVIEW",
] as const satisfies readonly ApplicationStatus[];

/**
 * Applications a panel shares out among its reviewers: only those screened eligible. Members
 * still declare conflicts on everything sent (reviewScopeStatuses), so that screening and
 * declaring can happen at the same time.
 */
export const assignableStatuses = ["IN_REVIEW"] as const satisfies readonly ApplicationStatus[];

export const conflictKinds = [
  "EMPLOYED_BY",
  "TRUSTEE",
  "FAMILY",
  "COLLABORATION",
  "OTHER",
] as const;
export type ConflictKind = (typeof conflictKinds)[number];

/** The pots whose applications a panel reviews. */
export function potsInScope(panelPotIds: readonly string[], roundPotIds: readonly string[]) {
  return panelPotIds.length > 0 ? [...panelPotIds] : [...roundPotIds];
}

/** The planner's seed: the same panel always gives the same plan. */
export function seedFromPanelId(panelId: string): number {
  return hashOf(panelId);
}

/** FNV-1a: small, stable everywhere. */
function hashOf(text: string): number {
  let hash = 2166136261;
  for (let index = 0; index < text.length; index++) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 16777619);
  }
  return hash >>> 0;
}

/** A short stand-in for a plan, so saving can tell whether it is still the plan staff saw. */
export function planFingerprint(pairs: readonly { reviewerId: string; applicationId: string }[]) {
  const text = pairs
    .map((pair) => `${pair.reviewerId}:${pair.applicationId}`)
    .sort()
    .join(",");
  return hashOf(text).toString(36);
}
