import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { z } from "zod";
import { ApplicationAnswers } from "~/components/panels/application-answers";
import { GroupFacts } from "~/components/panels/group-facts";
import { FunderText } from "~/components/public/funder-text";
import { RetentionNotice } from "~/components/privacy/retention-notice";
import { ErrorSummary, Field } from "~/components/shared/form-field";
import { MachineTranslationToggle } from "~/components/shared/machine-translation";
import { answerLanguageName } from "~/domain/applications/answer-languages";
import { writtenAnswers } from "~/domain/applications/answer-summary";
import { formatMoney } from "~/domain/shared/money";
import { parseForm, type FieldErrors } from "~/domain/shared/validation";
import { forbidden } from "~/services/access/permissions.server";
import {
  panelReading,
  requirePanelReading,
  summariseRecording,
  type ReadingFile,
} from "~/services/panels/panel-reading.server";
import { localeOf } from "~/services/platform/i18n.server";
import { translationsForPage } from "~/services/platform/machine-translation.server";

/**
 * One application as its panel reads it: every answer as the group wrote it, its files and
 * recordings, and the group as far as blind review allows. Staff also write here what each
 * recording says.
 */

export const meta: MetaFunction = () => [{ title: "Withfund" }];

/** A few paragraphs: what the recording says, not a transcript. */
const MAX_SUMMARY = 4000;

export async function loader({ request, params }: LoaderFunctionArgs) {
  const access = await requirePanelReading(request, params, "view");
  if (access.mustDeclareConflicts) throw redirect(`/panels/${access.panel.id}/conflicts`);
  const locale = await localeOf(request);
  const reading = await panelReading(access, locale);
  const written = writtenAnswers(reading.sections);
  const { machineTranslation, translations } = await translationsForPage(request, {
    texts: written.map(({ text }) => ({ text, language: reading.textAttributes.lang ?? null })),
    readerLocale: locale,
    actorId: access.user.id,
    purpose: "application-answers",
    entity: { type: "Application", id: access.application.id },
    funderId: access.panel.round.scheme.funderId,
  });
  return {
    ...reading,
    machineTranslation,
    translatedAnswers: Object.fromEntries(
      written.map(({ questionId }, index) => [questionId, translations[index] ?? null]),
    ),
    saved: new URL(request.url).searchParams.get("saved") === "summary",
    removed: access.application.personalDataRemovedAt
      ? {
          at: access.application.personalDataRemovedAt.toISOString(),
          timeZone: access.application.pot.round.scheme.timeZone,
        }
      : null,
  };
}

type ActionData = { errors: FieldErrors; values: Record<string, string> };

export async function action({ request, params }: ActionFunctionArgs) {
  const access = await requirePanelReading(request, params, "edit");
  const form = await request.formData();
  const fileId = String(form.get("fileId") ?? "");
  // One form per recording: the field is named after its file, so its error shows under it.
  const field = `summary.${fileId}`;
  const parsed = parseForm(
    z.object({
      fileId: z.string().min(1),
      [field]: z.string().max(MAX_SUMMARY, "panels:reading.errors.summaryTooLong").default(""),
    }),
    form,
  );
  if (!parsed.ok)
    return data<ActionData>({ errors: parsed.errors, values: parsed.values }, { status: 400 });
  const saved = await summariseRecording(access.user, access, {
    fileId,
    summary: String(parsed.data[field] ?? ""),
  });
  if (!saved.ok) throw forbidden();
  return redirect(
    `/panels/${access.panel.id}/applications/${access.application.id}?saved=summary#file-${fileId}`,
  );
}

export default function ReadApplication() {
  const page = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const { t, i18n } = useTranslation("panels");
  const { application, panel } = page;
  const here = `/panels/${panel.id}/applications/${application.id}`;
  const languageName = answerLanguageName(page.answerLanguage, i18n.language);
  const mentionCount = page.mentions.length;
  return (
    <div className="narrow stack-large">
      <div className="stack">
        <p>
          <Link to={`/panels/${panel.id}`}>
            {t("reading.back")} <bdi>{panel.name}</bdi>
          </Link>
        </p>
        <h1>
          {t("reading.title")} <bdi dir="ltr">{application.reference}</bdi>
        </h1>
        <p>
          <FunderText text={application.pot} />
        </p>
        <p>
          {t("reading.requested")}{" "}
          <strong>
            {formatMoney(application.requestedMinor, application.currency, i18n.language)}
          </strong>
        </p>
      </div>

      {page.saved ? (
        <p className="notice" role="status">
          {t("reading.summarySaved")}
        </p>
      ) : null}
      <ErrorSummary errors={actionData?.errors} />

      {panel.blindReview ? (
        <p className="notice">
          {page.hidesIdentity ? t("reading.blindForReviewer") : t("reading.blindForStaff")}
        </p>
      ) : null}
      {mentionCount > 0 ? (
        <p className="notice applying-warning" role="status">
          {t("reading.mentionsSummary", { count: mentionCount })}
        </p>
      ) : null}

      {page.links.review || page.links.comments ? (
        <ul className="panels-inline card-list">
          {page.links.review ? (
            <li>
              <Link className="button" to={`${here}/review`}>
                {t("reading.score")}
              </Link>
            </li>
          ) : null}
          {page.links.comments ? (
            <li>
              <Link to={`${here}/comments`}>{t("reading.comments")}</Link>
            </li>
          ) : null}
        </ul>
      ) : null}

      <section className="stack" aria-labelledby="group-title">
        <h2 id="group-title">{t("reading.groupTitle")}</h2>
        <GroupFacts group={page.group} profile={page.profile} />
      </section>

      <section className="stack" aria-labelledby="answers-title">
        <h2 id="answers-title">{t("reading.answersTitle")}</h2>
        {page.removed ? (
          <RetentionNotice removedAt={page.removed.at} timeZone={page.removed.timeZone} />
        ) : null}
        <p className="muted">
          {languageName
            ? t("reading.writtenIn", { language: languageName })
            : t("reading.writtenAsIs")}
        </p>
        <MachineTranslationToggle view={page.machineTranslation} />
        <ApplicationAnswers
          panelId={panel.id}
          applicationId={application.id}
          sections={page.sections}
          currency={application.currency}
          files={page.files}
          textAttributes={page.textAttributes}
          mentions={page.mentions}
          translation={{ view: page.machineTranslation, answers: page.translatedAnswers }}
          summaryForm={
            page.canSummarise
              ? (file) => <SummaryForm file={file} actionData={actionData} />
              : undefined
          }
        />
      </section>
    </div>
  );
}

function SummaryForm({ file, actionData }: { file: ReadingFile; actionData?: ActionData }) {
  const { t } = useTranslation("panels");
  const navigation = useNavigation();
  const name = `summary.${file.id}`;
  const typed = actionData?.values?.[name];
  return (
    <Form method="post" className="stack" id={`file-${file.id}`}>
      <input type="hidden" name="fileId" value={file.id} />
      <Field
        name={name}
        label={t("reading.summaryLabel")}
        hint={t("reading.summaryHint")}
        errors={actionData?.errors}
      >
        {(props) => (
          <textarea {...props} rows={4} dir="auto" defaultValue={typed ?? file.summary ?? ""} />
        )}
      </Field>
      <p>
        <button
          type="submit"
          className="button button--secondary"
          disabled={navigation.state === "submitting"}
        >
          {t("reading.summarySave")}
        </button>
      </p>
    </Form>
  );
}
