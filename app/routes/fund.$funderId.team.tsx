import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { ErrorSummary } from "~/components/shared/form-field";
import { DoneNotice } from "~/components/shared/members/done-notice";
import type { MembersPageKind } from "~/components/shared/members/form-parts";
import { InvitationList } from "~/components/shared/members/invitation-list";
import { InviteForm } from "~/components/shared/members/invite-form";
import { MemberList } from "~/components/shared/members/member-list";
import { membersAnswer } from "~/components/shared/members/members-answer";
import { isolate } from "~/domain/shared/bidi";
import { isLocale, localeNames } from "~/domain/shared/locales";
import { readMembersForm, type MembersReply } from "~/domain/shared/members-form";
import { teamMembersForm } from "~/domain/teams/team-form";
import { teamRoles } from "~/domain/teams/team-rules";
import { requireFunder } from "~/services/schemes/scheme-access.server";
import { changeTeam } from "~/services/teams/team-changes.server";
import { openTeamInvitations } from "~/services/teams/team-invitations.server";
import { teamMembers } from "~/services/teams/team-members.server";

/** A funder's team, for its administrators: who is on it, invitations, roles, removals. */

export const meta: MetaFunction = () => [{ title: "Withfund" }];

const kind: MembersPageKind = { namespace: "teams", roles: teamRoles };

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { user, funder } = await requireFunder(request, params, "manage-members");
  const [members, invitations] = await Promise.all([
    teamMembers(funder.id),
    openTeamInvitations(funder.id),
  ]);
  return {
    id: funder.id,
    name: funder.name,
    members: members.map((member) => ({
      id: member.id,
      name: member.user.name || member.user.email,
      email: member.user.email,
      role: member.role,
      isYou: member.userId === user.id,
    })),
    invitations: invitations.map((invitation) => ({
      id: invitation.id,
      email: invitation.email,
      role: invitation.role,
      language: isLocale(invitation.locale) ? localeNames[invitation.locale] : invitation.locale,
      expiresAt: invitation.expiresAt.toISOString(),
    })),
    // Staff emails start in the funder's language; the inviter picks another for the invitee.
    defaultLocale: funder.defaultLocale,
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { user, funder } = await requireFunder(request, params, "manage-members");
  const read = readMembersForm(await request.formData(), teamMembersForm);
  if (!read) throw new Response("Bad request", { status: 400 });
  if (!read.ok) return data<MembersReply>(read.reply, { status: 400 });
  const outcome = await changeTeam(user, funder.id, read.change);
  if ("leaveTo" in outcome) throw redirect(outcome.leaveTo);
  return data<MembersReply>(outcome.reply, { status: outcome.ok ? 200 : 400 });
}

export default function FunderTeam() {
  const page = useLoaderData<typeof loader>();
  const answer = useActionData<typeof action>();
  const { version, errors, inviteValues } = membersAnswer(answer);
  const { t } = useTranslation("teams");
  return (
    <div className="stack-large">
      <div className="stack">
        <h1>{t("members.title", { funder: isolate(page.name) })}</h1>
        <p>
          <Link to={`/fund/${page.id}`}>{t("members.back")}</Link>
        </p>
      </div>
      <DoneNotice kind={kind} done={answer?.done} />
      <ErrorSummary errors={errors} />
      <InviteForm
        kind={kind}
        values={inviteValues}
        errors={errors}
        resendInvitationId={answer?.resendInvitationId}
        version={version}
        defaultLocale={page.defaultLocale}
      />
      <MemberList kind={kind} members={page.members} errors={errors} version={version} />
      <InvitationList kind={kind} invitations={page.invitations} />
    </div>
  );
}
