import type { FunderRole } from "~/domain/access/permissions";
import { invitationLimitErrorKey } from "~/domain/shared/invitation-limits";
import { fieldError } from "~/domain/shared/validation";
import {
  invitationGone,
  memberGone,
  type MembersChange,
  type MembersReply,
} from "~/domain/shared/members-form";
import { TEAM_ERR } from "~/domain/teams/team-form";
import type { Locale } from "~/domain/shared/locales";
import { forbidden, type SignedInUser } from "~/services/access/permissions.server";
import {
  inviteToTeam,
  resendTeamInvitation,
  revokeTeamInvitation,
} from "./team-invitations.server";
import { changeTeamRole, removeFromTeam, type TeamChangeResult } from "./team-members.server";

/**
 * Carries out one change from a funder's team page and says what the page shows next. Someone
 * who takes away her own right to manage the team leaves the page instead.
 */

export type TeamOutcome =
  { ok: true; reply: MembersReply } | { ok: false; reply: MembersReply } | { leaveTo: string };

const done = (intent: string, key: string, values: Record<string, string>): TeamOutcome => ({
  ok: true,
  reply: { intent, done: { key, values } },
});
const refused = (reply: MembersReply): TeamOutcome => ({ ok: false, reply });

function refusedChange(
  intent: string,
  memberId: string,
  result: Extract<TeamChangeResult, { ok: false }>,
  lastAdminKey: string,
): TeamOutcome {
  if (result.reason === "not-found") return refused(memberGone(intent, TEAM_ERR));
  return refused({
    intent,
    errors: { [`member-${memberId}`]: fieldError(lastAdminKey, { name: result.name }) },
  });
}

export async function changeTeam(
  user: SignedInUser,
  funderId: string,
  change: MembersChange<FunderRole>,
): Promise<TeamOutcome> {
  const { intent } = change;
  const inviter = { id: user.id, name: user.name, email: user.email };
  const stillManages = (userId: string, role: FunderRole | null) =>
    userId !== user.id || role === "ADMIN" || user.isPlatformAdmin;

  switch (change.intent) {
    case "invite": {
      const { email, role } = change;
      const locale = change.locale as Locale;
      const result = await inviteToTeam({ funderId, inviter, email, role, locale });
      if (result.ok) return done(intent, "members.invited", { email });
      const values = { email, role, locale };
      if (result.reason === "already-invited") {
        return refused({
          intent,
          values,
          errors: { email: fieldError(`${TEAM_ERR}.alreadyInvited`, { email }) },
          resendInvitationId: result.invitationId,
        });
      }
      if (result.reason === "already-member") {
        return refused({
          intent,
          values,
          errors: { email: fieldError(`${TEAM_ERR}.alreadyMember`, { email }) },
        });
      }
      if (result.reason === "limited") {
        return refused({
          intent,
          values,
          errors: { email: fieldError(invitationLimitErrorKey(result.limit)) },
        });
      }
      throw forbidden();
    }
    case "resend": {
      const result = await resendTeamInvitation({
        funderId,
        invitationId: change.invitationId,
        inviter,
      });
      if (result.ok) return done(intent, "members.resent", { email: result.email });
      if (result.reason === "already-member") {
        return refused({
          intent,
          errors: { invitations: fieldError(`${TEAM_ERR}.alreadyMemberNoEmail`) },
        });
      }
      if (result.reason === "limited") {
        return refused({
          intent,
          errors: { invitations: fieldError(invitationLimitErrorKey(result.limit)) },
        });
      }
      return refused(invitationGone(intent, TEAM_ERR));
    }
    case "revoke": {
      const revoked = await revokeTeamInvitation({
        funderId,
        invitationId: change.invitationId,
        actorId: user.id,
      });
      return revoked
        ? done(intent, "members.revoked", {})
        : refused(invitationGone(intent, TEAM_ERR));
    }
    case "change-role": {
      const { memberId, role } = change;
      const result = await changeTeamRole({ funderId, memberId, role, actorId: user.id });
      if (!result.ok) return refusedChange(intent, memberId, result, `${TEAM_ERR}.lastAdminDemote`);
      if (!stillManages(result.userId, role)) return { leaveTo: `/fund/${funderId}` };
      return done(intent, "members.roleChanged", { name: result.name, role });
    }
    case "remove": {
      const { memberId } = change;
      const result = await removeFromTeam({ funderId, memberId, actorId: user.id });
      if (!result.ok) return refusedChange(intent, memberId, result, `${TEAM_ERR}.lastAdminRemove`);
      if (!stillManages(result.userId, null)) return { leaveTo: "/my" };
      return done(intent, "members.removed", { name: result.name });
    }
  }
}
