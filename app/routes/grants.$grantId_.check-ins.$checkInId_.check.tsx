import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { CheckInAnswersList } from "~/components/monitoring/check-in-answers";
import { CheckInHeading } from "~/components/monitoring/check-in-heading";
import { checkInErrors } from "~/domain/monitoring/check-in-form";
import { isCheckInWritable } from "~/domain/monitoring/check-in-status";
import { localeOf } from "~/services/platform/i18n.server";
import {
  contextOf,
  draftOf,
  hasRecordingFile,
  sendCheckIn,
} from "~/services/monitoring/check-ins.server";
import { requireCheckIn } from "~/services/monitoring/check-in-access.server";
import { checkInPageData } from "~/services/monitoring/check-in-page.server";
import { readRequestForm } from "~/services/platform/request-form.server";
import { checkInFormLimits } from "~/services/monitoring/check-in-request.server";

export const meta: MetaFunction = () => [{ title: "Withfund" }];

/** Check your answers, then Send: what the funder will read, and what is still missing. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const page = await requireCheckIn(request, params, "view", "group");
  const here = `/grants/${page.grant.id}/check-ins/${page.checkIn.id}`;
  // Sent, a conversation, or not open to writing: the check-in's own page says which.
  if (!isCheckInWritable(page.checkIn, page.grant.status)) throw redirect(here);
  const shown = await checkInPageData(page, await localeOf(request));
  const missing = checkInErrors(
    draftOf(page.checkIn),
    contextOf(page, await hasRecordingFile(page.checkIn.id)),
    "send",
  );
  return { ...shown, missing };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const page = await requireCheckIn(request, params, "edit", "group");
  const here = `/grants/${page.grant.id}/check-ins/${page.checkIn.id}`;
  const posted = await readRequestForm(request, checkInFormLimits);
  if (!posted.ok) throw new Response("Bad request", { status: 400 });
  const revision = Number(posted.form.get("revision"));
  const sent = await sendCheckIn(page, Number.isInteger(revision) ? revision : -1);
  switch (sent.outcome) {
    case "sent":
      return redirect(`${here}?notice=sent`);
    case "already-sent":
      return redirect(`${here}?notice=already-sent`);
    case "not-editable":
      return redirect(`${here}?notice=not-open`);
    case "changed":
      return data({ outcome: "changed" as const }, { status: 409 });
    case "incomplete":
      return data({ outcome: "incomplete" as const, errors: sent.errors }, { status: 400 });
  }
}

export default function CheckYourAnswers() {
  const page = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const { t } = useTranslation("monitoring");
  const here = `/grants/${page.grantId}/check-ins/${page.checkInId}`;
  const missing = actionData?.outcome === "incomplete" ? actionData.errors : page.missing;
  const ready = Object.keys(missing).length === 0;
  return (
    <div className="narrow stack-large">
      <CheckInHeading page={page} />
      <h2>{t("check.title")}</h2>
      {actionData?.outcome === "changed" ? (
        <p className="notice notice--warning" role="alert">
          {t("check.changed")}
        </p>
      ) : null}
      {ready ? (
        <p>{t("check.intro")}</p>
      ) : (
        <div className="error-summary" role="alert" tabIndex={-1}>
          <h2>{t("check.missingTitle")}</h2>
          <ul>
            {Object.entries(missing).map(([field, error]) => (
              <li key={field}>
                <Link to={`${here}#field-${field}`}>{t(error.key, error.values)}</Link>
              </li>
            ))}
          </ul>
        </div>
      )}
      <CheckInAnswersList
        answers={page.draft.answers}
        storyConsent={page.draft.storyConsent}
        domain={page.draft.domain}
        domains={page.domains}
        numbers={page.numbers}
        files={page.files}
      />
      <p>
        <Link to={here}>{t("check.change")}</Link>
      </p>
      {ready ? (
        <Form method="post" className="stack">
          <input type="hidden" name="revision" value={page.revision} />
          <p>{t("check.sendHint")}</p>
          <button type="submit" className="button">
            {t("check.send")}
          </button>
        </Form>
      ) : null}
    </div>
  );
}
