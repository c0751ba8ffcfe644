import { randomBytes } from "node:crypto";
import type { PanelRole } from "~/domain/access/permissions";
import { panelInvitationExpiry } from "~/domain/panels/membership";
import { invitationState, type InvitationState } from "~/domain/organisations/invitations";
import type { Locale } from "~/domain/shared/locales";
import { translated } from "~/domain/shared/translated-text";
import { hashInvitationToken, type Inviter } from "~/services/organisations/invitations.server";
import type { InvitationLimit } from "~/domain/shared/invitation-limits";
import { audit } from "~/services/platform/audit.server";
import { db, type Tx } from "~/services/platform/db.server";
import { config } from "~/services/platform/env.server";
import { nudgeMailWorker } from "~/services/platform/mail-worker.server";
import { invitationLimitFor } from "~/services/platform/invitation-limits.server";
import { enqueueEmail } from "~/services/platform/outbox.server";
import { normaliseEmail } from "~/services/platform/sign-in-codes.server";
import { panelEntity } from "./panel-setup.server";

/**
 * Emailed invitations to sit on a panel, in the invitee's language. As for organisations,
 * only a hash of the link's token is stored.
 */

const pending = (now: Date) => ({ acceptedAt: null, revokedAt: null, expiresAt: { gt: now } });

async function isMember(tx: Tx, panelId: string, email: string) {
  const count = await tx.panelMember.count({
    where: { panelId, removedAt: null, user: { email } },
  });
  return count > 0;
}

type Issue = {
  panelId: string;
  inviter: Inviter;
  email: string;
  role: PanelRole;
  locale: Locale;
  now: Date;
};

/** Writes the invitation and its email together; the email exists only if the row does. */
async function issue(tx: Tx, input: Issue) {
  const panel = await tx.panel.findUniqueOrThrow({
    where: { id: input.panelId },
    select: {
      name: true,
      round: { select: { name: true, scheme: { select: { funder: { select: { name: true } } } } } },
    },
  });
  const token = randomBytes(32).toString("base64url");
  const invitation = await tx.panelInvitation.create({
    data: {
      panelId: input.panelId,
      email: input.email,
      role: input.role,
      tokenHash: hashInvitationToken(token),
      invitedById: input.inviter.id,
      locale: input.locale,
      expiresAt: panelInvitationExpiry(input.now),
    },
  });
  await enqueueEmail(tx, {
    to: input.email,
    locale: input.locale,
    template: "panel-invitation",
    payload: {
      panelName: panel.name,
      roundName: translated(panel.round.name, input.locale).text,
      funderName: panel.round.scheme.funder.name,
      inviterName: input.inviter.name || input.inviter.email,
      role: input.role,
      link: `${config().appUrl}/panel-invitations/${token}`,
      expiresAt: invitation.expiresAt.toISOString(),
    },
    dedupeKey: `panel-invitation:${invitation.id}`,
  });
  return invitation;
}

export type PanelInviteResult =
  | { ok: true; email: string }
  | { ok: false; reason: "already-member" | "already-invited" | "not-found" }
  | { ok: false; reason: "limited"; limit: InvitationLimit };

const limitFor = (tx: Tx, funderId: string, inviter: Inviter, now: Date) =>
  invitationLimitFor(tx, { kind: "panel", senderId: inviter.id, ownerId: funderId, now });

export async function invitePanelMember(input: {
  panelId: string;
  funderId: string;
  inviter: Inviter;
  email: string;
  role: PanelRole;
  locale: Locale;
}): Promise<PanelInviteResult> {
  const email = normaliseEmail(input.email);
  const now = new Date();
  const result = await db().$transaction(async (tx): Promise<PanelInviteResult> => {
    if (await isMember(tx, input.panelId, email)) return { ok: false, reason: "already-member" };
    const waiting = await tx.panelInvitation.count({
      where: { panelId: input.panelId, email, ...pending(now) },
    });
    if (waiting > 0) return { ok: false, reason: "already-invited" };
    const limit = await limitFor(tx, input.funderId, input.inviter, now);
    if (limit) return { ok: false, reason: "limited", limit };
    const invitation = await issue(tx, { ...input, email, now });
    await audit(tx, {
      actorId: input.inviter.id,
      action: "panels.member-invited",
      entity: panelEntity(input.panelId),
      funderId: input.funderId,
      detail: { invitationId: invitation.id, email, role: input.role, locale: input.locale },
    });
    return { ok: true, email };
  });
  if (result.ok) nudgeMailWorker();
  return result;
}

