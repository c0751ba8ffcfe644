import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { z } from "zod";
import { ApplicationHeading } from "~/components/applications/application-heading";
import { TurnedAwayNotice } from "~/components/eligibility/turned-away";
import { ErrorSummary, Field } from "~/components/shared/form-field";
import { FunderText } from "~/components/public/funder-text";
import { RetentionNotice } from "~/components/privacy/retention-notice";
import { formatSchemeDate } from "~/domain/shared/dates";
import { textIn } from "~/domain/forms/definition";
import {
  answerLanguageOptions,
  isAnswerLanguage,
  OTHER_LANGUAGE,
} from "~/domain/applications/answer-languages";
import { isEditable, transition } from "~/domain/applications/state-machine";
import { roundHasClosed } from "~/domain/schemes/round-phase";
import { applicationResource, can } from "~/domain/access/permissions";
import { isolate } from "~/domain/shared/bidi";
import { parseForm, type FieldErrors } from "~/domain/shared/validation";
import {
  applicationPeople,
  headingOf,
  requireApplication,
  setAnswerLanguage,
} from "~/services/applications/application-pages.server";
import {
  definitionOf,
  sectionStates,
  withdrawApplication,
} from "~/services/applications/applications.server";
import { turnedAway } from "~/services/eligibility/next-steps.server";
import { confirmedDecisionFor } from "~/services/panels/decisions.server";
import { localeOf } from "~/services/platform/i18n.server";
import { DecisionNotice } from "~/components/applications/decision-notice";
import { forbidden } from "~/services/access/permissions.server";

const languageSchema = z.object({
  intent: z.literal("language"),
  answerLanguage: z
    .string({ message: "applications:tasks.errors.language" })
    .refine(isAnswerLanguage, "applications:tasks.errors.language"),
});

export const meta: MetaFunction = () => [{ title: "Withfund" }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { user, application, access } = await requireApplication(request, params, "view");
  const locale = await localeOf(request);
  const [people, refusal, decision] = await Promise.all([
    applicationPeople(application, access),
    turnedAway(application, locale),
    confirmedDecisionFor(application.id, locale),
  ]);
  const definition = definitionOf(application);
  const now = new Date();
  const closesAt = application.pot.round.closesAt;
  const canEdit = can(user, "edit", applicationResource(application));
  const states = sectionStates(definition, application);
  const url = new URL(request.url);
  return {
    heading: headingOf(application, locale, now),
    onBehalf: application.enteredOnBehalfById !== null,
    funderName: people.funderName,
    closed: roundHasClosed({ closesAt }, now),
    editable: canEdit && isEditable(application.status),
    canWithdraw:
      canEdit && transition(application.status, "WITHDRAWN", access.mover, { now, closesAt }).ok,
    sections: definition.sections.map((section, index) => ({
      id: section.id,
      title: textIn(section.title, locale, definition.sourceLocale),
      state: states[index]!.state,
    })),
    answerLanguage: application.answerLanguage ?? "",
    languages: answerLanguageOptions(locale),
    members: people.members,
    canInvite: can(user, "manage-members", {
      type: "organisation",
      organisationId: application.organisationId,
    }),
    confirmWithdraw: url.searchParams.get("withdraw") === "confirm",
    notice: url.searchParams.get("notice"),
    turnedAway: refusal,
    decision,
    removedAt: application.personalDataRemovedAt?.toISOString() ?? null,
  };
}

type ActionData = { errors?: FieldErrors; values?: Record<string, string>; refused?: string };

export async function action({ request, params }: ActionFunctionArgs) {
  const { user, application } = await requireApplication(request, params, "edit");
  const form = await request.formData();
  const intent = String(form.get("intent"));
  const here = `/applications/${application.id}`;
  if (intent === "language") {
    const result = parseForm(languageSchema, form);
    if (!result.ok)
      return data<ActionData>({ errors: result.errors, values: result.values }, { status: 400 });
    const saved = await setAnswerLanguage(user, application.id, result.data.answerLanguage);
    if (!saved.ok && saved.reason === "forbidden") throw forbidden();
    if (!saved.ok)
      return data<ActionData>({ refused: "applications:tasks.notEditable" }, { status: 409 });
    return redirect(`${here}?notice=language`);
  }
  if (intent === "withdraw") {
    const withdrawn = await withdrawApplication(user, application.id);
    if (withdrawn.ok) return redirect(`${here}?notice=withdrawn`);
    if (withdrawn.reason === "forbidden") throw forbidden();
    return data<ActionData>(
      {
        refused:
          withdrawn.reason === "round-closed"
            ? "applications:withdraw.closed"
            : "applications:withdraw.notAllowed",
      },
      { status: 409 },
    );
  }
  return data<ActionData>({ refused: "applications:errors.unknownAction" }, { status: 400 });
}

const stateLabels = {
  "not-started": "tasks.notStarted",
  "in-progress": "tasks.inProgress",
  complete: "tasks.complete",
} as const;

