import type { PanelRole } from "~/domain/access/permissions";
import { panelInvitationExpiry } from "~/domain/panels/membership";
import type { ClosedInvitationState } from "~/domain/shared/invitations";
import type { Locale } from "~/domain/shared/locales";
import { translated } from "~/domain/shared/translated-text";
import type { PanelInvitation } from "~/generated/client-sqlite/client";
import { db, type Tx } from "~/services/platform/db.server";
import {
  accept,
  findByToken,
  invite,
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
import { panelEntity } from "./panel-setup.server";

/**
 * Emailed invitations to sit on a panel, in the invitee's language, through the shared
 * invitation lifecycle: the link works for 14 days, and accepting it seats her on the panel.
 */

type PanelScope = { panelId: string; funderId: string };

const byToken = (tx: Tx, tokenHash: string) =>
  tx.panelInvitation.findUnique({
    where: { tokenHash },
    include: {
      panel: {
        select: {
          name: true,
          round: {
            select: { scheme: { select: { funderId: true, funder: { select: { name: true } } } } },
          },
        },
      },
    },
  });

const panelInvitations: InvitationKind<
  {
    scope: PanelScope;
    row: PanelInvitation;
    offer: { role: PanelRole };
    found: FoundBy<typeof byToken>;
    granted: { panelId: string };
  },
  "panel-invitation"
> = {
  limits: { kind: "panel", owner: (scope) => scope.funderId },
  template: "panel-invitation",
  linkPath: "/panel-invitations",
  validUntil: panelInvitationExpiry,
  table: (tx) => tx.panelInvitation,
  owner: (scope) => ({ panelId: scope.panelId }),
  offerOf: (row) => ({ role: row.role }),
  isMember: async (tx, scope, email) =>
    (await tx.panelMember.count({
      where: { panelId: scope.panelId, removedAt: null, user: { email } },
    })) > 0,
  email: async (tx, scope, { offer, locale }) => {
    const panel = await tx.panel.findUniqueOrThrow({
      where: { id: scope.panelId },
      select: {
        name: true,
        round: {
          select: { name: true, scheme: { select: { funder: { select: { name: true } } } } },
        },
      },
    });
    return {
      panelName: panel.name,
      roundName: translated(panel.round.name, locale as Locale).text,
      funderName: panel.round.scheme.funder.name,
      role: offer.role,
    };
  },
  audit: {
    target: (scope) => ({ entity: panelEntity(scope.panelId), funderId: scope.funderId }),
    invited: "panels.member-invited",
    revoked: "panels.invitation-revoked",
    accepted: "panels.invitation-accepted",
  },
  byToken,
  /** Someone removed earlier is seated again; someone already on it takes the invited role. */
  grant: async (tx, invitation, user) => {
    const { panelId, role } = invitation;
    await tx.panelMember.upsert({
      where: { panelId_userId: { panelId, userId: user.id } },
      create: { panelId, userId: user.id, role },
      update: { role, removedAt: null },
    });
    return {
      result: { panelId },
      target: { entity: panelEntity(panelId), funderId: invitation.panel.round.scheme.funderId },
      detail: { role },
    };
  },
};

const resendRules: ResendRules<PanelInvitation> = {
  action: "panels.invitation-resent",
  detail: (previous) => ({ email: previous.email }),
};

export type PanelInviteResult = InviteResult;

export function invitePanelMember(input: {
  panelId: string;
  funderId: string;
  inviter: Inviter;
  email: string;
  role: PanelRole;
  locale: Locale;
}): Promise<PanelInviteResult> {
  const { panelId, funderId, role, ...invitee } = input;
  return invite(panelInvitations, { panelId, funderId }, { ...invitee, offer: { role } });
}

/** Sends a fresh link for an invitation nobody used; every older link for her stops working. */
export function resendPanelInvitation(input: {
  panelId: string;
  funderId: string;
  invitationId: string;
  inviter: Inviter;
}): Promise<PanelInviteResult> {
  return resend(panelInvitations, resendRules, input, input);
}

export function revokePanelInvitation(input: {
  panelId: string;
  funderId: string;
  invitationId: string;
  actorId: string;
}) {
  return revoke(panelInvitations, input, input);
}

/** Invitations not yet used or cancelled, expired ones included so staff can send them again. */
export async function openPanelInvitations(panelId: string) {
  return db().panelInvitation.findMany({
    where: { panelId, ...unused },
    orderBy: { createdAt: "asc" },
    select: { id: true, email: true, role: true, locale: true, expiresAt: true },
  });
}

export type PanelInvitationView =
  | { state: ClosedInvitationState }
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
  const link = await findByToken(panelInvitations, token, now);
  if (link.state !== "pending") return { state: link.state };
  const { found } = link;
  return {
    state: "pending",
    panelName: found.panel.name,
    funderName: found.panel.round.scheme.funder.name,
    role: found.role,
    email: found.email,
    expiresAt: found.expiresAt,
  };
}

export type PanelAcceptResult = AcceptResult<{ panelId: string }>;

/** Seats the signed-in person on the panel with the invited role (see the grant above). */
export function acceptPanelInvitation(
  token: string,
  user: { id: string; email: string },
): Promise<PanelAcceptResult> {
  return accept(panelInvitations, token, user);
}
