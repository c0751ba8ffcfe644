import { useTranslation } from "react-i18next";
import type { FieldErrors } from "~/domain/shared/validation";

type RadioGroupProps = {
  name: string;
  legend: string;
  hint?: string;
  options: { value: string; label: string }[];
  value?: string;
  errors?: FieldErrors;
};

/**
 * Radios in a fieldset, with hint and error read out with the question. The first radio
 * carries the field id, so the error summary's link lands on the question.
 */
export function RadioGroup({ name, legend, hint, options, value, errors }: RadioGroupProps) {
  const { t } = useTranslation();
  const id = `field-${name}`;
  const error = errors?.[name];
  const describedBy = [hint ? `${id}-hint` : null, error ? `${id}-error` : null]
    .filter(Boolean)
    .join(" ");
  return (
    <fieldset
      className={error ? "field public-radios field--error" : "field public-radios"}
      aria-describedby={describedBy || undefined}
    >
      <legend>{legend}</legend>
      {hint ? (
        <p id={`${id}-hint`} className="field__hint">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={`${id}-error`} className="field__error">
          {t(error.key, error.values)}
        </p>
      ) : null}
      {options.map((option, index) => {
        const optionId = index === 0 ? id : `${id}-${option.value}`;
        return (
          <div key={option.value} className="public-radios__option">
            <input
              type="radio"
              id={optionId}
              name={name}
              value={option.value}
              defaultChecked={value === option.value}
            />
            <label htmlFor={optionId}>{option.label}</label>
          </div>
        );
      })}
    </fieldset>
  );
}
