import { randomBytes } from "node:crypto";
import type { FunderRole } from "~/domain/access/permissions";
import { invitationExpiry, invitationState } from "~/domain/organisations/invitations";
import type { InvitationLimit } from "~/domain/shared/invitation-limits";
import type { Locale } from "~/domain/shared/locales";
import {
  hashInvitationToken,
  type AcceptResult,
  type Inviter,
} from "~/services/organisations/invitations.server";
import { audit } from "~/services/platform/audit.server";
import { db, type Tx } from "~/services/platform/db.server";
import { config } from "~/services/platform/env.server";
import { nudgeMailWorker } from "~/services/platform/mail-worker.server";
import { invitationLimitFor } from "~/services/platform/invitation-limits.server";
import { enqueueEmail } from "~/services/platform/outbox.server";
import { normaliseEmail } from "~/services/platform/sign-in-codes.server";
import { lockFunder, teamEntity } from "./team-members.server";

/**
 * Emailed invitations to join a funder's team, in the invitee's language. As for groups and
 * panels, only a hash of the link's token is stored, and the link works for 7 days.
 */

const pending = (now: Date) => ({ acceptedAt: null, revokedAt: null, expiresAt: { gt: now } });

async function isMember(tx: Tx, funderId: string, email: string) {
  return (await tx.funderMember.count({ where: { funderId, user: { email } } })) > 0;
}

type Issue = {
  funderId: string;
  inviter: Inviter;
  email: string;
  role: FunderRole;
  locale: Locale;
  now: Date;
};

/** Writes the invitation and its email together; the email exists only if the row does. */
async function issue(tx: Tx, input: Issue) {
  const funder = await tx.funder.findUniqueOrThrow({
    where: { id: input.funderId },
    select: { name: true },
  });
  const token = randomBytes(32).toString("base64url");
  const invitation = await tx.funderInvitation.create({
    data: {
      funderId: input.funderId,
      email: input.email,
      role: input.role,
      tokenHash: hashInvitationToken(token),
      invitedById: input.inviter.id,
      locale: input.locale,
      expiresAt: invitationExpiry(input.now),
    },
  });
  await enqueueEmail(tx, {
    to: input.email,
    locale: input.locale,
    template: "team-invitation",
    payload: {
      funderName: funder.name,
      inviterName: input.inviter.name || input.inviter.email,
      role: input.role,
      link: `${config().appUrl}/team-invitations/${token}`,
      expiresAt: invitation.expiresAt.toISOString(),
    },
    dedupeKey: `team-invitation:${invitation.id}`,
  });
  return invitation;
}

export type TeamInviteResult =
  | { ok: true; invitationId: string; email: string }
  | { ok: false; reason: "already-member" | "not-found" }
  | { ok: false; reason: "already-invited"; invitationId: string }
  | { ok: false; reason: "limited"; limit: InvitationLimit };

const limitFor = (tx: Tx, funderId: string, inviter: Inviter, now: Date) =>
  invitationLimitFor(tx, { kind: "funder-team", senderId: inviter.id, ownerId: funderId, now });

/** Invites her within the caller's transaction (creating a funder invites its first admin). */
export async function inviteToTeamIn(tx: Tx, input: Omit<Issue, "now">): Promise<TeamInviteResult> {
  const email = normaliseEmail(input.email);
  const now = new Date();
  if (!(await lockFunder(tx, input.funderId))) return { ok: false, reason: "not-found" };
  if (await isMember(tx, input.funderId, email)) return { ok: false, reason: "already-member" };
  const waiting = await tx.funderInvitation.findFirst({
    where: { funderId: input.funderId, email, ...pending(now) },
    select: { id: true },
  });
  if (waiting) return { ok: false, reason: "already-invited", invitationId: waiting.id };
  const invitation = await issue(tx, { ...input, email, now });
  await audit(tx, {
    actorId: input.inviter.id,
    action: "teams.member-invited",
    entity: teamEntity(input.funderId),
    funderId: input.funderId,
    detail: { invitationId: invitation.id, email, role: input.role, locale: input.locale },
  });
  return { ok: true, invitationId: invitation.id, email };
}

/**
 * A funder admin's invitation, within the invitation limits. A platform administrator inviting a
 * funder's first admin (inviteToTeamIn) runs the service and is not limited.
 */
export async function inviteToTeam(input: Omit<Issue, "now">): Promise<TeamInviteResult> {
  const result = await db().$transaction(async (tx): Promise<TeamInviteResult> => {
    const limit = await limitFor(tx, input.funderId, input.inviter, new Date());
    if (limit) return { ok: false, reason: "limited", limit };
    return inviteToTeamIn(tx, input);
  });
  if (result.ok) nudgeMailWorker();
  return result;
}

