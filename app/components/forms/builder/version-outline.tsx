import { Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { FormText } from "~/components/forms/answer-fields";
import {
  textIn,
  type FormDefinition,
  type Question,
  type Section,
} from "~/domain/forms/definition";
import { ConditionSummary } from "./condition-summary";
import { MoveButtons } from "~/components/shared/move-buttons";
import { DeleteButton } from "./item-buttons";
import { questionPath, sectionPath } from "./paths";

type Place = { funderId: string; schemeId: string; versionId: string };

type OutlineProps = {
  place: Place;
  definition: FormDefinition;
  locale: string;
  editable: boolean;
  /** Open suggestions per question id, each linking to the suggestions page. */
  suggestionsByQuestion: Record<string, number>;
  suggestionsPath: string;
};

/**
 * A version's parts and questions, in order, each with a link to its page and, on a draft,
 * buttons to move or delete it.
 */
export function VersionOutline(props: OutlineProps) {
  const { definition, locale } = props;
  const text = (value: Parameters<typeof textIn>[0]) =>
    textIn(value, locale, definition.sourceLocale);
  const questionNames = new Map(
    definition.sections.flatMap((s) => s.questions).map((q) => [q.id, text(q.label).text || q.id]),
  );
  return (
    <>
      {definition.sections.map((section, index) => (
        <SectionOutline
          key={section.id}
          {...props}
          section={section}
          number={index + 1}
          questionNames={questionNames}
        />
      ))}
    </>
  );
}

type SectionProps = OutlineProps & {
  section: Section;
  number: number;
  questionNames: Map<string, string>;
};

function SectionOutline({
  place,
  definition,
  locale,
  editable,
  section,
  number,
  ...rest
}: SectionProps) {
  const { t } = useTranslation();
  const title = textIn(section.title, locale, definition.sourceLocale);
  const sectionName = title.text || t("forms:builder.untitledSection", { number });
  return (
    <section
      className="stack builder-section"
      aria-labelledby={`section-${section.id}`}
      id={`field-item-${section.id}`}
    >
      <h2 id={`section-${section.id}`}>
        <span className="muted">{t("forms:builder.sectionNumber", { number })}</span>{" "}
        {title.text ? <FormText text={title} /> : sectionName}
      </h2>
      <div className="builder-actions">
        <Link to={sectionPath(place.funderId, place.schemeId, place.versionId, section.id)}>
          {editable ? t("forms:builder.editSection") : t("forms:builder.viewSection")}
          <span className="visually-hidden">: {sectionName}</span>
        </Link>
        {editable ? (
          <Link to={`?addTo=${section.id}#add-question`}>
            {t("forms:builder.addQuestionHere")}
            <span className="visually-hidden">: {sectionName}</span>
          </Link>
        ) : null}
        {editable ? <MoveButtons intent="move-section" id={section.id} name={sectionName} /> : null}
        {editable && section.questions.length === 0 ? (
          <DeleteButton intent="delete-section" id={section.id} name={sectionName} />
        ) : null}
      </div>
      {section.questions.length === 0 ? (
        <p className="muted">{t("forms:builder.emptySection")}</p>
      ) : null}
      <ol className="builder-questions">
        {section.questions.map((question) => (
          <QuestionOutline
            key={question.id}
            place={place}
            definition={definition}
            locale={locale}
            editable={editable}
            question={question}
            {...rest}
          />
        ))}
      </ol>
    </section>
  );
}

type QuestionProps = OutlineProps & { question: Question; questionNames: Map<string, string> };

function QuestionOutline({
  place,
  definition,
  locale,
  editable,
  question,
  questionNames,
  suggestionsByQuestion,
  suggestionsPath,
}: QuestionProps) {
  const { t } = useTranslation();
  const label = textIn(question.label, locale, definition.sourceLocale);
  const name = label.text || question.id;
  const waiting = suggestionsByQuestion[question.id] ?? 0;
  return (
    <li id={`field-item-${question.id}`} className="builder-question">
      <p className="builder-question__label">
        {label.text ? <FormText text={label} /> : question.id}
      </p>
      <p className="muted">
        {t(`forms:types.${question.type}`)} ·{" "}
        {question.required ? t("forms:builder.required") : t("forms:builder.optional")}
        {question.identifying ? <> · {t("forms:builder.identifying")}</> : null}
      </p>
      {question.showIf ? (
        <ConditionSummary
          condition={question.showIf}
          definition={definition}
          locale={locale}
          names={questionNames}
        />
      ) : null}
      {waiting > 0 ? (
        <p>
          <Link to={`${suggestionsPath}#about-${question.id}`}>
            {t("forms:builder.questionSuggestions", { count: waiting })}
          </Link>
        </p>
      ) : null}
      <div className="builder-actions">
        <Link to={questionPath(place.funderId, place.schemeId, place.versionId, question.id)}>
          {editable ? t("forms:builder.editQuestion") : t("forms:builder.viewQuestion")}
          <span className="visually-hidden">: {name}</span>
        </Link>
        {editable ? <MoveButtons intent="move-question" id={question.id} name={name} /> : null}
        {editable ? <DeleteButton intent="delete-question" id={question.id} name={name} /> : null}
      </div>
    </li>
  );
}
