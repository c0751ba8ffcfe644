import { Form } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { ErrorSummary, Field } from "~/components/shared/form-field";
import { textIn, type FormDefinition } from "~/domain/forms/definition";
import { suggestionDefaults, suggestionKinds } from "~/domain/forms/suggestion-form";
import type { FieldErrors } from "~/domain/shared/validation";

/** A comment, better words or a missing question, about one question, one part or the whole form. */
export function SuggestionForm({
  definition,
  locale,
  names,
  aboutParam,
  answer,
}: {
  definition: FormDefinition;
  locale: string;
  /** Question labels as shown on this page, by id. */
  names: Map<string, string>;
  /** The "?about=" of the link she followed, if any. */
  aboutParam: string;
  /** What she sent, with its problems, when it was refused. */
  answer?: { errors: FieldErrors; values: Record<string, string> };
}) {
  const { t } = useTranslation();
  const errors = answer?.errors;
  const values = answer?.values;
  const { about, kind } = suggestionDefaults(aboutParam, values);
  const sectionTitle = (title: FormDefinition["sections"][number]["title"]) =>
    textIn(title, locale, definition.sourceLocale).text;
  return (
    <section className="stack card" aria-labelledby="suggest-title" id="suggest">
      <h2 id="suggest-title">{t("forms:consult.formTitle")}</h2>
      <ErrorSummary errors={errors} />
      {/* Keyed by the "suggest a change" link she followed, so its choices are filled in afresh. */}
      <Form method="post" className="stack" noValidate key={aboutParam}>
        <Field name="about" label={t("forms:consult.about")} errors={errors}>
          {(props) => (
            <select {...props} defaultValue={about}>
              <option value="">{t("forms:consult.aboutForm")}</option>
              {definition.sections.map((section) => (
                <optgroup key={section.id} label={sectionTitle(section.title)}>
                  <option value={`section:${section.id}`}>
                    {t("forms:consult.aboutSection", { section: sectionTitle(section.title) })}
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
        <fieldset className={errors?.kind ? "field field--error" : "field"}>
          <legend>{t("forms:consult.kind")}</legend>
          {errors?.kind ? <p className="field__error">{t(errors.kind.key)}</p> : null}
          {suggestionKinds.map((k, index) => (
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
          errors={errors}
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
  );
}
