import { useTranslation } from "react-i18next";
import type { FieldErrors } from "~/domain/shared/validation";

type Choice = { value: string; label: React.ReactNode; hint?: string };

/**
 * Radios in a fieldset, each with an optional plain explanation under it. The first radio
 * carries the field id, so the error summary's link lands on the question.
 */
export function ChoiceFieldset({
  name,
  legend,
  choices,
  value,
  errors,
}: {
  name: string;
  legend: string;
  choices: Choice[];
  value?: string;
  errors?: FieldErrors;
}) {
  const { t } = useTranslation();
  const id = `field-${name}`;
  const error = errors?.[name];
  return (
    <fieldset
      className={error ? "field public-radios field--error" : "field public-radios"}
      aria-describedby={error ? `${id}-error` : undefined}
    >
      <legend>{legend}</legend>
      {error ? (
        <p id={`${id}-error`} className="field__error">
          {t(error.key, error.values)}
        </p>
      ) : null}
      {choices.map((choice, index) => {
        const choiceId = index === 0 ? id : `${id}-${choice.value}`;
        return (
          <div key={choice.value} className="public-radios__option">
            <input
              type="radio"
              id={choiceId}
              name={name}
              value={choice.value}
              defaultChecked={value === choice.value}
              aria-describedby={choice.hint ? `${choiceId}-hint` : undefined}
            />
            <label htmlFor={choiceId}>{choice.label}</label>
            {choice.hint ? (
              <p id={`${choiceId}-hint`} className="field__hint">
                {choice.hint}
              </p>
            ) : null}
          </div>
        );
      })}
    </fieldset>
  );
}
