import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { CheckerSummary } from "~/components/eligibility/checker-summary";
import { ScreeningForm, ToldSentence } from "~/components/eligibility/screening-form";
import { Breadcrumbs, roundCrumbs } from "~/components/schemes/breadcrumbs";
import { useFunder } from "~/components/schemes/use-funder";
import { ErrorSummary } from "~/components/shared/form-field";
import { Reference } from "~/components/shared/reference";
import {
  isIneligibleReason,
  screeningChoices,
  screeningGroup,
  screeningSchema,
} from "~/domain/eligibility/screening";
import { isolate } from "~/domain/shared/bidi";
import { formatMoney } from "~/domain/shared/money";
import { translated } from "~/domain/shared/translated-text";
import { parseForm, type FieldErrors } from "~/domain/shared/validation";
import { forbidden } from "~/services/access/permissions.server";
import { reconsiderApplication, screenApplication } from "~/services/eligibility/screen.server";
import { screeningApplication } from "~/services/eligibility/screening.server";
import { requireRound } from "~/services/schemes/scheme-access.server";

/** Screening one application: the checker's view, then eligible, or not eligible and why. */

async function requireScreening(
  request: Request,
  params: LoaderFunctionArgs["params"],
  action: "view" | "edit",
) {
  const access = await requireRound(request, params, action);
  const application = await screeningApplication(access.round.id, params.applicationId ?? "");
  if (!application) throw forbidden();
  return { ...access, application };
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { application, round, scheme, locale, canEdit } = await requireScreening(
    request,
    params,
    "view",
  );
  return {
    scheme: { id: scheme.id, title: translated(scheme.title, locale), currency: scheme.currency },
    round: { id: round.id, name: translated(round.name, locale) },
    canEdit,
    application: {
      id: application.id,
      reference: application.reference,
      organisation: application.organisation.name,
      pot: translated(application.pot.name, locale),
      requestedMinor: application.requestedMinor,
      group: screeningGroup(application.status)!,
      screenedBy: application.screenedBy,
      reason: isIneligibleReason(application.ineligibleReason)
        ? application.ineligibleReason
        : null,
      note: application.ineligibleNote,
      checker: application.checker,
    },
    choices: screeningChoices(application.status, application._count.reviews),
    unreachable: application.unreachable,
  };
}

type ActionData = { errors?: FieldErrors; values?: Record<string, string>; changed?: boolean };

export async function action({ request, params }: ActionFunctionArgs) {
  const { user, round, application } = await requireScreening(request, params, "edit");
  const form = await request.formData();
  const here = new URL(request.url).pathname;
  const list = here.slice(0, here.lastIndexOf("/"));
  if (form.get("intent") === "reconsider") {
    const result = await reconsiderApplication(user, round.id, application.id);
    if (result.ok) return redirect(`${list}?saved=reconsidered&show=to-screen`);
    if (result.reason === "forbidden") throw forbidden();
    return data<ActionData>({ changed: true }, { status: 409 });
  }
  const parsed = parseForm(screeningSchema, form);
  // What was typed comes back with any refusal, so nothing is lost.
  const typed: Record<string, string> = Object.fromEntries(
    ["decision", "reason", "note"].map((name) => [name, String(form.get(name) ?? "")]),
  );
  if (!parsed.ok)
    return data<ActionData>({ errors: parsed.errors, values: parsed.values }, { status: 400 });
  const result = await screenApplication(user, round.id, application.id, parsed.data);
  if (result.ok) {
    const show = parsed.data.decision === "eligible" ? "eligible" : "not-eligible";
    return redirect(`${list}?saved=${parsed.data.decision}&show=${show}`);
  }
  if (result.reason === "forbidden") throw forbidden();
  if (result.reason === "refused" && result.detail === "reviewed")
    return data<ActionData>(
      {
        errors: { decision: { key: "eligibility:screening.reviewedLocked" } },
        values: typed,
      },
      { status: 409 },
    );
  return data<ActionData>({ changed: true, values: typed }, { status: 409 });
}

