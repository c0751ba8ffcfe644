import {
  invitationState,
  type ClosedInvitationState,
  type InvitationState,
} from "~/domain/shared/invitations";
import type { Locale } from "~/domain/shared/locales";
import { can, type Actor } from "~/domain/access/permissions";
import { translated } from "~/domain/shared/translated-text";
import type { WorkingGroupMember } from "~/generated/client-sqlite/client";
import { db, type Tx } from "~/services/platform/db.server";
import {
  accept,
  findByToken,
  invite,
  revoke,
  type AcceptResult,
  type FoundBy,
  type InvitationKind,
  type InviteResult,
} from "~/services/platform/invitations.server";
import { forbidden } from "~/services/access/permissions.server";
import { isOpenForSuggestions, workingGroupStatuses } from "~/domain/forms/version-lifecycle";

/**
 * The community working group that co-designs a scheme's form. Members need no other role:
 * an emailed link (the shared invitation lifecycle) makes them members of that one scheme's
 * group, which lets them read its forms in consultation and make suggestions (the policy's
 * "consultation" resource; the way in is requireConsultation). Its rows are both the
 * invitation and the membership. Staff can take a membership or an invitation back
 * (revokedAt): she then loses the scheme's forms at once.
 */

export type WorkingGroupInviteResult = InviteResult;

/** A row still in force: not taken back by staff. */
const inForce = { revokedAt: null };

type WorkingGroupScope = { schemeId: string; funderId: string };

const schemeEntity = (schemeId: string) => ({ type: "Scheme", id: schemeId });

const byToken = (tx: Tx, tokenHash: string) =>
  tx.workingGroupMember.findUnique({
    where: { tokenHash },
    include: {
      scheme: { select: { title: true, funderId: true, funder: { select: { name: true } } } },
    },
  });

const workingGroupInvitations: InvitationKind<
  {
    scope: WorkingGroupScope;
    row: WorkingGroupMember;
    offer: Record<string, never>;
    found: FoundBy<typeof byToken>;
    granted: { schemeId: string };
  },
  "working-group-invitation"
> = {
  limits: { kind: "working-group", owner: (scope) => scope.funderId },
  template: "working-group-invitation",
  linkPath: "/working-group",
  table: (tx) => tx.workingGroupMember,
  owner: (scope) => ({ schemeId: scope.schemeId }),
  inScope: (scope) => ({ schemeId: scope.schemeId, scheme: { funderId: scope.funderId } }),
  offerOf: () => ({}),
  // A scheme of another funder is refused as any record the inviter may not change.
  guard: async (tx, scope) => {
    const scheme = await tx.scheme.findFirst({
      where: { id: scope.schemeId, funderId: scope.funderId },
      select: { id: true },
    });
    if (!scheme) throw forbidden();
    return true;
  },
  isMember: async (tx, scope, email) =>
    (await tx.workingGroupMember.count({
      where: { schemeId: scope.schemeId, email, acceptedAt: { not: null }, ...inForce },
    })) > 0,
  email: async (tx, scope, { locale }) => {
    const scheme = await tx.scheme.findUniqueOrThrow({
      where: { id: scope.schemeId },
      select: { title: true, funder: { select: { name: true } } },
    });
    return {
      schemeTitle: translated(scheme.title, locale as Locale).text,
      funderName: scheme.funder.name,
    };
  },
  audit: {
    target: (scope) => ({ entity: schemeEntity(scope.schemeId), funderId: scope.funderId }),
    invited: "forms.working-group-invited",
    revoked: "forms.working-group-revoked",
    accepted: "forms.working-group-joined",
  },
  rowKey: "memberId",
  // Taking her out of the group is cancelling the row, used or not.
  revocable: inForce,
  revokedDetail: (row) => ({ email: row.email, wasMember: row.acceptedAt !== null }),
  byToken,
  claimedBy: (user) => ({ userId: user.id }),
  grant: async (_tx, row) => ({
    result: { schemeId: row.schemeId },
    target: { entity: schemeEntity(row.schemeId), funderId: row.scheme.funderId },
  }),
};

export async function inviteWorkingGroupMember(input: {
  actor: Actor & { name: string | null; email: string };
  funderId: string;
  schemeId: string;
  email: string;
  locale: Locale;
}): Promise<WorkingGroupInviteResult> {
  if (!can(input.actor, "edit", { type: "funder", funderId: input.funderId })) throw forbidden();
  return invite(
    workingGroupInvitations,
    { schemeId: input.schemeId, funderId: input.funderId },
    { inviter: input.actor, email: input.email, locale: input.locale, offer: {} },
  );
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
export function revokeWorkingGroupMember(input: {
  actorId: string;
  funderId: string;
  schemeId: string;
  memberId: string;
}): Promise<boolean> {
  return revoke(workingGroupInvitations, input, {
    invitationId: input.memberId,
    actorId: input.actorId,
  });
}

export type WorkingGroupInvitationView =
  | { state: "unknown" }
  | { state: Exclude<ClosedInvitationState, "unknown">; schemeId: string }
  | { state: "pending"; schemeTitle: unknown; funderName: string; expiresAt: Date };

export async function workingGroupInvitation(
  token: string,
  now = new Date(),
): Promise<WorkingGroupInvitationView> {
  const link = await findByToken(workingGroupInvitations, token, now);
  if (link.state === "unknown") return { state: "unknown" };
  const row = link.found;
  if (link.state !== "pending") return { state: link.state, schemeId: row.schemeId };
  return {
    state: "pending",
    schemeTitle: row.scheme.title,
    funderName: row.scheme.funder.name,
    expiresAt: row.expiresAt,
  };
}

export type WorkingGroupAcceptResult = AcceptResult<{ schemeId: string }>;

/** Joins the signed-in person to the group. Her address need not be the invited one. */
export function acceptWorkingGroupInvitation(
  token: string,
  user: { id: string; email: string },
): Promise<WorkingGroupAcceptResult> {
  return accept(workingGroupInvitations, token, user);
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
