import { useTranslation } from "react-i18next";
import {
  allQuestions,
  textIn,
  type FormDefinition,
  type Question,
} from "~/domain/forms/definition";
import { conditionValues } from "~/domain/forms/question-form";

/** The words for one answer of a controlling question: its choice label, or yes / no. */
export function useAnswerLabel(definition: FormDefinition, locale: string) {
  const { t } = useTranslation();
  return (controller: Question | undefined, value: string) => {
    if (!controller) return value;
    if (controller.type === "yesNo")
      return value === "yes" ? t("forms:field.yes") : t("forms:field.no");
    const choice = conditionValues(controller).find((c) => c.value === value);
    return choice?.label
      ? textIn(choice.label, locale, definition.sourceLocale).text || value
      : value;
  };
}

/** "Only asked when “Is your group registered?” is answered Yes or We are applying". */
export function ConditionSummary({
  condition,
  definition,
  locale,
  names,
}: {
  condition: NonNullable<Question["showIf"]>;
  definition: FormDefinition;
  locale: string;
  /** Question labels as shown on this page, by id. */
  names: Map<string, string>;
}) {
  const { t } = useTranslation();
  const answerLabel = useAnswerLabel(definition, locale);
  const controller = allQuestions(definition).find((q) => q.id === condition.questionId);
  const answers = new Intl.ListFormat(locale, { type: "disjunction" }).format(
    condition.anyOf.map((value) => answerLabel(controller, value)),
  );
  return (
    <p className="builder-condition">
      {t("forms:builder.conditionSummary", {
        question: names.get(condition.questionId) ?? condition.questionId,
        answers,
      })}
    </p>
  );
}
