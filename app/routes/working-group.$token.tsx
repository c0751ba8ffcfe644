import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useParams } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { FormattedDateTime } from "~/components/shared/formatted-date";
import { translated } from "~/domain/shared/translated-text";
import { isolate } from "~/domain/shared/bidi";
import { localeOf } from "~/services/platform/i18n.server";
import { getUser, requireUser } from "~/services/access/permissions.server";
import {
  acceptWorkingGroupInvitation,
  workingGroupInvitation,
} from "~/services/forms/working-group.server";
import { closedInvitation } from "~/services/platform/invitation-pages.server";

// The link is a secret: keep it out of search engines.
export const meta: MetaFunction = () => [{ name: "robots", content: "noindex" }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const view = await workingGroupInvitation(params.token ?? "");
  if (view.state !== "pending") return closedInvitation(view.state);
  const [user, locale] = await Promise.all([getUser(request), localeOf(request)]);
  return data({
    state: view.state,
    invitation: {
      schemeTitle: translated(view.schemeTitle, locale),
      funderName: view.funderName,
      expiresAt: view.expiresAt.toISOString(),
    },
    signedInAs: user?.email ?? null,
  });
}

/** Joining needs an account, so that her suggestions and the replies stay hers. */
export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requireUser(request);
  const result = await acceptWorkingGroupInvitation(params.token ?? "", user);
  if (!result.ok) return closedInvitation(result.state);
  return redirect("/consultations?joined=1");
}

export default function WorkingGroupInvitation() {
  const loaded = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const { t } = useTranslation();
  const { token = "" } = useParams();
  const { state, invitation, signedInAs } = actionData ?? loaded;

  if (state !== "pending" || !invitation) {
    return (
      <section className="narrow stack" aria-labelledby="invitation-title">
        <h1 id="invitation-title">{t(`forms:joining.${state}Title`)}</h1>
        <p>{t(`forms:joining.${state}Text`)}</p>
        <p>
          <Link to="/consultations">{t("forms:joining.goToConsultations")}</Link>
        </p>
      </section>
    );
  }

  const signInPath = `/sign-in?redirectTo=${encodeURIComponent(`/working-group/${token}`)}`;
  return (
    <section className="narrow stack" aria-labelledby="invitation-title">
      <h1 id="invitation-title">{t("forms:joining.title")}</h1>
      <p>
        {t("forms:joining.invitedBy", { funder: isolate(invitation.funderName) })}{" "}
        <strong lang={invitation.schemeTitle.locale}>{invitation.schemeTitle.text}</strong>
      </p>
      <p>{t("forms:joining.whatYouDo")}</p>
      <p>{t("forms:joining.nameChoice")}</p>
      <p>
        {t("forms:joining.expires")} <FormattedDateTime iso={invitation.expiresAt} />
      </p>
      {signedInAs ? (
        <>
          <p>{t("forms:joining.signedInAs", { email: isolate(signedInAs) })}</p>
          <Form method="post">
            <button type="submit" className="button">
              {t("forms:joining.accept")}
            </button>
          </Form>
        </>
      ) : (
        <>
          <p>{t("forms:joining.signInFirst")}</p>
          <p>
            <Link to={signInPath} className="button">
              {t("forms:joining.signIn")}
            </Link>
          </p>
        </>
      )}
    </section>
  );
}
