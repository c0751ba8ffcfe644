import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import type { FieldErrors } from "~/domain/shared/validation";

export type ConditionCandidate = {
  id: string;
  label: { text: string; locale: string };
  /** The part the question is in, to group a long list. */
  part: string;
  values: { value: string; label: string }[];
};

type Props = {
  candidates: ConditionCandidate[];
  current?: { questionId: string; anyOf: string[] };
  values?: Record<string, string>;
  errors?: FieldErrors;
};

/** The button that shows the chosen question's answers without JavaScript; the action only reads this name. */
export const CONDITION_STEP = "conditionStep";

/**
 * "When to ask this question": always, or only after certain answers to another question.
 * First the question, from one list grouped by part (usable with forty questions), then the
 * answers of that question only. With JavaScript the answers follow the list at once; without
 * it, "Show its answers" sends the form back with what was typed and nothing saved.
 */
export function ConditionFields({ candidates, current, values, errors }: Props) {
  const { t } = useTranslation();
  const initial = values ? (values["showIf.questionId"] ?? "") : (current?.questionId ?? "");
  const [chosen, setChosen] = useState(initial);
  const [interactive, setInteractive] = useState(false);
  useEffect(() => setChosen(initial), [initial]);
  useEffect(() => setInteractive(true), []);
  const candidate = candidates.find((c) => c.id === chosen);
  const error = errors?.["showIf.questionId"];
  const isChecked = (questionId: string, value: string) => {
    const name = `showIf.value.${questionId}.${value}`;
    return values
      ? values[name] === "on"
      : current?.questionId === questionId && current.anyOf.includes(value);
  };
  const parts = [...new Set(candidates.map((c) => c.part))];
  const describedBy = ["condition-hint", error ? "field-showIf.questionId-error" : null]
    .filter(Boolean)
    .join(" ");

  return (
    <fieldset
      className={error ? "field field--error stack builder-texts" : "field stack builder-texts"}
    >
      <legend>{t("forms:condition.title")}</legend>
      <p id="condition-hint" className="field__hint">
        {t("forms:condition.hint")}
      </p>
      {candidates.length === 0 ? (
        <p className="muted">{t("forms:condition.noCandidates")}</p>
      ) : null}
      <div className="stack">
        <label htmlFor="field-showIf.questionId">{t("forms:condition.question")}</label>
        {error ? (
          <p id="field-showIf.questionId-error" className="field__error">
            {t(error.key)}
          </p>
        ) : null}
        <select
          id="field-showIf.questionId"
          name="showIf.questionId"
          value={chosen}
          onChange={(event) => setChosen(event.target.value)}
          aria-describedby={describedBy}
          aria-invalid={error ? true : undefined}
        >
          <option value="">{t("forms:condition.always")}</option>
          {parts.map((part) => (
            <optgroup key={part} label={part}>
              {candidates
                .filter((c) => c.part === part)
                .map((c) => (
                  <option key={c.id} value={c.id} lang={c.label.locale}>
                    {c.label.text || c.id}
                  </option>
                ))}
            </optgroup>
          ))}
        </select>
        {!interactive && candidates.length > 0 ? (
          <p>
            <button
              type="submit"
              name={CONDITION_STEP}
              value="answers"
              className="button button--secondary"
            >
              {t("forms:condition.showAnswers")}
            </button>
          </p>
        ) : null}
      </div>
      {candidate ? (
        <fieldset className="builder-condition-values" key={candidate.id}>
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
      ) : null}
    </fieldset>
  );
}
