import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { AnswerSummary } from "~/components/applications/answer-summary";
import { ApplicationHeading } from "~/components/applications/application-heading";
import { FunderText } from "~/components/public/funder-text";
import { RetentionNotice } from "~/components/privacy/retention-notice";
import { textIn } from "~/domain/forms/definition";
import { formatSchemeDate } from "~/domain/shared/dates";
import { answerSummary, shownSummary } from "~/domain/applications/answer-summary";
import { isEditable } from "~/domain/applications/state-machine";
import { roundHasClosed } from "~/domain/schemes/round-phase";
import { applicationResource, can } from "~/domain/access/permissions";
import { filesOf } from "~/services/applications/application-files.server";
import {
  applicationPeople,
  headingOf,
  requireApplication,
} from "~/services/applications/application-pages.server";
import {
  definitionOf,
  rawAnswersOf,
  sectionStates,
  submitApplication,
} from "~/services/applications/applications.server";
import { localeOf } from "~/services/platform/i18n.server";
import { forbidden } from "~/services/access/permissions.server";

export const meta: MetaFunction = () => [{ title: "Withfund" }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { user, application, access } = await requireApplication(request, params, "view");
  const [locale, people, files] = await Promise.all([
    localeOf(request),
    applicationPeople(application, access),
    filesOf(application.id),
  ]);
  const definition = definitionOf(application);
  const currency = application.pot.round.scheme.currency;
  const editable =
    can(user, "edit", applicationResource(application)) && isEditable(application.status);
  return {
    heading: headingOf(application, locale),
    onBehalf: application.enteredOnBehalfById !== null,
    funderName: people.funderName,
    currency,
    sections: shownSummary(
      answerSummary(definition, rawAnswersOf(application), {
        currency,
        potMaxMinor: application.pot.maxGrantMinor,
      }),
      locale,
      definition.sourceLocale,
    ),
    // Named, so the page can say which parts are left and link to each.
    incomplete: sectionStates(definition, application)
      .filter((s) => s.state !== "complete")
      .map((s) => ({
        id: s.id,
        title: textIn(
          definition.sections.find((section) => section.id === s.id)!.title,
          locale,
          definition.sourceLocale,
        ),
      })),
    files,
    editable,
    closed: roundHasClosed(application.pot.round, new Date()),
    removedAt: application.personalDataRemovedAt?.toISOString() ?? null,
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { user, application } = await requireApplication(request, params, "edit");
  const here = `/applications/${application.id}`;
  const result = await submitApplication(user, application.id);
  if (result.ok) return redirect(`${here}/sent`);
  switch (result.reason) {
    case "forbidden":
      throw forbidden();
    case "incomplete": {
      // Back to the first part with a problem, which shows what is missing straight away.
      const first = definitionOf(application).sections.find((s) =>
        s.questions.some((q) => result.errors[q.id]),
      );
      return redirect(first ? `${here}/sections/${first.id}?show=errors` : here);
    }
    case "round-closed":
      return data({ refused: "applications:check.closed" }, { status: 409 });
    case "not-allowed":
      return data({ refused: "applications:check.notAllowed" }, { status: 409 });
  }
}

export default function CheckAnswers() {
  const page = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const navigation = useNavigation();
  const { t, i18n } = useTranslation("applications");
  const here = `/applications/${page.heading.id}`;
  const canSend = page.editable && !page.closed && page.incomplete.length === 0;
  // After the first press the button stays disabled until the next page arrives.
  const sending = navigation.state !== "idle" && navigation.formMethod?.toLowerCase() === "post";
  return (
    <div className="narrow stack-large">
      <ApplicationHeading
        heading={page.heading}
        title={page.heading.draft ? t("check.title") : t("check.sentTitle")}
        onBehalfOf={page.onBehalf ? page.funderName : null}
        backToTasks
      />
      {actionData?.refused ? (
        <p className="notice applying-warning" role="alert">
          {t(actionData.refused)}
        </p>
      ) : null}
      {page.heading.draft && page.closed ? (
        <p className="notice applying-warning">
          {t("tasks.closed", {
            date: formatSchemeDate(
              page.heading.closesAt,
              i18n.language,
              page.heading.timeZone,
              true,
            ),
          })}
        </p>
      ) : null}
      {page.heading.draft && page.incomplete.length > 0 ? (
        <section className="notice stack" aria-labelledby="incomplete-parts">
          <h2 id="incomplete-parts">{t("check.incompleteTitle")}</h2>
          <ul>
            {page.incomplete.map((part) => (
              <li key={part.id}>
                <Link to={`${here}/sections/${part.id}?show=errors`}>
                  <FunderText text={part.title} />
                </Link>
              </li>
            ))}
          </ul>
          <p>{t("check.incomplete")}</p>
        </section>
      ) : null}

      {page.removedAt ? (
        <RetentionNotice removedAt={page.removedAt} timeZone={page.heading.timeZone} />
      ) : (
        <AnswerSummary
          sections={page.sections}
          currency={page.currency}
          applicationId={page.heading.id}
          files={page.files}
          changeable={page.editable}
        />
      )}

      {canSend ? (
        <section className="stack" aria-labelledby="send">
          <h2 id="send">{t("check.sendTitle")}</h2>
          <p>{t("check.declaration")}</p>
          <Form method="post">
            <button type="submit" className="button" disabled={sending}>
              {sending ? t("check.sending") : t("check.send")}
            </button>
          </Form>
        </section>
      ) : (
        <p>
          <Link to={here}>{t("nav.backToTasks")}</Link>
        </p>
      )}
    </div>
  );
}