export default function TaskList() {
  const page = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const navigation = useNavigation();
  const { t, i18n } = useTranslation("applications");
  const { heading } = page;
  const here = `/applications/${heading.id}`;
  const done = page.sections.filter((s) => s.state === "complete").length;
  const allComplete = done === page.sections.length && page.sections.length > 0;
  const closes = formatSchemeDate(heading.closesAt, i18n.language, heading.timeZone, true);
  const busy = navigation.state === "submitting";

  return (
    <div className="narrow stack-large">
      <ApplicationHeading
        heading={heading}
        title={t("tasks.title")}
        onBehalfOf={page.onBehalf ? page.funderName : null}
      />

      {page.notice ? (
        <p className="notice" role="status">
          {t(
            `tasks.notices.${page.notice === "withdrawn" ? "withdrawn" : page.notice === "language" ? "language" : "saved"}`,
          )}
        </p>
      ) : null}
      {actionData?.refused ? (
        <p className="notice applying-warning" role="alert">
          {t(actionData.refused)}
        </p>
      ) : null}

      {page.turnedAway ? <TurnedAwayNotice turnedAway={page.turnedAway} /> : null}
      {page.decision ? <DecisionNotice decision={page.decision} /> : null}

      {/* While open, the status above already gives the closing date. */}
      {heading.draft && page.closed ? (
        <p className="notice applying-warning">{t("tasks.closed", { date: closes })}</p>
      ) : null}

      {page.removedAt ? (
        <RetentionNotice removedAt={page.removedAt} timeZone={heading.timeZone} />
      ) : (
        <section className="stack" aria-labelledby="parts">
          <h2 id="parts">{t("tasks.partsTitle")}</h2>
          {heading.draft ? (
            <p>{t("tasks.progress", { count: page.sections.length, done })}</p>
          ) : null}
          <ol className="applying-tasks">
            {page.sections.map((section) => (
              <li key={section.id} className="applying-tasks__item">
                <Link
                  to={`${here}/sections/${section.id}`}
                  aria-describedby={`state-${section.id}`}
                >
                  <FunderText text={section.title} />
                </Link>
                <strong
                  id={`state-${section.id}`}
                  className={`applying-tag applying-tag--${section.state}`}
                >
                  {t(stateLabels[section.state])}
                </strong>
              </li>
            ))}
          </ol>
          {page.editable && !page.closed ? (
            allComplete ? (
              <p>
                <Link className="button" to={`${here}/check`}>
                  {t("tasks.checkAndSend")}
                </Link>
              </p>
            ) : (
              <p className="muted">{t("tasks.finishFirst")}</p>
            )
          ) : null}
          {!heading.draft ? (
            <p>
              <Link to={`${here}/check`}>{t("tasks.readAnswers")}</Link>
            </p>
          ) : null}
        </section>
      )}

      {page.editable ? (
        <section className="stack" aria-labelledby="language">
          <h2 id="language">{t("tasks.languageTitle")}</h2>
          <ErrorSummary errors={actionData?.errors} />
          <Form method="post" className="stack">
            <input type="hidden" name="intent" value="language" />
            <Field
              name="answerLanguage"
              label={t("tasks.languageLabel")}
              hint={t("tasks.languageHint")}
              errors={actionData?.errors}
            >
              {(props) => (
                <select
                  {...props}
                  defaultValue={actionData?.values?.answerLanguage ?? page.answerLanguage}
                >
                  <option value="">{t("tasks.languageChoose")}</option>
                  {page.languages.map((language) => (
                    <option key={language.code} value={language.code}>
                      {language.name}
                    </option>
                  ))}
                  <option value={OTHER_LANGUAGE}>{t("tasks.languageOther")}</option>
                </select>
              )}
            </Field>
            <button type="submit" className="button button--secondary" disabled={busy}>
              {t("tasks.languageSave")}
            </button>
          </Form>
        </section>
      ) : null}

      <section className="stack" aria-labelledby="people">
        <h2 id="people">{t("tasks.peopleTitle")}</h2>
        <p>{t("tasks.peopleIntro", { group: isolate(heading.organisation) })}</p>
        <ul className="link-list">
          {page.members.map((member) => (
            <li key={member.id}>
              <span dir="auto">{member.name ?? member.email}</span>
              {member.name && member.email ? (
                <>
                  {" "}
                  <span className="muted" dir="ltr">
                    {member.email}
                  </span>
                </>
              ) : null}
            </li>
          ))}
        </ul>
        {page.canInvite ? (
          <p>
            <Link to={`/organisations/${heading.organisationId}/members`}>{t("tasks.invite")}</Link>
          </p>
        ) : null}
      </section>

      {page.canWithdraw ? (
        <section className="stack" aria-labelledby="withdraw">
          <h2 id="withdraw">{t("withdraw.title")}</h2>
          {page.confirmWithdraw ? (
            <div className="stack applying-confirm">
              <p>{heading.draft ? t("withdraw.confirmDraft") : t("withdraw.confirmSent")}</p>
              <Form method="post" className="applying-actions">
                <input type="hidden" name="intent" value="withdraw" />
                <button type="submit" className="button button--warning" disabled={busy}>
                  {t("withdraw.yes")}
                </button>
                <Link to={here}>{t("withdraw.no")}</Link>
              </Form>
            </div>
          ) : (
            <>
              <p>{t("withdraw.intro")}</p>
              <p>
                <Link to={`${here}?withdraw=confirm#withdraw`}>{t("withdraw.start")}</Link>
              </p>
            </>
          )}
        </section>
      ) : null}
    </div>
  );
}
