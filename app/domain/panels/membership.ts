import type { PanelRole } from "~/domain/access/permissions";

/** Rules for who sits on a panel, how she is invited and what happens when she leaves it. */

export const panelRoles = [
  "CHAIR",
  "MEMBER",
  "COMMUNITY_REVIEWER",
  "SPECIALIST",
] as const satisfies readonly PanelRole[];

export const PANEL_INVITATION_VALID_DAYS = 14;
const DAY_MS = 24 * 60 * 60 * 1000;

export function panelInvitationExpiry(now: Date): Date {
  return new Date(now.getTime() + PANEL_INVITATION_VALID_DAYS * DAY_MS);
}

/**
 * Whether a review counts towards the application's reviews. A member removed mid-round keeps
 * what she submitted; a draft she left can no longer be finished, so it counts for nothing.
 * A review set aside for a conflict declared after scoring never counts.
 */
export function countsTowardScore(
  review: { status: "DRAFT" | "SUBMITTED"; excludedAt: Date | null },
  member: { removedAt: Date | null },
): boolean {
  if (review.excludedAt) return false;
  if (review.status === "SUBMITTED") return true;
  return member.removedAt === null;
}
