import { createHash, randomBytes } from "node:crypto";
import {
  invitationExpiry,
  invitationState,
  type InvitationState,
} from "~/domain/organisations/invitations";
import type { Locale } from "~/domain/shared/locales";
import { can, type Actor } from "~/domain/access/permissions";
import type { InvitationLimit } from "~/domain/shared/invitation-limits";
import { translated } from "~/domain/shared/translated-text";
import { audit } from "~/services/platform/audit.server";
import { db } from "~/services/platform/db.server";
import { config } from "~/services/platform/env.server";
import { nudgeMailWorker } from "~/services/platform/mail-worker.server";
import { invitationLimitFor } from "~/services/platform/invitation-limits.server";
import { enqueueEmail } from "~/services/platform/outbox.server";
import { forbidden } from "~/services/access/permissions.server";
import { isOpenForSuggestions, workingGroupStatuses } from "~/domain/forms/version-lifecycle";
import { normaliseEmail } from "~/services/platform/sign-in-codes.server";

/**
 * The community working group that co-designs a scheme's form. Members need no other role:
 * an emailed link (only its SHA-256 hash is stored) makes them members of that one scheme's
 * group, which lets them read its forms in consultation and make suggestions (the policy's
 * "consultation" resource; the way in is requireConsultation). Staff can take a membership or
 * an invitation back (revokedAt): she then loses the scheme's forms at once.
 */

export function hashWorkingGroupToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}

export type WorkingGroupInviteResult =
  | { ok: true; email: string }
  | { ok: false; reason: "already-member" | "already-invited" }
  | { ok: false; reason: "limited"; limit: InvitationLimit };

/** A row still in force: not taken back by staff. */
const inForce = { revokedAt: null };

export async function inviteWorkingGroupMember(input: {
  actor: Actor & { name: string | null; email: string };
  funderId: string;
  schemeId: string;
  email: string;
  locale: Locale;
}): Promise<WorkingGroupInviteResult> {
  const email = normaliseEmail(input.email);
  const now = new Date();
  const result = await db().$transaction(async (tx): Promise<WorkingGroupInviteResult> => {
    if (!can(input.actor, "edit", { type: "funder", funderId: input.funderId })) throw forbidden();
    const scheme = await tx.scheme.findFirst({
      where: { id: input.schemeId, funderId: input.funderId },
      include: { funder: true },
    });
    if (!scheme) throw forbidden();
    const rows = await tx.workingGroupMember.findMany({
      where: { schemeId: scheme.id, email, ...inForce },
    });
    if (rows.some((row) => row.acceptedAt)) return { ok: false, reason: "already-member" };
    if (rows.some((row) => row.expiresAt > now)) return { ok: false, reason: "already-invited" };
    const limit = await invitationLimitFor(tx, {
      kind: "working-group",
      senderId: input.actor.id,
      ownerId: input.funderId,
      now,
    });
    if (limit) return { ok: false, reason: "limited", limit };
    const token = randomBytes(32).toString("base64url");
    const member = await tx.workingGroupMember.create({
      data: {
        schemeId: scheme.id,
        email,
        tokenHash: hashWorkingGroupToken(token),
        locale: input.locale,
        expiresAt: invitationExpiry(now),
        invitedById: input.actor.id,
      },
    });
    await enqueueEmail(tx, {
      to: email,
      locale: input.locale,
      template: "working-group-invitation",
      payload: {
        schemeTitle: translated(scheme.title, input.locale).text,
        funderName: scheme.funder.name,
        inviterName: input.actor.name || input.actor.email,
        link: `${config().appUrl}/working-group/${token}`,
        expiresAt: member.expiresAt.toISOString(),
      },
      dedupeKey: `working-group-invitation:${member.id}`,
    });
    await audit(tx, {
      actorId: input.actor.id,
      action: "forms.working-group-invited",
      entity: { type: "Scheme", id: scheme.id },
      funderId: input.funderId,
      detail: { memberId: member.id, email, locale: input.locale },
    });
    return { ok: true, email };
  });
  if (result.ok) nudgeMailWorker();
  return result;
}

export async function workingGroupMembers(schemeId: string) {
  const rows = await db().workingGroupMember.findMany({
    where: { schemeId },
    orderBy: { createdAt: "asc" },
  });
  const users = await db().user.findMany({
    where: { id: { in: rows.map((row) => row.userId).filter((id): id is string => Boolean(id)) } },
    select: { id: true, name: true, email: true },
  });
  const byId = new Map(users.map((user) => [user.id, user]));
  const now = new Date();
  return rows.map((row) => ({
    id: row.id,
    email: row.email,
    locale: row.locale,
    state: workingGroupState(row, now),
    canRevoke: row.revokedAt === null,
    user: row.userId ? (byId.get(row.userId) ?? null) : null,
  }));
}

