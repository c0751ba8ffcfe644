import { createHash, randomBytes } from "node:crypto";
import {
  invitationExpiry,
  invitationState,
  type InvitationState,
} from "~/domain/organisations/invitations";
import type { Locale } from "~/domain/shared/locales";
import type { OrganisationRole } from "~/domain/access/permissions";
import type { InvitationLimit } from "~/domain/shared/invitation-limits";
import { audit } from "~/services/platform/audit.server";
import { db, type Tx } from "~/services/platform/db.server";
import { config } from "~/services/platform/env.server";
import { nudgeMailWorker } from "~/services/platform/mail-worker.server";
import { lockOrganisation } from "./organisations.server";
import { invitationLimitFor } from "~/services/platform/invitation-limits.server";
import { enqueueEmail } from "~/services/platform/outbox.server";
import { normaliseEmail } from "~/services/platform/sign-in-codes.server";

/**
 * Emailed invitations to join an organisation. The link carries a random token; only its
 * SHA-256 hash is stored, so a copy of the invitations table cannot be used to join.
 */

export type Inviter = { id: string; name: string | null; email: string };

export function hashInvitationToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}

const entity = (organisationId: string) => ({ type: "Organisation", id: organisationId });

const pending = (now: Date) => ({ acceptedAt: null, revokedAt: null, expiresAt: { gt: now } });

async function isMember(tx: Tx, organisationId: string, email: string) {
  return (await tx.organisationMember.count({ where: { organisationId, user: { email } } })) > 0;
}