/** Sends a fresh link for an invitation nobody used; every older link for her stops working. */
export async function resendPanelInvitation(input: {
  panelId: string;
  funderId: string;
  invitationId: string;
  inviter: Inviter;
}): Promise<PanelInviteResult> {
  const now = new Date();
  const result = await db().$transaction(async (tx): Promise<PanelInviteResult> => {
    const previous = await tx.panelInvitation.findFirst({
      where: { id: input.invitationId, panelId: input.panelId, acceptedAt: null, revokedAt: null },
    });
    if (!previous) return { ok: false, reason: "not-found" };
    if (await isMember(tx, input.panelId, previous.email))
      return { ok: false, reason: "already-member" };
    const limit = await limitFor(tx, input.funderId, input.inviter, now);
    if (limit) return { ok: false, reason: "limited", limit };
    await tx.panelInvitation.updateMany({
      where: { panelId: input.panelId, email: previous.email, acceptedAt: null, revokedAt: null },
      data: { revokedAt: now },
    });
    const invitation = await issue(tx, {
      panelId: input.panelId,
      inviter: input.inviter,
      email: previous.email,
      role: previous.role,
      locale: previous.locale as Locale,
      now,
    });
    await audit(tx, {
      actorId: input.inviter.id,
      action: "panels.invitation-resent",
      entity: panelEntity(input.panelId),
      funderId: input.funderId,
      detail: {
        invitationId: invitation.id,
        previousInvitationId: previous.id,
        email: previous.email,
      },
    });
    return { ok: true, email: previous.email };
  });
  if (result.ok) nudgeMailWorker();
  return result;
}

export async function revokePanelInvitation(input: {
  panelId: string;
  funderId: string;
  invitationId: string;
  actorId: string;
}) {
  return db().$transaction(async (tx) => {
    const revoked = await tx.panelInvitation.updateMany({
      where: { id: input.invitationId, panelId: input.panelId, acceptedAt: null, revokedAt: null },
      data: { revokedAt: new Date() },
    });
    if (revoked.count !== 1) return false;
    await audit(tx, {
      actorId: input.actorId,
      action: "panels.invitation-revoked",
      entity: panelEntity(input.panelId),
      funderId: input.funderId,
      detail: { invitationId: input.invitationId },
    });
    return true;
  });
}

/** Invitations not yet used or cancelled, expired ones included so staff can send them again. */
export async function openPanelInvitations(panelId: string) {
  return db().panelInvitation.findMany({
    where: { panelId, acceptedAt: null, revokedAt: null },
    orderBy: { createdAt: "asc" },
    select: { id: true, email: true, role: true, locale: true, expiresAt: true },
  });
}

export type PanelInvitationView =
  | { state: "unknown" | Exclude<InvitationState, "pending"> }
  | {
      state: "pending";
      panelName: string;
      funderName: string;
      role: PanelRole;
      email: string;
      expiresAt: Date;
    };

/** What the link shows, before anyone accepts it. */
export async function panelInvitationByToken(
  token: string,
  now = new Date(),
): Promise<PanelInvitationView> {
  const invitation = await db().panelInvitation.findUnique({
    where: { tokenHash: hashInvitationToken(token) },
    include: {
      panel: {
        select: {
          name: true,
          round: { select: { scheme: { select: { funder: { select: { name: true } } } } } },
        },
      },
    },
  });
  if (!invitation) return { state: "unknown" };
  const state = invitationState(invitation, now);
  if (state !== "pending") return { state };
  return {
    state,
    panelName: invitation.panel.name,
    funderName: invitation.panel.round.scheme.funder.name,
    role: invitation.role,
    email: invitation.email,
    expiresAt: invitation.expiresAt,
  };
}

export type PanelAcceptResult =
  | { ok: true; panelId: string }
  | { ok: false; state: "unknown" | Exclude<InvitationState, "pending"> };

/**
 * Seats the signed-in person on the panel with the invited role. Someone removed earlier is
 * seated again; someone already on it takes the invited role.
 */
export async function acceptPanelInvitation(
  token: string,
  user: { id: string; email: string },
): Promise<PanelAcceptResult> {
  const now = new Date();
  return db().$transaction(async (tx): Promise<PanelAcceptResult> => {
    const invitation = await tx.panelInvitation.findUnique({
      where: { tokenHash: hashInvitationToken(token) },
      include: { panel: { select: { round: { select: { scheme: true } } } } },
    });
    if (!invitation) return { ok: false, state: "unknown" };
    // Conditional update: of two clicks at once, only one uses the link.
    const claimed = await tx.panelInvitation.updateMany({
      where: { id: invitation.id, ...pending(now) },
      data: { acceptedAt: now },
    });
    if (claimed.count !== 1) {
      const state = invitationState(invitation, now);
      return { ok: false, state: state === "pending" ? "accepted" : state };
    }
    const { panelId, role } = invitation;
    await tx.panelMember.upsert({
      where: { panelId_userId: { panelId, userId: user.id } },
      create: { panelId, userId: user.id, role },
      update: { role, removedAt: null },
    });
    await audit(tx, {
      actorId: user.id,
      action: "panels.invitation-accepted",
      entity: panelEntity(panelId),
      funderId: invitation.panel.round.scheme.funderId,
      detail: {
        invitationId: invitation.id,
        invitedEmail: invitation.email,
        acceptedAs: user.email,
        role,
      },
    });
    return { ok: true, panelId };
  });
}
