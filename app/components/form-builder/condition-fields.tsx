import { useTranslation } from "react-i18next";
import type { FieldErrors } from "~/lib/validation";

export type ConditionCandidate = {
  id: string;
  label: { text: string; locale: string };
  values: { value: string; label: string }[];
};

type Props = {
  candidates: ConditionCandidate[];
  current?: { questionId: string; anyOf: string[] };
  values?: Record<string, string>;
  errors?: FieldErrors;
};

/**
 * "When to ask this question": always, or only after certain answers to another question.
 * Every candidate's answers are listed under it, so this works without JavaScript; only the
 * answers under the chosen question count.
 */
export function ConditionFields({ candidates, current, values, errors }: Props) {
  const { t } = useTranslation();
  const chosen = values ? (values["showIf.questionId"] ?? "") : (current?.questionId ?? "");
  const error = errors?.["showIf.questionId"];
  const isChecked = (questionId: string, value: string) => {
    const name = `showIf.value.${questionId}.${value}`;
    return values
      ? values[name] === "on"
      : current?.questionId === questionId && current.anyOf.includes(value);
  };
  return (
    <fieldset
      className={error ? "field field--error stack builder-texts" : "field stack builder-texts"}
      aria-describedby={error ? "field-showIf.questionId-error" : "condition-hint"}
    >
      <legend>{t("forms:condition.title")}</legend>
      <p id="condition-hint" className="field__hint">
        {t("forms:condition.hint")}
      </p>
      {error ? (
        <p id="field-showIf.questionId-error" className="field__error">
          {t(error.key)}
        </p>
      ) : null}
      <div className="appform-option">
        <input
          type="radio"
          id="field-showIf.questionId"
          name="showIf.questionId"
          value=""
          defaultChecked={chosen === ""}
        />
        <label htmlFor="field-showIf.questionId">{t("forms:condition.always")}</label>
      </div>
      {candidates.length === 0 ? (
        <p className="muted">{t("forms:condition.noCandidates")}</p>
      ) : null}
      {candidates.map((candidate) => {
        const radioId = `condition-${candidate.id}`;
        return (
          <div key={candidate.id} className="builder-condition-choice">
            <div className="appform-option">
              <input
                type="radio"
                id={radioId}
                name="showIf.questionId"
                value={candidate.id}
                defaultChecked={chosen === candidate.id}
              />
              <label htmlFor={radioId}>
                {t("forms:condition.onlyWhen", { question: candidate.label.text })}
              </label>
            </div>
            <fieldset className="builder-condition-values">
              <legend>{t("forms:condition.answers", { question: candidate.label.text })}</legend>
              {candidate.values.map((option) => {
                const name = `showIf.value.${candidate.id}.${option.value}`;
                return (
                  <div key={option.value} className="appform-option">
                    <input
                      type="checkbox"
                      id={`field-${name}`}
                      name={name}
                      defaultChecked={isChecked(candidate.id, option.value)}
                    />
                    <label htmlFor={`field-${name}`}>{option.label}</label>
                  </div>
                );
              })}
            </fieldset>
          </div>
        );
      })}
    </fieldset>
  );
}
