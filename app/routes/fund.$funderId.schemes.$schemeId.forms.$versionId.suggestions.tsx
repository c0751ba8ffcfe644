import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { z } from "zod";
import { FormText } from "~/components/forms/answer-fields";
import { versionPath } from "~/components/forms/builder/paths";
import { SuggestionList, type StaffSuggestion } from "~/components/forms/builder/suggestion-list";
import { BuilderTrail, VersionNav } from "~/components/forms/builder/version-nav";
import { ErrorSummary } from "~/components/shared/form-field";
import { MachineTranslationToggle } from "~/components/shared/machine-translation";
import { textIn } from "~/domain/forms/definition";
import { translated } from "~/domain/shared/translated-text";
import { parseForm, type FieldErrors } from "~/domain/shared/validation";
import { answerSuggestion, suggestionsForStaff } from "~/services/forms/form-suggestions.server";
import { requireFormVersion } from "~/services/forms/form-access.server";
import { localeOf } from "~/services/platform/i18n.server";
import { translationsForPage } from "~/services/platform/machine-translation.server";

/** Every suggestion on a version, by question, each answered with accept or decline and a reply. */

const answerSchema = z.object({
  suggestionId: z.string().min(1),
  decision: z.enum(["ACCEPTED", "DECLINED"], { message: "forms:suggestions.errors.decision" }),
  reply: z
    .string()
    .trim()
    .min(1, "forms:suggestions.errors.replyRequired")
    .max(1000, "forms:suggestions.errors.replyTooLong"),
});

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { user, scheme, ref, version } = await requireFormVersion(request, params, "view");
  const locale = await localeOf(request);
  const suggestions = await suggestionsForStaff(version.id);
  const { machineTranslation, translations } = await translationsForPage(request, {
    readerLocale: locale,
    texts: suggestions.map((s) => ({ text: s.text, language: s.locale })),
    actorId: user.id,
    purpose: "form-suggestions",
    entity: { type: "FormVersion", id: version.id },
    funderId: ref.funderId,
  });
  return {
    ref,
    locale,
    machineTranslation,
    schemeTitle: translated(scheme.title, locale),
    version: { id: version.id, version: version.version, status: version.status },
    definition: version.definition,
    suggestions: suggestions.map((s, index) => ({
      id: s.id,
      kind: s.kind,
      text: s.text,
      translation: translations[index] ?? null,
      locale: s.locale,
      showName: s.showName,
      status: s.status,
      reply: s.reply,
      authorName: s.authorName,
      repliedByName: s.repliedByName,
      createdAt: s.createdAt.toISOString(),
      sectionId: s.sectionId,
      questionId: s.questionId,
    })),
  };
}

type ActionData = { suggestionId: string; errors: FieldErrors; values: Record<string, string> };

export async function action({ request, params }: ActionFunctionArgs) {
  const { user, ref, version } = await requireFormVersion(request, params, "edit");
  const parsed = parseForm(answerSchema, await request.formData());
  const here = `${versionPath(ref.funderId, ref.schemeId, version.id)}/suggestions`;
  if (!parsed.ok) {
    const suggestionId = parsed.values.suggestionId ?? "";
    // Each suggestion has its own reply box, so the error is keyed to that one.
    const errors = Object.fromEntries(
      Object.entries(parsed.errors).map(([field, error]) => [`${field}-${suggestionId}`, error]),
    );
    return data<ActionData>({ suggestionId, errors, values: parsed.values }, { status: 400 });
  }
  const result = await answerSuggestion(user, { ...ref, versionId: version.id }, parsed.data);
  if (!result.ok) {
    return data<ActionData>(
      {
        suggestionId: parsed.data.suggestionId,
        errors: {
          [`reply-${parsed.data.suggestionId}`]: {
            key: "forms:suggestions.errors.alreadyAnswered",
          },
        },
        values: {},
      },
      { status: 409 },
    );
  }
  // A reader who was reading translations keeps them after answering.
  const translate = new URL(request.url).searchParams.get("translate");
  const keep = translate ? `&translate=${encodeURIComponent(translate)}` : "";
  return redirect(`${here}?done=answered${keep}#suggestion-${parsed.data.suggestionId}`);
}

