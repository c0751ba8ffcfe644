import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { ChoiceFields } from "~/components/forms/builder/choice-fields";
import { CONDITION_STEP, ConditionFields } from "~/components/forms/builder/condition-fields";
import { LocalTextFields } from "~/components/forms/builder/local-text-fields";
import { versionPath } from "~/components/forms/builder/paths";
import { Checkbox, QuestionSettings } from "~/components/forms/builder/question-settings";
import { SuggestionList } from "~/components/forms/builder/suggestion-list";
import { BuilderTrail } from "~/components/forms/builder/version-nav";
import { ErrorSummary } from "~/components/shared/form-field";
import { textIn } from "~/domain/forms/definition";
import { replaceQuestion } from "~/domain/forms/edit";
import {
  conditionCandidates,
  conditionValues,
  questionFormSchema,
} from "~/domain/forms/question-form";
import { isEditable } from "~/domain/forms/version-lifecycle";
import { translated } from "~/domain/shared/translated-text";
import { typedValues } from "~/domain/shared/form-values";
import { parseForm, type FieldErrors } from "~/domain/shared/validation";
import { suggestionsForStaff } from "~/services/forms/form-suggestions.server";
import { editDraft } from "~/services/forms/form-versions.server";
import { requireFormQuestion } from "~/services/forms/form-access.server";
import { translatorFor, localeOf } from "~/services/platform/i18n.server";

/** One question's words in every language, its settings, its choices and when it is asked. */

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { scheme, ref, version, question } = await requireFormQuestion(request, params, "view");
  const locale = await localeOf(request);
  const t = await translatorFor(locale);
  const source = version.definition.sourceLocale;
  const partOf = new Map(
    version.definition.sections.flatMap((section, index) =>
      section.questions.map((q) => [
        q.id,
        textIn(section.title, locale, source).text ||
          t("forms:builder.untitledSection", { number: index + 1 }),
      ]),
    ),
  );
  const suggestions = (await suggestionsForStaff(version.id)).filter(
    (s) => s.questionId === question.id,
  );
  return {
    ref,
    locale,
    currency: scheme.currency,
    schemeTitle: translated(scheme.title, locale),
    version: { id: version.id, version: version.version, status: version.status },
    editable: isEditable(version.status),
    sourceLocale: source,
    question,
    label: textIn(question.label, locale, source),
    candidates: conditionCandidates(version.definition, question.id).map((candidate) => ({
      id: candidate.id,
      label: textIn(candidate.label, locale, source),
      part: partOf.get(candidate.id) ?? "",
      values: conditionValues(candidate).map((option) => ({
        value: option.value,
        label: option.label
          ? textIn(option.label, locale, source).text || option.value
          : t(`forms:field.${option.value}`),
      })),
    })),
    suggestions: suggestions.map((s) => ({
      ...s,
      createdAt: s.createdAt.toISOString(),
      repliedAt: s.repliedAt?.toISOString() ?? null,
    })),
  };
}

type ActionData = { errors: FieldErrors; values: Record<string, string> };

export async function action({ request, params }: ActionFunctionArgs) {
  const { scheme, ref, user, version, question } = await requireFormQuestion(
    request,
    params,
    "edit",
  );
  const form = await request.formData();
  // "Show its answers" (JavaScript off): the page comes back with what was typed, nothing saved.
  if (form.get(CONDITION_STEP) === "answers")
    return data<ActionData>({ errors: {}, values: typedValues(form) });
  const parsed = parseForm(questionFormSchema(question, version.definition, scheme.currency), form);
  if (!parsed.ok)
    return data<ActionData>({ errors: parsed.errors, values: parsed.values }, { status: 400 });
  const result = await editDraft(
    user,
    ref,
    version.id,
    (definition) => replaceQuestion(definition, parsed.data),
    {
      change: "edit-question",
      id: question.id,
    },
  );
  if (!result.ok) {
    // Rare: the draft was published, or another edit made this one clash, since the page was opened.
    const key = result.reason === "invalid" ? result.error.key : "forms:builder.errors.notEditable";
    const field = /Condition/.test(key)
      ? "showIf.questionId"
      : `label.${version.definition.sourceLocale}`;
    return data<ActionData>(
      { errors: { [field]: { key } }, values: typedValues(form) },
      { status: 400 },
    );
  }
  // Back on the version page, "Add a question" starts in this question's part.
  const part = version.definition.sections.find((section) =>
    section.questions.some((q) => q.id === question.id),
  );
  return redirect(
    `${versionPath(ref.funderId, ref.schemeId, version.id)}?done=saved&addTo=${part?.id ?? ""}#field-item-${question.id}`,
  );
}

