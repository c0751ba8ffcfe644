/**
 * Rules every emailed invitation shares (to a group, a panel, a working group, a funder's
 * team): how long a link works unless its kind says otherwise, and what a link can still do.
 */

export const INVITATION_VALID_DAYS = 7;
const DAY_MS = 24 * 60 * 60 * 1000;

export function invitationExpiry(now: Date): Date {
  return new Date(now.getTime() + INVITATION_VALID_DAYS * DAY_MS);
}

export type InvitationState = "pending" | "accepted" | "revoked" | "expired";

/**
 * What a link can still do. A used or cancelled link says so even after its seven days, so
 * the person reads why it stopped working rather than just "expired".
 */
export function invitationState(
  invitation: { acceptedAt: Date | null; revokedAt: Date | null; expiresAt: Date },
  now: Date,
): InvitationState {
  if (invitation.acceptedAt) return "accepted";
  if (invitation.revokedAt) return "revoked";
  if (invitation.expiresAt.getTime() <= now.getTime()) return "expired";
  return "pending";
}

/** Why a link no longer works, or "unknown" for one never issued. */
export type ClosedInvitationState = "unknown" | Exclude<InvitationState, "pending">;