function AnswerForm({
  suggestion,
  actionData,
}: {
  suggestion: StaffSuggestion;
  actionData?: ActionData;
}) {
  const { t } = useTranslation();
  const mine = actionData?.suggestionId === suggestion.id ? actionData : undefined;
  const id = `field-reply-${suggestion.id}`;
  const error = mine?.errors[`reply-${suggestion.id}`] ?? mine?.errors[`decision-${suggestion.id}`];
  return (
    <Form method="post" className="stack" id={`suggestion-${suggestion.id}`}>
      <input type="hidden" name="suggestionId" value={suggestion.id} />
      <div className={error ? "field field--error" : "field"}>
        <label htmlFor={id}>{t("forms:suggestions.reply")}</label>
        <p id={`${id}-hint`} className="field__hint">
          {t("forms:suggestions.replyHint")}
        </p>
        {error ? (
          <p id={`${id}-error`} className="field__error">
            {t(error.key)}
          </p>
        ) : null}
        <textarea
          id={id}
          name="reply"
          rows={3}
          dir="auto"
          defaultValue={mine?.values.reply}
          aria-describedby={`${id}-hint${error ? ` ${id}-error` : ""}`}
          aria-invalid={error ? true : undefined}
        />
      </div>
      <div className="builder-actions">
        <button type="submit" name="decision" value="ACCEPTED" className="button">
          {t("forms:suggestions.accept")}
        </button>
        <button type="submit" name="decision" value="DECLINED" className="button button--secondary">
          {t("forms:suggestions.decline")}
        </button>
      </div>
    </Form>
  );
}

export default function Suggestions() {
  const { ref, locale, machineTranslation, schemeTitle, version, definition, suggestions } =
    useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const [searchParams] = useSearchParams();
  const { t } = useTranslation();
  const text = (value: Parameters<typeof textIn>[0]) =>
    textIn(value, locale, definition.sourceLocale);
  const answer = (suggestion: StaffSuggestion) => (
    <AnswerForm suggestion={suggestion} actionData={actionData} />
  );
  const known = new Set(
    definition.sections.flatMap((s) => [s.id, ...s.questions.map((q) => q.id)]),
  );
  const general = suggestions.filter(
    (s) => !(s.questionId && known.has(s.questionId)) && !(s.sectionId && known.has(s.sectionId)),
  );
  return (
    <div className="stack-large builder-page">
      <div className="stack">
        <BuilderTrail schemeId={ref.schemeId} schemeTitle={schemeTitle} inForms />
        <h1>{t("forms:suggestions.title", { version: version.version })}</h1>
        <VersionNav funderId={ref.funderId} schemeId={ref.schemeId} version={version} />
        <p>{t("forms:suggestions.intro")}</p>
        {searchParams.get("done") === "answered" ? (
          <p role="status" className="notice">
            {t("forms:suggestions.answered")}
          </p>
        ) : null}
        <ErrorSummary errors={actionData?.errors} />
        {suggestions.length === 0 ? <p>{t("forms:suggestions.none")}</p> : null}
        <MachineTranslationToggle view={machineTranslation} />
      </div>

      {general.length > 0 ? (
        <section className="stack" aria-labelledby="about-form">
          <h2 id="about-form">{t("forms:suggestions.aboutForm")}</h2>
          <SuggestionList suggestions={general} answer={answer} translation={machineTranslation} />
        </section>
      ) : null}

      {definition.sections.map((section) => {
        const aboutSection = suggestions.filter(
          (s) => s.sectionId === section.id && !(s.questionId && known.has(s.questionId)),
        );
        const questions = section.questions
          .map((question) => ({
            question,
            list: suggestions.filter((s) => s.questionId === question.id),
          }))
          .filter((entry) => entry.list.length > 0);
        if (aboutSection.length === 0 && questions.length === 0) return null;
        return (
          <section
            key={section.id}
            className="stack"
            aria-labelledby={`about-section-${section.id}`}
          >
            <h2 id={`about-section-${section.id}`}>
              <FormText text={text(section.title)} />
            </h2>
            {aboutSection.length > 0 ? (
              <SuggestionList
                suggestions={aboutSection}
                answer={answer}
                translation={machineTranslation}
              />
            ) : null}
            {questions.map(({ question, list }) => (
              <div key={question.id} className="stack">
                <h3 id={`about-${question.id}`}>
                  <FormText text={text(question.label)} />
                </h3>
                <SuggestionList
                  suggestions={list}
                  answer={answer}
                  translation={machineTranslation}
                />
              </div>
            ))}
          </section>
        );
      })}
    </div>
  );
}
