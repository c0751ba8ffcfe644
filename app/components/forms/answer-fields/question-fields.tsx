import { useTranslation } from "react-i18next";
import {
  visibleQuestionIds,
  type AnswerError,
  type RawAnswers,
} from "~/domain/forms/answers-schema";
import { allQuestions, type FormDefinition, type Section } from "~/domain/forms/definition";
import { FormText, UntranslatedNote, shown } from "./form-text";
import { QuestionField } from "./question-field";

export type QuestionFieldsProps = {
  section: Section;
  /** The reader's language. */
  locale: string;
  /** The language the funder wrote the form in, shown where a translation is missing. */
  sourceLocale: string;
  /** What was typed or saved, as posted: keys without the `q.` prefix (rawFromFormData). */
  values: RawAnswers;
  /** By question id, as validateAnswers returns them. */
  errors?: Record<string, AnswerError>;
  currency: string;
  potMaxMinor?: number;
  /** Days recordings are kept after the decision, told to whoever records an answer. */
  recordingRetentionDays?: number | null;
  /**
   * The whole form, when conditions may refer to questions in other sections. Without it,
   * only this section's questions decide what is shown.
   */
  form?: FormDefinition;
  /** Show the section's title as a heading of this level (2 by default); 0 for none. */
  headingLevel?: 0 | 2 | 3;
};

/**
 * One section of an application form as plain HTML controls, for a `<Form method="post">`
 * the page provides. Questions whose condition is not met by `values` are left out; without
 * JavaScript they appear once the page is saved, so questions that control others say so.
 * Shared by the builder's preview and the applying pages; nothing here depends on a route.
 */
export function QuestionFields({
  section,
  locale,
  sourceLocale,
  values,
  errors,
  currency,
  potMaxMinor,
  recordingRetentionDays,
  form,
  headingLevel = 2,
}: QuestionFieldsProps) {
  const { t } = useTranslation();
  const whole: FormDefinition = form ?? { sourceLocale, sections: [section] };
  const visible = visibleQuestionIds(whole, values);
  const controllers = new Set(
    allQuestions(whole).flatMap((q) => (q.showIf ? [q.showIf.questionId] : [])),
  );
  const title = shown(section.title, locale, sourceLocale);
  const description = shown(section.description, locale, sourceLocale);
  const Heading = headingLevel === 3 ? "h3" : "h2";
  const questions = section.questions.filter((q) => visible.has(q.id));
  return (
    <div className="stack appform-section">
      {headingLevel !== 0 && title ? (
        <Heading>
          <FormText text={title} />
        </Heading>
      ) : null}
      {description ? (
        <p>
          <FormText text={description} />
        </p>
      ) : null}
      {title || description ? (
        <UntranslatedNote
          texts={[title, description].filter((text) => text !== null)}
          sourceLocale={sourceLocale}
        />
      ) : null}
      {questions.length === 0 ? <p className="muted">{t("forms:field.noQuestions")}</p> : null}
      {questions.map((question) => (
        <QuestionField
          key={question.id}
          question={question}
          locale={locale}
          sourceLocale={sourceLocale}
          values={values}
          error={errors?.[question.id]}
          currency={currency}
          potMaxMinor={potMaxMinor}
          recordingRetentionDays={recordingRetentionDays}
          controlsOthers={controllers.has(question.id)}
        />
      ))}
    </div>
  );
}
