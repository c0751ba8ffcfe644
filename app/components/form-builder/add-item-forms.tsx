import { Form } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { Field } from "~/components/form-field";
import { questionTypes, textIn, type FormDefinition } from "~/domain/forms/definition";
import type { FieldErrors } from "~/lib/validation";

/** What the last try of this form sent back: its errors, and what was typed. */
type Returned = { errors?: FieldErrors; values?: Record<string, string> };

/** "Add a question" on a draft: its words, its kind of answer and its part. */
export function AddQuestionForm({
  definition,
  locale,
  errors,
  values,
}: Returned & { definition: FormDefinition; locale: string }) {
  const { t } = useTranslation();
  return (
    <section className="stack card" aria-labelledby="add-question-title">
      <h2 id="add-question-title">{t("forms:builder.addQuestionTitle")}</h2>
      <Form method="post" className="stack">
        <input type="hidden" name="intent" value="add-question" />
        <Field
          name="label"
          label={t("forms:builder.newQuestionLabel")}
          hint={t("forms:builder.newQuestionHint")}
          errors={errors}
        >
          {(props) => <input {...props} dir="auto" defaultValue={values?.label} />}
        </Field>
        <Field name="type" label={t("forms:builder.newQuestionType")} errors={errors}>
          {(props) => (
            <select {...props} defaultValue={values?.type ?? "shortText"}>
              {questionTypes.map((type) => (
                <option key={type} value={type}>
                  {t(`forms:types.${type}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field name="sectionId" label={t("forms:builder.newQuestionSection")} errors={errors}>
          {(props) => (
            <select
              {...props}
              defaultValue={
                values?.sectionId ?? definition.sections[definition.sections.length - 1]?.id
              }
            >
              {definition.sections.map((section, index) => (
                <option key={section.id} value={section.id}>
                  {textIn(section.title, locale, definition.sourceLocale).text ||
                    t("forms:builder.untitledSection", { number: index + 1 })}
                </option>
              ))}
            </select>
          )}
        </Field>
        <button type="submit" className="button">
          {t("forms:builder.addQuestion")}
        </button>
      </Form>
    </section>
  );
}

/** "Add a part" on a draft: its title in the form's own language. */
export function AddSectionForm({ errors, values }: Returned) {
  const { t } = useTranslation();
  return (
    <section className="stack card" aria-labelledby="add-section-title">
      <h2 id="add-section-title">{t("forms:builder.addSectionTitle")}</h2>
      <Form method="post" className="stack">
        <input type="hidden" name="intent" value="add-section" />
        <Field
          name="title"
          label={t("forms:builder.newSectionTitle")}
          hint={t("forms:builder.newSectionHint")}
          errors={errors}
        >
          {(props) => <input {...props} dir="auto" defaultValue={values?.title} />}
        </Field>
        <button type="submit" className="button button--secondary">
          {t("forms:builder.addSection")}
        </button>
      </Form>
    </section>
  );
}
