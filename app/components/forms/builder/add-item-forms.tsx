import { Form, useSearchParams } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { Field } from "~/components/shared/form-field";
import { questionTypes, textIn, type FormDefinition } from "~/domain/forms/definition";
import { sectionForNewQuestion } from "~/domain/forms/question-form";
import type { FieldErrors } from "~/domain/shared/validation";

/** What the last try of this form sent back: its errors, and what was typed. */
type Returned = { errors?: FieldErrors; values?: Record<string, string> };

/**
 * "Add a question" on a draft: its words, its kind of answer and its part. It starts in the part
 * whose "Add a question to this part" link was followed (`?addTo=`).
 */
export function AddQuestionForm({
  definition,
  locale,
  errors,
  values,
}: Returned & { definition: FormDefinition; locale: string }) {
  const { t } = useTranslation();
  const [searchParams] = useSearchParams();
  const startIn = sectionForNewQuestion(definition, searchParams.get("addTo"));
  return (
    <section className="stack card" aria-labelledby="add-question-title" id="add-question">
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
            // A new key when the part changes, so following another part's link selects it.
            <select {...props} key={startIn} defaultValue={values?.sectionId ?? startIn}>
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
