import type { OrganisationRole } from "~/domain/access/permissions";
import { takesLastInCharge } from "~/domain/shared/last-in-charge";

/** Rules for joining an organisation by an emailed link, and for who may stay in charge. */

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

/** Whether a change would leave the organisation without a coordinator (OWNER). */
export function takesLastOwner(
  members: { id: string; role: OrganisationRole }[],
  change: { memberId: string; role: OrganisationRole | null },
): boolean {
  return takesLastInCharge(members, change, "OWNER");
}
