import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { z } from "zod";
import { FormText, UntranslatedNote, questionLimits, shown } from "~/components/application-form";
import { ConditionSummary, useAnswerLabel } from "~/components/form-builder/condition-summary";
import { FormattedDateTime } from "~/components/formatted-date";
import { ErrorSummary, Field } from "~/components/form-field";
import { allQuestions, textIn, type LocalText } from "~/domain/forms/definition";
import { translated } from "~/domain/translated-text";
import { parseForm, type FieldErrors } from "~/lib/validation";
import { addSuggestion, suggestionsBy } from "~/services/form-suggestions.server";
import { localeOf } from "~/services/i18n.server";
import { requireUser } from "~/services/permissions.server";
import { requireConsultationAccess } from "~/services/working-group.server";
import type { TranslationHandle } from "~/locales/namespaces";

export const handle: TranslationHandle = { i18n: ["applicationForm", "forms"] };

/**
 * A form in consultation, as a working-group member reads it: every section and question in
 * her language, and a place to comment, suggest better words or a missing question. She
 * sees what she sent and the funder's answers.
 */

const kinds = ["COMMENT", "REWORDING", "NEW_QUESTION"] as const;

const suggestionSchema = z.object({
  about: z.string().max(100).default(""),
  kind: z.enum(kinds, { message: "forms:consult.errors.kind" }),
  text: z
    .string()
    .trim()
    .min(1, "forms:consult.errors.textRequired")
    .max(4000, "forms:consult.errors.textTooLong"),
  showName: z.literal("on").optional(),
});

/** "question:abc" / "section:abc" / "" (the whole form), as the "about" choice posts it. */
function targetOf(about: string) {
  const [type, id = null] = about.split(":");
  return { sectionId: type === "section" ? id : null, questionId: type === "question" ? id : null };
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const version = await requireConsultationAccess(user.id, params.versionId ?? "", {
    toComment: false,
  });
  const locale = await localeOf(request);
  const mine = await suggestionsBy(user.id, version.id);
  return {
    locale,
    currency: version.scheme.currency,
    schemeTitle: translated(version.scheme.title, locale),
    funderName: version.scheme.funder.name,
    version: { id: version.id, version: version.version, status: version.status },
    open: version.status === "CONSULTATION",
    definition: version.definition,
    mine: mine.map((s) => ({
      id: s.id,
      kind: s.kind,
      text: s.text,
      locale: s.locale,
      status: s.status,
      reply: s.reply,
      sectionId: s.sectionId,
      questionId: s.questionId,
      showName: s.showName,
      createdAt: s.createdAt.toISOString(),
    })),
  };
}

type ActionData = { errors: FieldErrors; values: Record<string, string> };

export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requireUser(request);
  const versionId = params.versionId ?? "";
  // Checked before reading the form, so a closed consultation is a 403 whatever was sent.
  await requireConsultationAccess(user.id, versionId, { toComment: true });
  const parsed = parseForm(suggestionSchema, await request.formData());
  if (!parsed.ok)
    return data<ActionData>({ errors: parsed.errors, values: parsed.values }, { status: 400 });
  await addSuggestion(user, versionId, {
    target: targetOf(parsed.data.about),
    kind: parsed.data.kind,
    text: parsed.data.text,
    showName: parsed.data.showName === "on",
    locale: await localeOf(request),
  });
  return redirect(`/consultations/${versionId}?sent=1#mine`);
}

