import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Link, useActionData, useLoaderData, useParams } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { InvitationAnswer } from "~/components/shared/invitation-answer";
import { isolate } from "~/domain/shared/bidi";
import {
  acceptInvitation,
  invitationByToken,
  type AcceptResult,
} from "~/services/organisations/invitations.server";
import { getUser, requireUser } from "~/services/access/permissions.server";
import { QUOTED_MAX, quotable } from "~/domain/shared/quoted-text";

// The link is a secret: keep the page out of search engines.
export const meta: MetaFunction = () => [
  { title: "Withfund" },
  { name: "robots", content: "noindex" },
];

type Closed = Extract<AcceptResult, { ok: false }>["state"];

/** 404 for a link we never issued; 410 for one that worked once and no longer does. */
function closed(state: Closed) {
  return data({ state, invitation: null, signedInAs: null } as const, {
    status: state === "unknown" ? 404 : 410,
  });
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const token = params.token ?? "";
  const view = await invitationByToken(token);
  if (view.state !== "pending") return closed(view.state);
  const user = await getUser(request);
  return data({
    state: view.state,
    invitation: {
      // Typed by the inviter: quoted on the page as hers, as in the email (decision 0039).
      organisationName: quotable(view.organisationName, QUOTED_MAX.title),
      role: view.role,
      email: view.email,
      inviterName: view.inviterName ? quotable(view.inviterName, QUOTED_MAX.name) : null,
      expiresAt: view.expiresAt.toISOString(),
    },
    signedInAs: user?.email ?? null,
  });
}

export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requireUser(request);
  const result = await acceptInvitation(params.token ?? "", user);
  if (!result.ok) return closed(result.state);
  return redirect(`/organisations/${result.organisationId}?notice=joined`);
}

export default function Invitation() {
  const loaded = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const { t } = useTranslation("organisations");
  const { token = "" } = useParams();
  const { state, invitation, signedInAs } = actionData ?? loaded;

  if (state !== "pending" || !invitation) {
    return (
      <section className="narrow stack" aria-labelledby="invitation-title">
        <h1 id="invitation-title">{t(`invitation.${state}Title`)}</h1>
        <p>{t(`invitation.${state}Text`)}</p>
        <p>
          <Link to="/my">{t("invitation.goToMyWork")}</Link>
        </p>
      </section>
    );
  }

  const signInPath = `/sign-in?redirectTo=${encodeURIComponent(`/invitations/${token}`)}`;
  return (
    <section className="narrow stack" aria-labelledby="invitation-title">
      <h1 id="invitation-title" dir="auto">
        {t("invitation.pendingTitle", { organisation: isolate(invitation.organisationName) })}
      </h1>
      <p>{t(invitation.role === "OWNER" ? "invitation.roleOwner" : "invitation.roleMember")}</p>
      {invitation.inviterName ? (
        <p>{t("invitation.invitedBy", { inviter: isolate(invitation.inviterName) })}</p>
      ) : null}
      <InvitationAnswer
        namespace="organisations"
        email={invitation.email}
        expiresAt={invitation.expiresAt}
        signedInAs={signedInAs}
        signInPath={signInPath}
      />
    </section>
  );
}