export default function ScreenApplication() {
  const page = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const { funder } = useFunder();
  const { t, i18n } = useTranslation();
  const { application } = page;
  const roundPath = `/fund/${funder.id}/schemes/${page.scheme.id}/rounds/${page.round.id}`;
  const values = actionData?.values ?? {
    decision: application.group === "not-eligible" ? "ineligible" : undefined,
    reason: application.reason ?? undefined,
    note: application.note ?? undefined,
  };
  const previewReason = isIneligibleReason(values.reason) ? values.reason : null;
  return (
    <div className="stack-large schemes-page">
      <Breadcrumbs
        items={[
          ...roundCrumbs(funder, page.scheme, page.round),
          { to: `${roundPath}/screening`, label: t("eligibility:screening.title") },
        ]}
      />
      <h1>{t("eligibility:screening.detailTitle")}</h1>
      {actionData?.changed ? (
        <p role="status" className="notice">
          {t("eligibility:screening.changed")}
        </p>
      ) : null}
      <ErrorSummary errors={actionData?.errors} />
      {page.unreachable ? (
        <p className="notice applying-warning">
          {t("eligibility:screening.unreachable", {
            group: isolate(application.organisation),
            reference: isolate(application.reference),
          })}
        </p>
      ) : null}

      <dl className="summary-list">
        <div>
          <dt>{t("eligibility:screening.summary.reference")}</dt>
          <dd>
            <Reference value={application.reference} />
          </dd>
        </div>
        <div>
          <dt>{t("eligibility:screening.summary.group")}</dt>
          <dd>
            <bdi>{application.organisation}</bdi>
          </dd>
        </div>
        <div>
          <dt>{t("eligibility:screening.summary.pot")}</dt>
          <dd lang={application.pot.locale}>{application.pot.text}</dd>
        </div>
        <div>
          <dt>{t("eligibility:screening.summary.amount")}</dt>
          <dd>
            {application.requestedMinor === null
              ? null
              : formatMoney(application.requestedMinor, page.scheme.currency, i18n.language)}
          </dd>
        </div>
        <div>
          <dt>{t("eligibility:screening.summary.status")}</dt>
          <dd>
            {t(`eligibility:screening.current.${application.group}`)}{" "}
            {application.screenedBy
              ? t("eligibility:screening.screenedBy", { name: isolate(application.screenedBy) })
              : null}
          </dd>
        </div>
      </dl>
      <p>
        <Link to={`/applications/${application.id}`}>{t("eligibility:screening.readAnswers")}</Link>
      </p>

      <section className="stack card" aria-labelledby="checker-title">
        <h2 id="checker-title">{t("eligibility:screening.checkerTitle")}</h2>
        <p className="muted">{t("eligibility:screening.checkerHint")}</p>
        <CheckerSummary checker={application.checker} currency={page.scheme.currency} detailed />
      </section>

      {previewReason ? (
        <section className="stack card" aria-labelledby="preview-title">
          <h2 id="preview-title">{t("eligibility:screening.previewTitle")}</h2>
          <ToldSentence reason={previewReason} note={values.note?.trim() || null} />
        </section>
      ) : null}

      {page.canEdit && page.choices.screen.length > 0 ? (
        <ScreeningForm choices={page.choices.screen} values={values} errors={actionData?.errors} />
      ) : null}
      {page.canEdit && application.group === "eligible" && page.choices.screen.length === 0 ? (
        <p className="notice">{t("eligibility:screening.reviewedLocked")}</p>
      ) : null}
      {page.canEdit && page.choices.reconsider ? (
        <section className="stack card" aria-labelledby="reconsider-title">
          <h2 id="reconsider-title">{t("eligibility:screening.reconsiderTitle")}</h2>
          <p>{t("eligibility:screening.reconsiderIntro")}</p>
          <Form method="post">
            <input type="hidden" name="intent" value="reconsider" />
            <button type="submit" className="button button--secondary">
              {t("eligibility:screening.reconsider")}
            </button>
          </Form>
        </section>
      ) : null}
      <p>
        <Link to={`${roundPath}/screening`}>{t("eligibility:screening.back")}</Link>
      </p>
    </div>
  );
}
