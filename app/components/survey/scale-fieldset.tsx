import { useTranslation } from "react-i18next";
import { ChoiceFieldset } from "~/components/panels/choice-fieldset";
import { scalePoints, type SurveyQuestion } from "~/domain/survey/survey-form";
import type { FieldErrors } from "~/domain/shared/validation";

/** One question on the scale of 1 to 5, each point with words, not just a number. */
export function ScaleFieldset({
  question,
  value,
  errors,
}: {
  question: SurveyQuestion;
  value?: string;
  errors?: FieldErrors;
}) {
  const { t } = useTranslation("survey");
  return (
    <ChoiceFieldset
      name={question}
      legend={t(`questions.${question}`)}
      choices={scalePoints.map((point) => ({
        value: String(point),
        label: `${point} – ${t(`scale.${point}`)}`,
      }))}
      value={value}
      errors={errors}
    />
  );
}
