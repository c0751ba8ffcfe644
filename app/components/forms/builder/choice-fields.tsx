import { useTranslation } from "react-i18next";
import type { Question } from "~/domain/forms/definition";
import { EMPTY_CHOICE_ROWS } from "~/domain/forms/question-form";
import type { FieldErrors } from "~/domain/shared/validation";
import { LocalTextFields } from "./local-text-fields";

type Props = {
  question: Extract<Question, { choices: unknown }>;
  sourceLocale: string;
  values?: Record<string, string>;
  errors?: FieldErrors;
};

/** The rows posted last time, so a page shown again with errors keeps every row typed. */
function postedRows(values: Record<string, string>) {
  const indices = Object.keys(values)
    .map((name) => /^choice\.(\d{1,2})\./.exec(name)?.[1])
    .filter((n): n is string => n !== undefined)
    .map(Number);
  return [...new Set(indices)].sort((a, b) => a - b);
}

/**
 * The choices, each in every language, plus empty rows to add more without JavaScript.
 * Emptying every box of a row removes that choice.
 */
export function ChoiceFields({ question, sourceLocale, values, errors }: Props) {
  const { t } = useTranslation();
  const rows = values
    ? postedRows(values)
    : Array.from({ length: question.choices.length + EMPTY_CHOICE_ROWS }, (_, index) => index);
  return (
    <fieldset className="stack builder-fieldset">
      <legend>{t("forms:choices.title")}</legend>
      <p className="field__hint">{t("forms:choices.hint")}</p>
      {rows.map((index, position) => {
        const existing = values ? undefined : question.choices[index];
        const value = values ? (values[`choice.${index}.value`] ?? "") : (existing?.value ?? "");
        return (
          <div key={index} className="builder-choice">
            {value ? <input type="hidden" name={`choice.${index}.value`} value={value} /> : null}
            <LocalTextFields
              name={`choice.${index}.label`}
              legend={
                existing || value
                  ? t("forms:choices.choice", { number: position + 1 })
                  : t("forms:choices.newChoice", { number: position + 1 })
              }
              sourceLocale={sourceLocale}
              required={false}
              current={existing?.label}
              values={values}
              errors={errors}
            />
          </div>
        );
      })}
    </fieldset>
  );
}