/** Sends a fresh link for an invitation nobody used; every older link for her stops working. */
export async function resendTeamInvitation(input: {
  funderId: string;
  invitationId: string;
  inviter: Inviter;
}): Promise<TeamInviteResult> {
  const now = new Date();
  const result = await db().$transaction(async (tx): Promise<TeamInviteResult> => {
    if (!(await lockFunder(tx, input.funderId))) return { ok: false, reason: "not-found" };
    const previous = await tx.funderInvitation.findFirst({
      where: {
        id: input.invitationId,
        funderId: input.funderId,
        acceptedAt: null,
        revokedAt: null,
      },
    });
    if (!previous) return { ok: false, reason: "not-found" };
    if (await isMember(tx, input.funderId, previous.email))
      return { ok: false, reason: "already-member" };
    const limit = await limitFor(tx, input.funderId, input.inviter, now);
    if (limit) return { ok: false, reason: "limited", limit };
    await tx.funderInvitation.updateMany({
      where: { funderId: input.funderId, email: previous.email, acceptedAt: null, revokedAt: null },
      data: { revokedAt: now },
    });
    const invitation = await issue(tx, {
      funderId: input.funderId,
      inviter: input.inviter,
      email: previous.email,
      role: previous.role,
      locale: previous.locale as Locale,
      now,
    });
    await audit(tx, {
      actorId: input.inviter.id,
      action: "teams.invitation-resent",
      entity: teamEntity(input.funderId),
      funderId: input.funderId,
      detail: { invitationId: invitation.id, previousInvitationId: previous.id },
    });
    return { ok: true, invitationId: invitation.id, email: previous.email };
  });
  if (result.ok) nudgeMailWorker();
  return result;
}

export async function revokeTeamInvitation(input: {
  funderId: string;
  invitationId: string;
  actorId: string;
}) {
  return db().$transaction(async (tx) => {
    const revoked = await tx.funderInvitation.updateMany({
      where: {
        id: input.invitationId,
        funderId: input.funderId,
        acceptedAt: null,
        revokedAt: null,
      },
      data: { revokedAt: new Date() },
    });
    if (revoked.count !== 1) return false;
    await audit(tx, {
      actorId: input.actorId,
      action: "teams.invitation-revoked",
      entity: teamEntity(input.funderId),
      funderId: input.funderId,
      detail: { invitationId: input.invitationId },
    });
    return true;
  });
}

/** Invitations not yet used or cancelled, expired ones included so they can be sent again. */
export async function openTeamInvitations(funderId: string) {
  return db().funderInvitation.findMany({
    where: { funderId, acceptedAt: null, revokedAt: null },
    orderBy: { createdAt: "asc" },
    select: { id: true, email: true, role: true, locale: true, expiresAt: true },
  });
}

export type TeamInvitationView =
  | { state: Exclude<AcceptResult, { ok: true }>["state"] }
  | { state: "pending"; funderName: string; role: FunderRole; email: string; expiresAt: Date };

/** What the link shows, before anyone accepts it. */
export async function teamInvitationByToken(
  token: string,
  now = new Date(),
): Promise<TeamInvitationView> {
  const invitation = await db().funderInvitation.findUnique({
    where: { tokenHash: hashInvitationToken(token) },
    include: { funder: { select: { name: true, deactivatedAt: true } } },
  });
  if (!invitation) return { state: "unknown" };
  const state = invitation.funder.deactivatedAt ? "revoked" : invitationState(invitation, now);
  if (state !== "pending") return { state };
  return {
    state,
    funderName: invitation.funder.name,
    role: invitation.role,
    email: invitation.email,
    expiresAt: invitation.expiresAt,
  };
}

export type TeamAcceptResult =
  | { ok: true; funderId: string }
  | { ok: false; state: Exclude<AcceptResult, { ok: true }>["state"] };

/**
 * Puts the signed-in person on the team with the invited role. Her address need not be the
 * invited one. Someone already on the team takes the invited role, unless that would leave the
 * funder with no administrator.
 */
export async function acceptTeamInvitation(
  token: string,
  user: { id: string; email: string },
): Promise<TeamAcceptResult> {
  const now = new Date();
  return db().$transaction(async (tx): Promise<TeamAcceptResult> => {
    const invitation = await tx.funderInvitation.findUnique({
      where: { tokenHash: hashInvitationToken(token) },
      include: { funder: { select: { deactivatedAt: true } } },
    });
    if (!invitation) return { ok: false, state: "unknown" };
    if (invitation.funder.deactivatedAt) return { ok: false, state: "revoked" };
    // Conditional update: of two clicks at once, only one uses the link.
    const claimed = await tx.funderInvitation.updateMany({
      where: { id: invitation.id, ...pending(now) },
      data: { acceptedAt: now },
    });
    if (claimed.count !== 1) {
      const state = invitationState(invitation, now);
      return { ok: false, state: state === "pending" ? "accepted" : state };
    }
    const { funderId, role } = invitation;
    await lockFunder(tx, funderId);
    const existing = await tx.funderMember.findUnique({
      where: { funderId_userId: { funderId, userId: user.id } },
    });
    if (!existing) {
      await tx.funderMember.create({ data: { funderId, userId: user.id, role } });
    } else if (existing.role !== "ADMIN") {
      // An administrator keeps her role: the team must not lose its last one by a link.
      await tx.funderMember.update({ where: { id: existing.id }, data: { role } });
    }
    await audit(tx, {
      actorId: user.id,
      action: "teams.invitation-accepted",
      entity: teamEntity(funderId),
      funderId,
      detail: {
        invitationId: invitation.id,
        invitedEmail: invitation.email,
        acceptedAs: user.email,
        role,
        alreadyMember: Boolean(existing),
      },
    });
    return { ok: true, funderId };
  });
}