export default function EditQuestion() {
  const {
    ref,
    currency,
    schemeTitle,
    version,
    editable,
    sourceLocale,
    question,
    label,
    candidates,
    suggestions,
  } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const { t } = useTranslation();
  const values = actionData?.values;
  const errors = actionData?.errors;
  const back = versionPath(ref.funderId, ref.schemeId, version.id);
  return (
    <div className="stack-large builder-page builder-narrow">
      <div className="stack">
        <BuilderTrail schemeId={ref.schemeId} schemeTitle={schemeTitle} inForms />
        <p>
          <Link to={back}>{t("forms:nav.backToVersion", { version: version.version })}</Link>
        </p>
        <h1>{editable ? t("forms:question.editTitle") : t("forms:question.viewTitle")}</h1>
        <p className="lead" lang={label.locale}>
          {label.text || question.id}
        </p>
        <p className="muted">{t(`forms:types.${question.type}`)}</p>
        {!editable ? <p className="notice">{t("forms:builder.frozen")}</p> : null}
        <ErrorSummary errors={errors} />
      </div>

      <Form method="post" className="stack-large">
        {/* Enter in a text box saves, as the visible Save button does: the browser submits with
            a form's first button, and "Show its answers" comes earlier on the page. */}
        {editable ? (
          <button type="submit" className="visually-hidden" tabIndex={-1} aria-hidden="true">
            {t("forms:question.save")}
          </button>
        ) : null}
        <fieldset className="stack-large builder-fieldset" disabled={!editable}>
          <LocalTextFields
            name="label"
            legend={
              question.type === "declaration"
                ? t("forms:question.declarationText")
                : t("forms:question.label")
            }
            sourceLocale={sourceLocale}
            required
            current={question.label}
            values={values}
            errors={errors}
            multiline={question.type === "declaration"}
          />
          <LocalTextFields
            name="help"
            legend={t("forms:question.help")}
            hint={t("forms:question.helpHint")}
            sourceLocale={sourceLocale}
            required={false}
            current={question.help}
            values={values}
            errors={errors}
            multiline
          />
          {question.type !== "declaration" ? (
            <div className="appform-option">
              <input
                type="checkbox"
                id="field-required"
                name="required"
                defaultChecked={values ? values.required === "on" : question.required}
              />
              <label htmlFor="field-required">{t("forms:question.required")}</label>
            </div>
          ) : (
            <p className="muted">{t("forms:question.declarationAlwaysRequired")}</p>
          )}
          {question.type !== "declaration" ? (
            <Checkbox
              name="identifying"
              label={t("forms:question.identifying")}
              hint={t("forms:question.identifyingHint")}
              checked={values ? values.identifying === "on" : question.identifying === true}
            />
          ) : null}
          <fieldset className="stack builder-texts">
            <legend>{t("forms:settings.title")}</legend>
            <QuestionSettings
              question={question}
              currency={currency}
              values={values}
              errors={errors}
            />
          </fieldset>
          {"choices" in question ? (
            <ChoiceFields
              question={question}
              sourceLocale={sourceLocale}
              values={values}
              errors={errors}
            />
          ) : null}
          <ConditionFields
            candidates={candidates}
            current={question.showIf}
            values={values}
            errors={errors}
          />
          {editable ? (
            <button type="submit" className="button">
              {t("forms:question.save")}
            </button>
          ) : null}
        </fieldset>
      </Form>

      <section className="stack" aria-labelledby="suggestions-title">
        <h2 id="suggestions-title">{t("forms:question.suggestionsTitle")}</h2>
        {suggestions.length === 0 ? (
          <p>{t("forms:question.noSuggestions")}</p>
        ) : (
          <SuggestionList suggestions={suggestions} />
        )}
        {suggestions.some((s) => s.status === "OPEN") ? (
          <p>
            <Link to={`${back}/suggestions#about-${question.id}`}>
              {t("forms:question.answerSuggestions")}
            </Link>
          </p>
        ) : null}
      </section>
    </div>
  );
}
