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
import { isLocale, localeNames } from "~/domain/shared/locales";
import { memberRoles, organisationMembersForm } from "~/domain/organisations/members-form";
import { readMembersForm, type MembersReply } from "~/domain/shared/members-form";
import { isolate } from "~/domain/shared/bidi";
import { localeOf } from "~/services/platform/i18n.server";
import { pendingInvitations } from "~/services/organisations/invitations.server";
import { changeMembers } from "~/services/organisations/member-changes.server";
import {
  loadOrganisation,
  requireOrganisation,
} from "~/services/organisations/organisations.server";
import { forbidden } from "~/services/access/permissions.server";

export const meta: MetaFunction = () => [{ title: "Withfund" }];

const kind: MembersPageKind = { namespace: "organisations", roles: memberRoles };

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { user, organisationId } = await requireOrganisation(request, params, "manage-members");
  const [organisation, invitations, locale] = await Promise.all([
    loadOrganisation(organisationId),
    pendingInvitations(organisationId),
    localeOf(request),
  ]);
  if (!organisation) throw forbidden();
  return {
    id: organisation.id,
    name: organisation.name,
    members: organisation.members.map((member) => ({
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
    // The invitation email is written in the inviter's language unless she picks another.
    defaultLocale: locale,
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { user, organisationId } = await requireOrganisation(request, params, "manage-members");
  const read = readMembersForm(await request.formData(), organisationMembersForm);
  if (!read) throw new Response("Bad request", { status: 400 });
  if (!read.ok) return data<MembersReply>(read.reply, { status: 400 });
  const outcome = await changeMembers(user, organisationId, read.change);
  if ("leaveTo" in outcome) throw redirect(outcome.leaveTo);
  return outcome.ok
    ? data<MembersReply>(outcome.reply)
    : data<MembersReply>(outcome.reply, { status: 400 });
}

export default function OrganisationMembers() {
  const page = useLoaderData<typeof loader>();
  const answer = useActionData<typeof action>();
  const { version, errors, inviteValues } = membersAnswer(answer);
  const { t } = useTranslation("organisations");
  return (
    <div className="stack-large">
      <div className="stack">
        <h1>{t("members.title", { organisation: isolate(page.name) })}</h1>
        <p>
          <Link to={`/organisations/${page.id}`}>{t("members.back")}</Link>
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