export default function Consultation() {
  const { locale, currency, schemeTitle, funderName, version, open, definition, mine } =
    useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const [searchParams] = useSearchParams();
  const { t } = useTranslation();
  const source = definition.sourceLocale;
  const text = (value: LocalText | undefined) => textIn(value, locale, source);
  const names = new Map(allQuestions(definition).map((q) => [q.id, text(q.label).text || q.id]));
  const answerLabel = useAnswerLabel(definition, locale);
  const aboutParam = searchParams.get("about") ?? "";
  const values = actionData?.values;
  const about =
    values?.about ??
    (aboutParam.startsWith("new:") ? `section:${aboutParam.slice(4)}` : aboutParam);
  const kind =
    values?.kind ??
    (aboutParam.startsWith("new:")
      ? "NEW_QUESTION"
      : aboutParam.startsWith("question:")
        ? "REWORDING"
        : "COMMENT");
  const aboutName = (s: { sectionId: string | null; questionId: string | null }) => {
    if (s.questionId && names.has(s.questionId))
      return t("forms:consult.aboutQuestion", { question: names.get(s.questionId) });
    const section = definition.sections.find((x) => x.id === s.sectionId);
    return section
      ? t("forms:consult.aboutSection", { section: text(section.title).text })
      : t("forms:consult.aboutForm");
  };
  const suggestLink = (value: string) => `?about=${encodeURIComponent(value)}#suggest`;

  return (
    <div className="stack-large builder-page consult">
      <div className="stack">
        <h1>{t("forms:consult.title")}</h1>
        <p className="lead">
          <span lang={schemeTitle.locale}>{schemeTitle.text}</span> ·{" "}
          {t("forms:versions.version", { version: version.version })}
        </p>
        <p>{open ? t("forms:consult.intro", { funder: funderName }) : t("forms:consult.closed")}</p>
        {open ? (
          <p>
            <a href="#suggest">{t("forms:consult.jumpToForm")}</a>
          </p>
        ) : null}
        {searchParams.get("sent") ? (
          <p role="status" className="notice">
            {t("forms:consult.sent")}
          </p>
        ) : null}
      </div>

      {definition.sections.map((section, index) => {
        const title = text(section.title);
        const description = shown(section.description, locale, source);
        return (
          <section
            key={section.id}
            className="stack consult-section"
            aria-labelledby={`consult-section-${section.id}`}
          >
            <h2 id={`consult-section-${section.id}`}>
              <span className="muted">
                {t("forms:builder.sectionNumber", { number: index + 1 })}
              </span>{" "}
              <FormText text={title} />
            </h2>
            {description ? (
              <p>
                <FormText text={description} />
              </p>
            ) : null}
            <UntranslatedNote
              texts={description ? [title, description] : [title]}
              sourceLocale={source}
            />
            {open ? (
              <p className="builder-actions">
                <Link to={suggestLink(`section:${section.id}`)}>
                  {t("forms:consult.commentOnSection")}
                  <span className="visually-hidden">: {title.text}</span>
                </Link>
                <Link to={suggestLink(`new:${section.id}`)}>
                  {t("forms:consult.newQuestionHere")}
                  <span className="visually-hidden">: {title.text}</span>
                </Link>
              </p>
            ) : null}
            <ol className="builder-questions">
              {section.questions.map((question) => {
                const label = text(question.label);
                const help = shown(question.help, locale, source);
                const limits = questionLimits(question, t, { locale, currency });
                return (
                  <li
                    key={question.id}
                    className="builder-question"
                    id={`consult-question-${question.id}`}
                  >
                    <p className="builder-question__label">
                      <FormText text={label} />
                    </p>
                    {help ? (
                      <p className="field__hint">
                        <FormText text={help} />
                      </p>
                    ) : null}
                    <UntranslatedNote
                      texts={help ? [label, help] : [label]}
                      sourceLocale={source}
                    />
                    <p className="muted">
                      {t(`forms:types.${question.type}`)} ·{" "}
                      {question.required
                        ? t("forms:builder.required")
                        : t("forms:builder.optional")}
                      {limits ? ` · ${limits}` : ""}
                    </p>
                    {"choices" in question || question.type === "yesNo" ? (
                      <ul className="consult-choices">
                        {(question.type === "yesNo"
                          ? ["yes", "no"]
                          : question.choices.map((c) => c.value)
                        ).map((value) => (
                          <li key={value}>{answerLabel(question, value)}</li>
                        ))}
                      </ul>
                    ) : null}
                    {question.showIf ? (
                      <ConditionSummary
                        condition={question.showIf}
                        definition={definition}
                        locale={locale}
                        names={names}
                      />
                    ) : null}
                    {open ? (
                      <p>
                        <Link to={suggestLink(`question:${question.id}`)}>
                          {t("forms:consult.suggestChange")}
                          <span className="visually-hidden">: {label.text}</span>
                        </Link>
                      </p>
                    ) : null}
                  </li>
                );
              })}
            </ol>
          </section>
        );
      })}

      {open ? (
        <section className="stack card" aria-labelledby="suggest-title" id="suggest">
          <h2 id="suggest-title">{t("forms:consult.formTitle")}</h2>
          <ErrorSummary errors={actionData?.errors} />
          {/* Keyed by the "suggest a change" link she followed, so its choices are filled in afresh. */}
          <Form method="post" className="stack" noValidate key={aboutParam}>
            <Field name="about" label={t("forms:consult.about")} errors={actionData?.errors}>
              {(props) => (
                <select {...props} defaultValue={about}>
                  <option value="">{t("forms:consult.aboutForm")}</option>
                  {definition.sections.map((section) => (
                    <optgroup key={section.id} label={text(section.title).text}>
                      <option value={`section:${section.id}`}>
                        {t("forms:consult.aboutSection", { section: text(section.title).text })}
                      </option>
                      {section.questions.map((question) => (
                        <option key={question.id} value={`question:${question.id}`}>
                          {t("forms:consult.aboutQuestion", { question: names.get(question.id) })}
                        </option>
                      ))}
                    </optgroup>
                  ))}
                </select>
              )}
            </Field>
            <fieldset className={actionData?.errors.kind ? "field field--error" : "field"}>
              <legend>{t("forms:consult.kind")}</legend>
              {actionData?.errors.kind ? (
                <p className="field__error">{t(actionData.errors.kind.key)}</p>
              ) : null}
              {kinds.map((k, index) => (
                <div key={k} className="appform-option">
                  <input
                    type="radio"
                    id={index === 0 ? "field-kind" : `field-kind-${k}`}
                    name="kind"
                    value={k}
                    defaultChecked={kind === k}
                  />
                  <label htmlFor={index === 0 ? "field-kind" : `field-kind-${k}`}>
                    {t(`forms:consult.kinds.${k}`)}
                  </label>
                </div>
              ))}
            </fieldset>
            <Field
              name="text"
              label={t("forms:consult.text")}
              hint={t("forms:consult.textHint")}
              errors={actionData?.errors}
            >
              {(props) => <textarea {...props} rows={6} dir="auto" defaultValue={values?.text} />}
            </Field>
            <div className="appform-option">
              <input
                type="checkbox"
                id="field-showName"
                name="showName"
                defaultChecked={values?.showName === "on"}
                aria-describedby="field-showName-hint"
              />
              <label htmlFor="field-showName">{t("forms:consult.showName")}</label>
              <p id="field-showName-hint" className="field__hint builder-check-hint">
                {t("forms:consult.showNameHint")}
              </p>
            </div>
            <button type="submit" className="button">
              {t("forms:consult.send")}
            </button>
          </Form>
        </section>
      ) : null}

      <section className="stack" aria-labelledby="mine" id="mine-section">
        <h2 id="mine" tabIndex={-1}>
          {t("forms:consult.mine")}
        </h2>
        {mine.length === 0 ? <p>{t("forms:consult.noneYet")}</p> : null}
        <ul className="builder-suggestions">
          {mine.map((s) => (
            <li key={s.id} className="card">
              <p className="builder-suggestion__meta">
                <strong>{t(`forms:suggestions.kind.${s.kind}`)}</strong> · {aboutName(s)} ·{" "}
                <FormattedDateTime iso={s.createdAt} />
              </p>
              <blockquote lang={s.locale} dir="auto" className="builder-quote">
                {s.text}
              </blockquote>
              <p className="muted">
                {s.showName ? t("forms:consult.named") : t("forms:consult.notNamed")}
              </p>
              <p>
                <span className="builder-status" data-status={s.status}>
                  {t(`forms:suggestions.status.${s.status}`)}
                </span>
              </p>
              {s.reply ? (
                <div className="stack">
                  <p>{t("forms:consult.theirReply")}</p>
                  <blockquote dir="auto" className="builder-quote">
                    {s.reply}
                  </blockquote>
                </div>
              ) : null}
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
