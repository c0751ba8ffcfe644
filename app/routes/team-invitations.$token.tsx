import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { useActionData, useLoaderData, useParams } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { InvitationAnswer } from "~/components/shared/invitation-answer";
import { InvitationClosed, invitationMeta } from "~/components/shared/invitation-closed";
import { isolate } from "~/domain/shared/bidi";
import {
  acceptTeamInvitation,
  teamInvitationByToken,
} from "~/services/teams/team-invitations.server";
import { getUser, requireUser } from "~/services/access/permissions.server";
import { closedInvitation } from "~/services/platform/invitation-pages.server";

export const meta = invitationMeta;

const closed = closedInvitation;

export async function loader({ request, params }: LoaderFunctionArgs) {
  const view = await teamInvitationByToken(params.token ?? "");
  if (view.state !== "pending") return closed(view.state);
  const user = await getUser(request);
  return data({
    state: view.state,
    invitation: {
      funderName: view.funderName,
      role: view.role,
      email: view.email,
      expiresAt: view.expiresAt.toISOString(),
    },
    signedInAs: user?.email ?? null,
  });
}

export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requireUser(request);
  const result = await acceptTeamInvitation(params.token ?? "", user);
  if (!result.ok) return closed(result.state);
  return redirect(`/fund/${result.funderId}`);
}

export default function TeamInvitation() {
  const loaded = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const { t } = useTranslation("teams");
  const { token = "" } = useParams();
  const { state, invitation, signedInAs } = actionData ?? loaded;

  if (state !== "pending" || !invitation)
    return <InvitationClosed namespace="teams" state={state} />;

  const signInPath = `/sign-in?redirectTo=${encodeURIComponent(`/team-invitations/${token}`)}`;
  return (
    <section className="narrow stack" aria-labelledby="invitation-title">
      <h1 id="invitation-title" dir="auto">
        {t("invitation.pendingTitle", { funder: isolate(invitation.funderName) })}
      </h1>
      <p>
        {t("invitation.role", { role: t(`common:roles.${invitation.role}`) })}{" "}
        {t(`invitation.roleHint.${invitation.role}`)}
      </p>
      <InvitationAnswer
        namespace="teams"
        email={invitation.email}
        expiresAt={invitation.expiresAt}
        signedInAs={signedInAs}
        signInPath={signInPath}
      />
    </section>
  );
}
