import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { useActionData, useLoaderData, useParams } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { InvitationAnswer } from "~/components/shared/invitation-answer";
import { InvitationClosed, invitationMeta } from "~/components/shared/invitation-closed";
import { isolate } from "~/domain/shared/bidi";
import {
  acceptPanelInvitation,
  panelInvitationByToken,
} from "~/services/panels/panel-invitations.server";
import { getUser, requireUser } from "~/services/access/permissions.server";
import { closedInvitation } from "~/services/platform/invitation-pages.server";

export const meta = invitationMeta;

const closed = closedInvitation;

export async function loader({ request, params }: LoaderFunctionArgs) {
  const view = await panelInvitationByToken(params.token ?? "");
  if (view.state !== "pending") return closed(view.state);
  const user = await getUser(request);
  return data({
    state: view.state,
    invitation: {
      panelName: view.panelName,
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
  const result = await acceptPanelInvitation(params.token ?? "", user);
  if (!result.ok) return closed(result.state);
  return redirect(`/panels/${result.panelId}`);
}

export default function PanelInvitation() {
  const loaded = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const { t } = useTranslation("panels");
  const { token = "" } = useParams();
  const { state, invitation, signedInAs } = actionData ?? loaded;

  if (state !== "pending" || !invitation)
    return <InvitationClosed namespace="panels" state={state} />;

  const signInPath = `/sign-in?redirectTo=${encodeURIComponent(`/panel-invitations/${token}`)}`;
  return (
    <section className="narrow stack" aria-labelledby="invitation-title">
      <h1 id="invitation-title" dir="auto">
        {t("invitation.pendingTitle", {
          panel: isolate(invitation.panelName),
          funder: isolate(invitation.funderName),
        })}
      </h1>
      <p>
        {t("invitation.role", { role: t(`common:roles.${invitation.role}`) })}{" "}
        {t(`members.roleHint.${invitation.role}`)}
      </p>
      <InvitationAnswer
        namespace="panels"
        email={invitation.email}
        expiresAt={invitation.expiresAt}
        signedInAs={signedInAs}
        signInPath={signInPath}
      />
    </section>
  );
}
