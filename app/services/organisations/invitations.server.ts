import type { OrganisationRole } from "~/domain/access/permissions";
import type { ClosedInvitationState } from "~/domain/shared/invitations";
import type { Locale } from "~/domain/shared/locales";
import type { OrganisationInvitation } from "~/generated/client-sqlite/client";
import { db, type Tx } from "~/services/platform/db.server";
import {
  accept,
  findByToken,
  invite,
  resend,
  revoke,
  waiting,
  type AcceptResult,
  type FoundBy,
  type InvitationKind,
  type InviteResult,
  type Inviter,
  type ResendRules,
} from "~/services/platform/invitations.server";
import { lockOrganisation } from "./organisations.server";

/**
 * Emailed invitations to join an organisation, through the shared invitation lifecycle: the
 * link works for 7 days, and accepting it makes her a member.
 */

type OrganisationScope = { organisationId: string };

const entity = (organisationId: string) => ({ type: "Organisation", id: organisationId });

const byToken = (tx: Tx, tokenHash: string) =>
  tx.organisationInvitation.findUnique({
    where: { tokenHash },
    include: { organisation: { select: { name: true } } },
  });

const organisationInvitations: InvitationKind<
  {
    scope: OrganisationScope;
    row: OrganisationInvitation;
    offer: { role: OrganisationRole };
    found: FoundBy<typeof byToken>;
    granted: { organisationId: string };
  },
  "organisation-invitation"
> = {
  limits: { kind: "organisation", owner: (scope) => scope.organisationId },
  template: "organisation-invitation",
  linkPath: "/invitations",
  table: (tx) => tx.organisationInvitation,
  owner: (scope) => ({ organisationId: scope.organisationId }),
  offerOf: (row) => ({ role: row.role }),
  guard: (tx, scope) => lockOrganisation(tx, scope.organisationId),
  isMember: async (tx, scope, email) =>
    (await tx.organisationMember.count({
      where: { organisationId: scope.organisationId, user: { email } },
    })) > 0,
  email: async (tx, scope, { offer }) => {
    const organisation = await tx.organisation.findUniqueOrThrow({
      where: { id: scope.organisationId },
      select: { name: true },
    });
    return { organisationName: organisation.name, role: offer.role };
  },
  audit: {
    target: (scope) => ({ entity: entity(scope.organisationId) }),
    invited: "organisations.member-invited",
    revoked: "organisations.invitation-revoked",
    accepted: "organisations.invitation-accepted",
  },
  byToken,
  /**
   * Someone already in the organisation keeps her place, and is made an OWNER if that is what
   * the invitation offered.
   */
  grant: async (tx, invitation, user) => {
    const { organisationId, role } = invitation;
    const existing = await tx.organisationMember.findUnique({
      where: { organisationId_userId: { organisationId, userId: user.id } },
    });
    if (!existing) {
      await tx.organisationMember.create({ data: { organisationId, userId: user.id, role } });
    } else if (role === "OWNER" && existing.role !== "OWNER") {
      await tx.organisationMember.update({ where: { id: existing.id }, data: { role: "OWNER" } });
    }
    return {
      result: { organisationId },
      target: { entity: entity(organisationId) },
      detail: { role, alreadyMember: Boolean(existing) },
    };
  },
};

/**
 * A link cancelled by hand can still be sent again; every link still waiting for the address
 * stops working, not only the one clicked.
 */
const resendRules: ResendRules<OrganisationInvitation> = {
  action: "organisations.invitation-resent",
  from: { acceptedAt: null },
  retires: waiting,
  detail: (previous) => ({ email: previous.email, role: previous.role }),
};

export function inviteMember(input: {
  organisationId: string;
  inviter: Inviter;
  email: string;
  role: OrganisationRole;
  locale: Locale;
}): Promise<InviteResult> {
  const { organisationId, role, ...invitee } = input;
  return invite(organisationInvitations, { organisationId }, { ...invitee, offer: { role } });
}

/** Sends a fresh link for an invitation that was not used; the old link stops working. */
export function resendInvitation(input: {
  organisationId: string;
  invitationId: string;
  inviter: Inviter;
}): Promise<InviteResult> {
  return resend(organisationInvitations, resendRules, input, input);
}

export function revokeInvitation(input: {
  organisationId: string;
  invitationId: string;
  actorId: string;
}) {
  return revoke(organisationInvitations, input, input);
}

export async function pendingInvitations(organisationId: string, now = new Date()) {
  return db().organisationInvitation.findMany({
    where: { organisationId, ...waiting(now) },
    orderBy: { createdAt: "asc" },
    select: { id: true, email: true, role: true, locale: true, expiresAt: true },
  });
}

export type InvitationView =
  | { state: ClosedInvitationState }
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
  const link = await findByToken(organisationInvitations, token, now);
  if (link.state !== "pending") return { state: link.state };
  const { found } = link;
  const inviter = found.invitedById
    ? await db().user.findUnique({
        where: { id: found.invitedById },
        select: { name: true, email: true },
      })
    : null;
  return {
    state: "pending",
    organisationName: found.organisation.name,
    role: found.role,
    email: found.email,
    inviterName: inviter ? inviter.name || inviter.email : null,
    expiresAt: found.expiresAt,
  };
}

/** Adds the signed-in person to the organisation (see the grant above). */
export function acceptInvitation(
  token: string,
  user: { id: string; email: string },
): Promise<AcceptResult<{ organisationId: string }>> {
  return accept(organisationInvitations, token, user);
}
