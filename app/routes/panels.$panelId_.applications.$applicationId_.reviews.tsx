import { readableByPanelStatuses } from "~/domain/panels/moderation";
import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { z } from "zod";
import { PanelApplicationHeading } from "~/components/panels/panel-page-heading";
import { ReviewSheetView } from "~/components/panels/review-sheet-view";
import { SchemeDate } from "~/components/public/scheme-date";
import { can } from "~/domain/access/permissions";
import { isolate } from "~/domain/shared/bidi";
import { forbidden } from "~/services/access/permissions.server";
import { localeOf } from "~/services/platform/i18n.server";
import { requirePanelApplication } from "~/services/panels/panel-application.server";
import { applicationReviews, reopenReview } from "~/services/panels/reviews.server";

/**
 * An application's reviews, for the chair and staff: every submitted review in full, drafts by
 * name only. Staff who run the panel can send a submitted review back to its author, after a
 * confirmation, for instance when she asks to correct a score.
 */

export async function loader({ request, params }: LoaderFunctionArgs) {
  const access = await requirePanelApplication(
    request,
    params,
    "moderate",
    readableByPanelStatuses,
  );
  const reviews = await applicationReviews(access);
  const canReopen = can(access.user, "edit", access.resource);
  const confirming = new URL(request.url).searchParams.get("reopen");
  return {
    panelId: access.panel.id,
    panelName: access.panel.name,
    applicationId: access.application.id,
    reference: access.application.reference,
    timeZone: access.panel.round.scheme.timeZone,
    locale: await localeOf(request),
    reviews,
    canReopen,
    confirmReopen:
      canReopen && reviews.some((review) => review.id === confirming && review.submitted)
        ? confirming
        : null,
    justReopened: new URL(request.url).searchParams.get("reopened") === "1",
  };
}

const reopenSchema = z.object({ intent: z.literal("reopen"), reviewId: z.string().min(1) });

export async function action({ request, params }: ActionFunctionArgs) {
  const access = await requirePanelApplication(request, params, "edit");
  const parsed = reopenSchema.safeParse(Object.fromEntries(await request.formData()));
  if (!parsed.success) return data({ error: "panels:reviews.errors.reopen" }, { status: 400 });
  const result = await reopenReview(access, parsed.data.reviewId);
  if (!result.ok && result.reason === "forbidden") throw forbidden();
  if (!result.ok) return data({ error: "panels:reviews.errors.notSubmitted" }, { status: 409 });
  return redirect(
    `/panels/${access.panel.id}/applications/${access.application.id}/reviews?reopened=1`,
  );
}

export default function ApplicationReviews() {
  const page = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const { t } = useTranslation();
  const submitted = page.reviews.filter((review) => review.submitted);
  const inProgress = page.reviews.filter((review) => !review.submitted);
  return (
    <div className="stack-large">
      <div className="stack">
        <PanelApplicationHeading
          panelId={page.panelId}
          panelName={page.panelName}
          applicationId={page.applicationId}
          title={t("panels:reviews.title")}
          reference={page.reference}
        />
      </div>
      {page.justReopened ? (
        <p className="notice" role="status">
          {t("panels:reviews.reopened")}
        </p>
      ) : null}
      {actionData ? (
        <p className="notice" role="alert">
          {t(actionData.error)}
        </p>
      ) : null}
      {submitted.length === 0 ? <p>{t("panels:reviews.noneSubmitted")}</p> : null}
      {submitted.map((review) => (
        <section key={review.id} className="card stack" aria-labelledby={`review-${review.id}`}>
          <h2 id={`review-${review.id}`}>
            <bdi>{review.reviewer}</bdi>
            {review.role ? (
              <span className="muted"> · {t(`common:roles.${review.role}`)}</span>
            ) : null}
          </h2>
          {review.excluded ? <p className="notice">{t("panels:reviews.excluded")}</p> : null}
          {review.removed ? <p className="notice">{t("panels:reviews.removed")}</p> : null}
          <p>
            {t("panels:review.submittedOn")}{" "}
            <SchemeDate iso={review.submitted!.at} timeZone={page.timeZone} withTime />
            {review.submitted!.late ? <> {t("panels:review.late")}</> : null}
          </p>
          <p className="muted">
            {t("panels:reviews.rubricVersion", { version: review.submitted!.rubricVersion })}
          </p>
          <ReviewSheetView
            criteria={review.submitted!.criteria}
            sheet={review.submitted!.sheet}
            locale={page.locale}
          />
          {page.canReopen && page.confirmReopen === review.id ? (
            <Form method="post" className="stack notice">
              <p>{t("panels:reviews.reopenConfirm", { name: isolate(review.reviewer) })}</p>
              <input type="hidden" name="reviewId" value={review.id} />
              <button type="submit" name="intent" value="reopen" className="button">
                {t("panels:reviews.reopenYes")}
              </button>
              <Link to="?">{t("panels:reviews.reopenNo")}</Link>
            </Form>
          ) : page.canReopen ? (
            <p>
              <Link to={`?reopen=${review.id}`}>{t("panels:reviews.reopen")}</Link>
            </p>
          ) : null}
        </section>
      ))}
      {inProgress.length > 0 ? (
        <section className="stack" aria-labelledby="in-progress-title">
          <h2 id="in-progress-title">{t("panels:reviews.inProgressTitle")}</h2>
          <ul className="stack card-list">
            {inProgress.map((review) => (
              <li key={review.id} className="card">
                <p>
                  <bdi>{review.reviewer}</bdi>
                  {review.role ? (
                    <span className="muted"> · {t(`common:roles.${review.role}`)}</span>
                  ) : null}{" "}
                  — {t("panels:reviews.inProgress")}
                </p>
                {review.excluded ? <p>{t("panels:reviews.excluded")}</p> : null}
                {review.removed ? <p>{t("panels:reviews.removedDraft")}</p> : null}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  );
}