/** A member taken out of the group reads as removed, not as the invitation she once accepted. */
function workingGroupState(
  row: { acceptedAt: Date | null; revokedAt: Date | null; expiresAt: Date },
  now: Date,
): InvitationState | "removed" {
  if (row.revokedAt && row.acceptedAt) return "removed";
  return invitationState(row, now);
}

/**
 * Takes a member out of the group, or cancels an invitation she has not used. Her access to the
 * scheme's forms ends with this transaction: every check reads only rows in force. What she
 * already suggested stays, as part of the form's history.
 */
export async function revokeWorkingGroupMember(input: {
  actorId: string;
  funderId: string;
  schemeId: string;
  memberId: string;
}): Promise<boolean> {
  return db().$transaction(async (tx) => {
    const row = await tx.workingGroupMember.findFirst({
      where: { id: input.memberId, schemeId: input.schemeId, scheme: { funderId: input.funderId } },
      select: { id: true, email: true, acceptedAt: true },
    });
    if (!row) return false;
    const revoked = await tx.workingGroupMember.updateMany({
      where: { id: row.id, ...inForce },
      data: { revokedAt: new Date() },
    });
    if (revoked.count !== 1) return false;
    await audit(tx, {
      actorId: input.actorId,
      action: "forms.working-group-revoked",
      entity: { type: "Scheme", id: input.schemeId },
      funderId: input.funderId,
      detail: { memberId: row.id, email: row.email, wasMember: row.acceptedAt !== null },
    });
    return true;
  });
}

export type WorkingGroupInvitationView =
  | { state: "unknown" }
  | { state: Exclude<InvitationState, "pending">; schemeId?: string }
  | { state: "pending"; schemeTitle: unknown; funderName: string; expiresAt: Date };

export async function workingGroupInvitation(
  token: string,
  now = new Date(),
): Promise<WorkingGroupInvitationView> {
  const row = await db().workingGroupMember.findUnique({
    where: { tokenHash: hashWorkingGroupToken(token) },
    include: { scheme: { include: { funder: true } } },
  });
  if (!row) return { state: "unknown" };
  const state = invitationState(row, now);
  if (state !== "pending") return { state, schemeId: row.schemeId };
  return {
    state,
    schemeTitle: row.scheme.title,
    funderName: row.scheme.funder.name,
    expiresAt: row.expiresAt,
  };
}

export type WorkingGroupAcceptResult =
  | { ok: true; schemeId: string }
  | { ok: false; state: "unknown" | Exclude<InvitationState, "pending"> };

/** Joins the signed-in person to the group. Her address need not be the invited one. */
export async function acceptWorkingGroupInvitation(
  token: string,
  user: { id: string; email: string },
): Promise<WorkingGroupAcceptResult> {
  const now = new Date();
  return db().$transaction(async (tx): Promise<WorkingGroupAcceptResult> => {
    const row = await tx.workingGroupMember.findUnique({
      where: { tokenHash: hashWorkingGroupToken(token) },
    });
    if (!row) return { ok: false, state: "unknown" };
    // Conditional update: of two clicks at once, only one uses the link.
    const claimed = await tx.workingGroupMember.updateMany({
      where: { id: row.id, acceptedAt: null, expiresAt: { gt: now }, ...inForce },
      data: { acceptedAt: now, userId: user.id },
    });
    if (claimed.count !== 1) {
      const state = invitationState(row, now);
      return { ok: false, state: state === "pending" ? "accepted" : state };
    }
    const scheme = await tx.scheme.findUniqueOrThrow({
      where: { id: row.schemeId },
      select: { funderId: true },
    });
    await audit(tx, {
      actorId: user.id,
      action: "forms.working-group-joined",
      entity: { type: "Scheme", id: row.schemeId },
      funderId: scheme.funderId,
      detail: { memberId: row.id, invitedEmail: row.email, acceptedAs: user.email },
    });
    return { ok: true, schemeId: row.schemeId };
  });
}

/** The versions a member can read: open consultations first, then the ones she helped shape. */
export async function consultationsFor(userId: string) {
  const memberships = await db().workingGroupMember.findMany({
    where: { userId, acceptedAt: { not: null }, ...inForce },
    select: { schemeId: true },
  });
  const schemeIds = [...new Set(memberships.map((m) => m.schemeId))];
  const versions = await db().formVersion.findMany({
    where: {
      schemeId: { in: schemeIds },
      status: { in: [...workingGroupStatuses] },
    },
    include: {
      scheme: { select: { title: true, slug: true } },
      _count: { select: { suggestions: { where: { authorId: userId } } } },
    },
    orderBy: [{ updatedAt: "desc" }],
  });
  return versions.sort(
    (a, b) => Number(isOpenForSuggestions(b.status)) - Number(isOpenForSuggestions(a.status)),
  );
}