/** Writes the invitation and its email together; the email exists only if the row does. */
async function issue(
  tx: Tx,
  input: {
    organisationId: string;
    inviter: Inviter;
    email: string;
    role: OrganisationRole;
    locale: string;
    now: Date;
  },
) {
  const organisation = await tx.organisation.findUniqueOrThrow({
    where: { id: input.organisationId },
    select: { name: true },
  });
  const token = randomBytes(32).toString("base64url");
  const invitation = await tx.organisationInvitation.create({
    data: {
      organisationId: input.organisationId,
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
    template: "organisation-invitation",
    payload: {
      organisationName: organisation.name,
      inviterName: input.inviter.name || input.inviter.email,
      role: input.role,
      link: `${config().appUrl}/invitations/${token}`,
      expiresAt: invitation.expiresAt.toISOString(),
    },
    dedupeKey: `organisation-invitation:${invitation.id}`,
  });
  return invitation;
}

export type InviteResult =
  | { ok: true; invitationId: string; email: string }
  | { ok: false; reason: "already-member" | "not-found" }
  | { ok: false; reason: "already-invited"; invitationId: string }
  | { ok: false; reason: "limited"; limit: InvitationLimit };

const limitFor = (tx: Tx, organisationId: string, inviter: Inviter, now: Date) =>
  invitationLimitFor(tx, {
    kind: "organisation",
    senderId: inviter.id,
    ownerId: organisationId,
    now,
  });

export async function inviteMember(input: {
  organisationId: string;
  inviter: Inviter;
  email: string;
  role: OrganisationRole;
  locale: Locale;
}): Promise<InviteResult> {
  const email = normaliseEmail(input.email);
  const now = new Date();
  const result = await db().$transaction(async (tx): Promise<InviteResult> => {
    if (!(await lockOrganisation(tx, input.organisationId)))
      return { ok: false, reason: "not-found" };
    if (await isMember(tx, input.organisationId, email))
      return { ok: false, reason: "already-member" };
    const waiting = await tx.organisationInvitation.findFirst({
      where: { organisationId: input.organisationId, email, ...pending(now) },
      select: { id: true },
    });
    if (waiting) return { ok: false, reason: "already-invited", invitationId: waiting.id };
    const limit = await limitFor(tx, input.organisationId, input.inviter, now);
    if (limit) return { ok: false, reason: "limited", limit };
    const invitation = await issue(tx, { ...input, email, now });
    await audit(tx, {
      actorId: input.inviter.id,
      action: "organisations.member-invited",
      entity: entity(input.organisationId),
      detail: { invitationId: invitation.id, email, role: input.role, locale: input.locale },
    });
    return { ok: true, invitationId: invitation.id, email };
  });
  if (result.ok) nudgeMailWorker();
  return result;
}

/** Sends a fresh link for an invitation that was not used; the old link stops working. */
export async function resendInvitation(input: {
  organisationId: string;
  invitationId: string;
  inviter: Inviter;
}): Promise<InviteResult> {
  const now = new Date();
  const result = await db().$transaction(async (tx): Promise<InviteResult> => {
    if (!(await lockOrganisation(tx, input.organisationId)))
      return { ok: false, reason: "not-found" };
    const previous = await tx.organisationInvitation.findFirst({
      where: { id: input.invitationId, organisationId: input.organisationId, acceptedAt: null },
    });
    if (!previous) return { ok: false, reason: "not-found" };
    if (await isMember(tx, input.organisationId, previous.email))
      return { ok: false, reason: "already-member" };
    const limit = await limitFor(tx, input.organisationId, input.inviter, now);
    if (limit) return { ok: false, reason: "limited", limit };
    // Every link still waiting for this address stops working, not only the one clicked.
    await tx.organisationInvitation.updateMany({
      where: { organisationId: input.organisationId, email: previous.email, ...pending(now) },
      data: { revokedAt: now },
    });
    const invitation = await issue(tx, {
      organisationId: input.organisationId,
      inviter: input.inviter,
      email: previous.email,
      role: previous.role,
      locale: previous.locale,
      now,
    });
    await audit(tx, {
      actorId: input.inviter.id,
      action: "organisations.invitation-resent",
      entity: entity(input.organisationId),
      detail: {
        invitationId: invitation.id,
        previousInvitationId: previous.id,
        email: previous.email,
        role: previous.role,
      },
    });
    return { ok: true, invitationId: invitation.id, email: previous.email };
  });
  if (result.ok) nudgeMailWorker();
  return result;
}

export async function revokeInvitation(input: {
  organisationId: string;
  invitationId: string;
  actorId: string;
}) {
  return db().$transaction(async (tx) => {
    const now = new Date();
    const revoked = await tx.organisationInvitation.updateMany({
      where: {
        id: input.invitationId,
        organisationId: input.organisationId,
        acceptedAt: null,
        revokedAt: null,
      },
      data: { revokedAt: now },
    });
    if (revoked.count !== 1) return false;
    await audit(tx, {
      actorId: input.actorId,
      action: "organisations.invitation-revoked",
      entity: entity(input.organisationId),
      detail: { invitationId: input.invitationId },
    });
    return true;
  });
}

export async function pendingInvitations(organisationId: string, now = new Date()) {
  return db().organisationInvitation.findMany({
    where: { organisationId, ...pending(now) },
    orderBy: { createdAt: "asc" },
    select: { id: true, email: true, role: true, locale: true, expiresAt: true },
  });
}

export type InvitationView =
  | { state: "unknown" }
  | { state: Exclude<InvitationState, "pending"> }
  | {
      state: "pending";
      organisationName: string;
      role: OrganisationRole;
      email: string;
      inviterName: string | null;
      expiresAt: Date;
    };

/** What the link shows, before anyone accepts it. */
export async function invitationByToken(token: string, now = new Date()): Promise<InvitationView> {
  const invitation = await db().organisationInvitation.findUnique({
    where: { tokenHash: hashInvitationToken(token) },
    include: { organisation: { select: { name: true } } },
  });
  if (!invitation) return { state: "unknown" };
  const state = invitationState(invitation, now);
  if (state !== "pending") return { state };
  const inviter = invitation.invitedById
    ? await db().user.findUnique({
        where: { id: invitation.invitedById },
        select: { name: true, email: true },
      })
    : null;
  return {
    state,
    organisationName: invitation.organisation.name,
    role: invitation.role,
    email: invitation.email,
    inviterName: inviter ? inviter.name || inviter.email : null,
    expiresAt: invitation.expiresAt,
  };
}

export type AcceptResult =
  | { ok: true; organisationId: string }
  | { ok: false; state: "unknown" | Exclude<InvitationState, "pending"> };

/**
 * Adds the signed-in person to the organisation. Her address need not be the invited one:
 * people often have several. Someone already in the organisation keeps her place, and is
 * made an OWNER if that is what the invitation offered.
 */
export async function acceptInvitation(
  token: string,
  user: { id: string; email: string },
): Promise<AcceptResult> {
  const now = new Date();
  return db().$transaction(async (tx): Promise<AcceptResult> => {
    const invitation = await tx.organisationInvitation.findUnique({
      where: { tokenHash: hashInvitationToken(token) },
    });
    if (!invitation) return { ok: false, state: "unknown" };
    // Conditional update: of two clicks at once, only one uses the link.
    const claimed = await tx.organisationInvitation.updateMany({
      where: { id: invitation.id, ...pending(now) },
      data: { acceptedAt: now },
    });
    if (claimed.count !== 1) {
      const state = invitationState(invitation, now);
      return { ok: false, state: state === "pending" ? "accepted" : state };
    }
    const organisationId = invitation.organisationId;
    const existing = await tx.organisationMember.findUnique({
      where: { organisationId_userId: { organisationId, userId: user.id } },
    });
    if (!existing) {
      await tx.organisationMember.create({
        data: { organisationId, userId: user.id, role: invitation.role },
      });
    } else if (invitation.role === "OWNER" && existing.role !== "OWNER") {
      await tx.organisationMember.update({ where: { id: existing.id }, data: { role: "OWNER" } });
    }
    await audit(tx, {
      actorId: user.id,
      action: "organisations.invitation-accepted",
      entity: entity(organisationId),
      detail: {
        invitationId: invitation.id,
        invitedEmail: invitation.email,
        acceptedAs: user.email,
        role: invitation.role,
        alreadyMember: Boolean(existing),
      },
    });
    return { ok: true, organisationId };
  });
}
