import type { FunderRole } from "~/domain/access/permissions";
import type { ClosedInvitationState } from "~/domain/shared/invitations";
import type { Locale } from "~/domain/shared/locales";
import type { FunderInvitation } from "~/generated/client-sqlite/client";
import { db, type Tx } from "~/services/platform/db.server";
import { invitationLimitFor } from "~/services/platform/invitation-limits.server";
import {
  accept,
  findByToken,
  inviteWithin,
  resend,
  revoke,
  unused,
  type AcceptResult,
  type FoundBy,
  type InvitationKind,
  type InviteResult,
  type Inviter,
  type ResendRules,
} from "~/services/platform/invitations.server";
import { nudgeMailWorker } from "~/services/platform/mail-worker.server";
import { lockFunder, teamEntity } from "./team-members.server";

/**
 * Emailed invitations to join a funder's team, in the invitee's language, through the shared
 * invitation lifecycle: the link works for 7 days, and accepting it puts her on the team.
 */

type TeamScope = { funderId: string };

const byToken = (tx: Tx, tokenHash: string) =>
  tx.funderInvitation.findUnique({
    where: { tokenHash },
    include: { funder: { select: { name: true, deactivatedAt: true } } },
  });

const teamInvitations: InvitationKind<
  {
    scope: TeamScope;
    row: FunderInvitation;
    offer: { role: FunderRole };
    found: FoundBy<typeof byToken>;
    granted: { funderId: string };
  },
  "team-invitation"
> = {
  limits: { kind: "funder-team", owner: (scope) => scope.funderId },
  template: "team-invitation",
  linkPath: "/team-invitations",
  table: (tx) => tx.funderInvitation,
  owner: (scope) => ({ funderId: scope.funderId }),
  offerOf: (row) => ({ role: row.role }),
  guard: (tx, scope) => lockFunder(tx, scope.funderId),
  isMember: async (tx, scope, email) =>
    (await tx.funderMember.count({ where: { funderId: scope.funderId, user: { email } } })) > 0,
  email: async (tx, scope, { offer }) => {
    const funder = await tx.funder.findUniqueOrThrow({
      where: { id: scope.funderId },
      select: { name: true },
    });
    return { funderName: funder.name, role: offer.role };
  },
  audit: {
    target: (scope) => ({ entity: teamEntity(scope.funderId), funderId: scope.funderId }),
    invited: "teams.member-invited",
    revoked: "teams.invitation-revoked",
    accepted: "teams.invitation-accepted",
  },
  byToken,
  // A deactivated funder's links stop working with its pages.
  closedBy: (invitation) => (invitation.funder.deactivatedAt ? "revoked" : null),
  /**
   * Someone already on the team takes the invited role, unless that would leave the funder with
   * no administrator.
   */
  grant: async (tx, invitation, user) => {
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
    return {
      result: { funderId },
      target: { entity: teamEntity(funderId), funderId },
      detail: { role, alreadyMember: Boolean(existing) },
    };
  },
};

const resendRules: ResendRules<FunderInvitation> = {
  action: "teams.invitation-resent",
  detail: () => ({}),
};

export type TeamInviteResult = InviteResult;

type Invite = {
  funderId: string;
  inviter: Inviter;
  email: string;
  role: FunderRole;
  locale: Locale;
};

/** Invites her within the caller's transaction (creating a funder invites its first admin). */
export function inviteToTeamIn(tx: Tx, input: Invite): Promise<TeamInviteResult> {
  const { funderId, role, ...invitee } = input;
  return inviteWithin(
    tx,
    teamInvitations,
    { funderId },
    { ...invitee, offer: { role } },
    { limited: false },
  );
}

/**
 * A funder admin's invitation, within the invitation limits. A platform administrator inviting a
 * funder's first admin (inviteToTeamIn) runs the service and is not limited.
 */
export async function inviteToTeam(input: Invite): Promise<TeamInviteResult> {
  const result = await db().$transaction(async (tx): Promise<TeamInviteResult> => {
    const limit = await invitationLimitFor(tx, {
      kind: "funder-team",
      senderId: input.inviter.id,
      ownerId: input.funderId,
      now: new Date(),
    });
    if (limit) return { ok: false, reason: "limited", limit };
    return inviteToTeamIn(tx, input);
  });
  if (result.ok) nudgeMailWorker();
  return result;
}

/** Sends a fresh link for an invitation nobody used; every older link for her stops working. */
export function resendTeamInvitation(input: {
  funderId: string;
  invitationId: string;
  inviter: Inviter;
}): Promise<TeamInviteResult> {
  return resend(teamInvitations, resendRules, { funderId: input.funderId }, input);
}

export function revokeTeamInvitation(input: {
  funderId: string;
  invitationId: string;
  actorId: string;
}) {
  return revoke(teamInvitations, { funderId: input.funderId }, input);
}

/** Invitations not yet used or cancelled, expired ones included so they can be sent again. */
export async function openTeamInvitations(funderId: string) {
  return db().funderInvitation.findMany({
    where: { funderId, ...unused },
    orderBy: { createdAt: "asc" },
    select: { id: true, email: true, role: true, locale: true, expiresAt: true },
  });
}

export type TeamInvitationView =
  | { state: ClosedInvitationState }
  | { state: "pending"; funderName: string; role: FunderRole; email: string; expiresAt: Date };

/** What the link shows, before anyone accepts it. */
export async function teamInvitationByToken(
  token: string,
  now = new Date(),
): Promise<TeamInvitationView> {
  const link = await findByToken(teamInvitations, token, now);
  if (link.state !== "pending") return { state: link.state };
  const { found } = link;
  return {
    state: "pending",
    funderName: found.funder.name,
    role: found.role,
    email: found.email,
    expiresAt: found.expiresAt,
  };
}

export type TeamAcceptResult = AcceptResult<{ funderId: string }>;

/** Puts the signed-in person on the team with the invited role (see the grant above). */
export function acceptTeamInvitation(
  token: string,
  user: { id: string; email: string },
): Promise<TeamAcceptResult> {
  return accept(teamInvitations, token, user);
}
