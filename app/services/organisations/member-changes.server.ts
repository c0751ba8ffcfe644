import type { OrganisationRole } from "~/domain/access/permissions";
import { ERR } from "~/domain/organisations/members-form";
import {
  invitationGone as gone,
  memberGone as left,
  type MembersChange,
  type MembersReply,
} from "~/domain/shared/members-form";
import { invitationLimitErrorKey } from "~/domain/shared/invitation-limits";
import { fieldError } from "~/domain/shared/validation";
import { inviteMember, resendInvitation, revokeInvitation } from "./invitations.server";
import { changeMemberRole, removeMember } from "./organisation-members.server";
import { forbidden, type SignedInUser } from "~/services/access/permissions.server";

/**
 * Carries out one change from an organisation's members page and says what the page shows
 * next. Someone who takes away her own right to manage members leaves the page instead.
 */

export type MembersOutcome =
  { ok: true; reply: MembersReply } | { ok: false; reply: MembersReply } | { leaveTo: string };

const done = (intent: string, key: string, values: Record<string, string>): MembersOutcome => ({
  ok: true,
  reply: { intent, done: { key, values } },
});
const refused = (reply: MembersReply): MembersOutcome => ({ ok: false, reply });
const invitationGone = (intent: string) => gone(intent, ERR);
const memberGone = (intent: string) => left(intent, ERR);

export async function changeMembers(
  user: SignedInUser,
  organisationId: string,
  change: MembersChange<OrganisationRole>,
): Promise<MembersOutcome> {
  const { intent } = change;
  const inviter = { id: user.id, name: user.name, email: user.email };

  switch (change.intent) {
    case "invite": {
      const { email, role, locale } = change;
      const result = await inviteMember({ organisationId, inviter, email, role, locale });
      if (result.ok) return done(intent, "members.invited", { email });
      const values = { email, role, locale };
      if (result.reason === "already-invited") {
        return refused({
          intent,
          values,
          errors: { email: fieldError(`${ERR}.alreadyInvited`, { email }) },
          resendInvitationId: result.invitationId,
        });
      }
      if (result.reason === "already-member") {
        return refused({
          intent,
          values,
          errors: { email: fieldError(`${ERR}.alreadyMember`, { email }) },
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
      const result = await resendInvitation({
        organisationId,
        invitationId: change.invitationId,
        inviter,
      });
      if (result.ok) return done(intent, "members.resent", { email: result.email });
      if (result.reason === "already-member") {
        return refused({
          intent,
          errors: { invitations: fieldError(`${ERR}.alreadyMemberNoEmail`) },
        });
      }
      if (result.reason === "limited") {
        return refused({
          intent,
          errors: { invitations: fieldError(invitationLimitErrorKey(result.limit)) },
        });
      }
      return refused(invitationGone(intent));
    }
    case "revoke": {
      const revoked = await revokeInvitation({
        organisationId,
        invitationId: change.invitationId,
        actorId: user.id,
      });
      return revoked ? done(intent, "members.revoked", {}) : refused(invitationGone(intent));
    }
    case "change-role": {
      const { memberId, role } = change;
      const result = await changeMemberRole({ organisationId, memberId, role, actorId: user.id });
      if (!result.ok) {
        if (result.reason === "not-found") return refused(memberGone(intent));
        return refused({
          intent,
          errors: {
            [`member-${memberId}`]: fieldError(`${ERR}.lastOwnerDemote`, { name: result.name }),
          },
        });
      }
      // Someone who steps down can no longer manage members, so she goes back to the profile.
      if (result.userId === user.id && role !== "OWNER" && !user.isPlatformAdmin) {
        return { leaveTo: `/organisations/${organisationId}?notice=saved` };
      }
      return done(intent, "members.roleChanged", { name: result.name, role });
    }
    case "remove": {
      const { memberId } = change;
      const result = await removeMember({ organisationId, memberId, actorId: user.id });
      if (!result.ok) {
        if (result.reason === "not-found") return refused(memberGone(intent));
        return refused({
          intent,
          errors: {
            [`member-${memberId}`]: fieldError(`${ERR}.lastOwnerRemove`, { name: result.name }),
          },
        });
      }
      if (result.userId === user.id && !user.isPlatformAdmin) return { leaveTo: "/my" };
      return done(intent, "members.removed", { name: result.name });
    }
  }
}
