import { Form, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { QuestionFields, answerErrorsAsFieldErrors } from "~/components/forms/answer-fields";
import { ErrorSummary } from "~/components/shared/form-field";
import type { RawAnswers } from "~/domain/forms/answers-schema";
import { textIn } from "~/domain/forms/definition";
import type { action, loader } from "~/routes/applications.$applicationId.sections.$sectionId";
import { FunderText } from "~/components/public/funder-text";
import { SaveActions } from "~/components/shared/save-actions";
import { ConflictNotice } from "./conflict-notice";
import { useAnswerForm } from "./use-answer-form";

/**
 * The editable section: the shared renderer's questions in a multipart form (a file chosen in
 * a question travels with the answers), the two save buttons, the files already attached, and
 * with JavaScript the instant checks and autosave status.
 */
export function SectionForm() {
  const page = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const navigation = useNavigation();
  const { t, i18n } = useTranslation("applications");
  const conflict = actionData?.outcome === "conflict" ? actionData : null;
  const invalid = actionData?.outcome === "invalid" ? actionData : null;
  const section = page.definition.sections.find((s) => s.id === page.sectionId)!;
  const values: RawAnswers = conflict
    ? conflict.values
    : invalid
      ? { ...page.values, ...invalid.values }
      : page.values;
  const resetKey = conflict ? `conflict-${conflict.revision}` : "page";
  const form = useAnswerForm({
    definition: page.definition,
    sectionId: page.sectionId,
    currency: page.currency,
    potMaxMinor: page.potMaxMinor,
    locale: i18n.language,
    values,
    errors: invalid?.errors ?? page.errors,
    revision: conflict?.revision ?? invalid?.revision ?? page.revision,
    resetKey,
    autosaveUrl: `/applications/${page.heading.id}/sections/${page.sectionId}/autosave`,
  });
  const busy = navigation.state === "submitting";
  // Each line of the summary names its question, so "Please answer this question" twice is never ambiguous.
  const labels = Object.fromEntries(
    section.questions.map((q) => [
      q.id,
      textIn(q.label, i18n.language, page.definition.sourceLocale).text,
    ]),
  );
  const summaryErrors = Object.fromEntries(
    Object.entries(
      answerErrorsAsFieldErrors(form.errors, { currency: page.currency, locale: i18n.language }),
    ).map(([field, error]) => [
      field,
      {
        key: "applications:section.errorFor",
        values: { question: labels[field.slice(2)] ?? "", message: t(error.key, error.values) },
      },
    ]),
  );
  const source = page.definition.sourceLocale;

  return (
    <div className="stack-large">
      {conflict ? (
        <ConflictNotice
          copies={conflict.copies}
          filesNotAttached={conflict.filesNotAttached}
          labels={Object.fromEntries(
            section.questions.map((q) => [q.id, textIn(q.label, i18n.language, source)]),
          )}
        />
      ) : null}
      <ErrorSummary errors={summaryErrors} />
      <Form
        key={resetKey}
        ref={form.formRef}
        method="post"
        encType="multipart/form-data"
        noValidate
        onSubmit={form.onSubmit}
        className="stack-large applying-section"
      >
        <input type="hidden" name="revision" value={form.revision} />
        <QuestionFields
          section={section}
          form={page.definition}
          locale={i18n.language}
          sourceLocale={source}
          values={form.values}
          errors={form.errors}
          currency={page.currency}
          potMaxMinor={page.potMaxMinor}
          recordingRetentionDays={page.recordingRetentionDays}
          headingLevel={0}
        />
        {page.fileQuestions.some((q) => q.file) ? (
          <section className="stack applying-files" aria-labelledby="attached-files">
            <h2 id="attached-files">{t("files.attachedTitle")}</h2>
            <ul className="applying-plain-list">
              {page.fileQuestions.map((question) =>
                question.file ? (
                  <li key={`${question.questionId}-${question.kind}`} className="applying-file">
                    <span className="muted">
                      <FunderText text={question.label} />
                      {question.kind === "recording" ? ` (${t("answers.recording")})` : null}
                    </span>
                    <a
                      href={`/applications/${page.heading.id}/files/${question.file.id}`}
                      dir="auto"
                    >
                      {question.file.name}
                    </a>
                    <button
                      type="submit"
                      name="intent"
                      value={`replace:${question.questionId}:${question.kind}`}
                      className="link-button"
                      disabled={busy}
                    >
                      {t("files.replace")}
                      <span className="visually-hidden"> {question.file.name}</span>
                    </button>
                  </li>
                ) : null,
              )}
            </ul>
          </section>
        ) : null}
        <SaveActions
          next={{ intent: "continue", label: t("section.saveAndContinue") }}
          later={{ intent: "later", label: t("section.saveForLater") }}
          busy={busy}
          status={form.status}
          savedAt={form.savedAt}
        />
      </Form>
    </div>
  );
}
