import { Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import {
  FormText,
  UntranslatedNote,
  questionLimits,
  shown,
} from "~/components/forms/answer-fields";
import { ConditionSummary, useAnswerLabel } from "~/components/forms/builder/condition-summary";
import {
  textIn,
  type FormDefinition,
  type Question,
  type Section,
} from "~/domain/forms/definition";

type OutlineProps = {
  definition: FormDefinition;
  locale: string;
  currency: string;
  /** While the consultation is open, each part and question links to the suggestion form. */
  open: boolean;
  /** Question labels as shown on this page, by id. */
  names: Map<string, string>;
};

const suggestLink = (value: string) => `?about=${encodeURIComponent(value)}#suggest`;

/** The whole form as an applicant would meet it, read in her language where it is translated. */
export function ConsultationOutline(props: OutlineProps) {
  return (
    <>
      {props.definition.sections.map((section, index) => (
        <SectionOutline key={section.id} {...props} section={section} number={index + 1} />
      ))}
    </>
  );
}

function SectionOutline({
  section,
  number,
  ...props
}: OutlineProps & { section: Section; number: number }) {
  const { t } = useTranslation();
  const { definition, locale, open } = props;
  const source = definition.sourceLocale;
  const title = textIn(section.title, locale, source);
  const description = shown(section.description, locale, source);
  return (
    <section className="stack consult-section" aria-labelledby={`consult-section-${section.id}`}>
      <h2 id={`consult-section-${section.id}`}>
        <span className="muted">{t("forms:builder.sectionNumber", { number })}</span>{" "}
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
        {section.questions.map((question) => (
          <QuestionOutline key={question.id} {...props} question={question} />
        ))}
      </ol>
    </section>
  );
}

function QuestionOutline({
  definition,
  locale,
  currency,
  open,
  names,
  question,
}: OutlineProps & { question: Question }) {
  const { t } = useTranslation();
  const answerLabel = useAnswerLabel(definition, locale);
  const source = definition.sourceLocale;
  const label = textIn(question.label, locale, source);
  const help = shown(question.help, locale, source);
  const limits = questionLimits(question, t, { locale, currency });
  return (
    <li className="builder-question" id={`consult-question-${question.id}`}>
      <p className="builder-question__label">
        <FormText text={label} />
      </p>
      {help ? (
        <p className="field__hint">
          <FormText text={help} />
        </p>
      ) : null}
      <UntranslatedNote texts={help ? [label, help] : [label]} sourceLocale={source} />
      <p className="muted">
        {t(`forms:types.${question.type}`)} ·{" "}
        {question.required ? t("forms:builder.required") : t("forms:builder.optional")}
        {limits ? ` · ${limits}` : ""}
      </p>
      {"choices" in question || question.type === "yesNo" ? (
        <ul className="consult-choices">
          {(question.type === "yesNo" ? ["yes", "no"] : question.choices.map((c) => c.value)).map(
            (value) => (
              <li key={value}>{answerLabel(question, value)}</li>
            ),
          )}
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
}
