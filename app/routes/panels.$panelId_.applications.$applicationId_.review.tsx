import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { PanelApplicationHeading } from "~/components/panels/panel-page-heading";
import { ReviewSheetView } from "~/components/panels/review-sheet-view";
import { ScoreSheetForm } from "~/components/panels/score-sheet-form";
import { SchemeDate } from "~/components/public/scheme-date";
import { postedSheet } from "~/domain/panels/score-sheet";
import { localeOf } from "~/services/platform/i18n.server";
import { requirePanelApplication } from "~/services/panels/panel-application.server";
import { reviewForm, saveFromForm } from "~/services/panels/reviews.server";

/**
 * Scoring one application: her score sheet against the panel's rubric (or the version her
 * review is already on), saved as a draft as often as she likes and submitted once.
 */

export async function loader({ request, params }: LoaderFunctionArgs) {
  const access = await requirePanelApplication(request, params, "review");
  const { panel, application, user } = access;
  const form = await reviewForm(access);
  const url = new URL(request.url);
  const membership = panel.members.find((member) => member.userId === user.id);
  return {
    panelId: panel.id,
    panelName: panel.name,
    applicationId: application.id,
    reference: application.reference,
    organisation: panel.blindReview ? null : application.organisation.name,
    deadline: panel.reviewDeadline?.toISOString() ?? null,
    timeZone: panel.round.scheme.timeZone,
    locale: await localeOf(request),
    justSaved: url.searchParams.get("saved") === "1",
    justSubmitted: url.searchParams.get("submitted") === "1",
    rankingOpen: panel.communityRanking && membership?.role === "COMMUNITY_REVIEWER",
    ...form,
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const access = await requirePanelApplication(request, params, "review");
  const form = await request.formData();
  const result = await saveFromForm(access, form);
  const base = `/panels/${access.panel.id}/applications/${access.application.id}/review`;
  switch (result.outcome) {
    case "saved":
      return redirect(`${base}?saved=1`);
    case "submitted":
      return redirect(`${base}?submitted=1`);
    case "invalid":
      return data(
        {
          problem: "invalid" as const,
          errors: result.errors,
          values: postedSheet(form),
          revision: result.revision,
        },
        { status: 400 },
      );
    case "conflict":
      return data(
        {
          problem: "conflict" as const,
          errors: undefined,
          values: postedSheet(form),
          revision: result.revision,
        },
        { status: 409 },
      );
    case "not-editable":
    case "no-rubric":
      return redirect(base);
  }
}

export default function ScoreApplication() {
  const page = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const { t } = useTranslation();
  const submitted = page.status === "SUBMITTED";
  return (
    <div className="narrow stack-large">
      <div className="stack">
        <PanelApplicationHeading
          panelId={page.panelId}
          panelName={page.panelName}
          applicationId={page.applicationId}
          title={t("panels:review.title")}
          reference={page.reference}
        />
        {page.organisation ? (
          <p>
            <bdi>{page.organisation}</bdi>
          </p>
        ) : null}
        {page.deadline ? (
          <p>
            {t("panels:queue.deadline")}{" "}
            <SchemeDate iso={page.deadline} timeZone={page.timeZone} withTime />
          </p>
        ) : null}
      </div>

      {page.justSubmitted && submitted ? (
        <section className="notice stack" role="status">
          <p>{t("panels:review.submittedThanks")}</p>
          <p>
            <Link to={`/panels/${page.panelId}`}>{t("panels:review.backToQueue")}</Link>
          </p>
        </section>
      ) : null}
      {page.justSaved && !submitted && !actionData ? (
        <p className="notice" role="status">
          {t("panels:review.savedForLater")}
        </p>
      ) : null}

      {page.criteria.length === 0 ? (
        <p>{t("panels:review.noRubric")}</p>
      ) : submitted ? (
        <section className="stack" aria-labelledby="submitted-title">
          <h2 id="submitted-title">{t("panels:review.submittedTitle")}</h2>
          <p>
            {t("panels:review.submittedOn")}{" "}
            <SchemeDate iso={page.submittedAt!} timeZone={page.timeZone} withTime />
            {page.late ? <> {t("panels:review.late")}</> : null}
          </p>
          <p className="muted">{t("panels:review.readOnly")}</p>
          {page.rankingOpen ? (
            <p>
              <Link to={`/panels/${page.panelId}/ranking`}>
                {t("panels:ranking.linkFromReview")}
              </Link>
            </p>
          ) : null}
          <ReviewSheetView criteria={page.criteria} sheet={page.sheet!} locale={page.locale} />
        </section>
      ) : (
        <>
          {page.reopenedAt ? (
            <p className="notice" role="status">
              {t("panels:review.reopenedNote")}
            </p>
          ) : null}
          {page.pastDeadline ? <p className="notice">{t("panels:review.pastDeadline")}</p> : null}
          {actionData?.problem === "conflict" ? (
            <p className="notice" role="alert">
              {t("panels:review.staleSave")}
            </p>
          ) : null}
          <ScoreSheetForm
            criteria={page.criteria}
            locale={page.locale}
            values={actionData?.values ?? page.values}
            errors={actionData?.errors}
            revision={actionData?.revision ?? page.revision}
            resetKey={actionData ? `${actionData.problem}-${actionData.revision}` : "page"}
            autosaveUrl={`/panels/${page.panelId}/applications/${page.applicationId}/review/autosave`}
          />
        </>
      )}
    </div>
  );
}
