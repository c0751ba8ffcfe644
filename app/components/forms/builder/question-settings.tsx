import { useTranslation } from "react-i18next";
import { Field } from "~/components/shared/form-field";
import type { Question } from "~/domain/forms/definition";
import { fileTypeKeys, fileTypes } from "~/domain/forms/file-types";
import { toInputValue } from "~/domain/shared/money";
import type { FieldErrors } from "~/domain/shared/validation";

type Props = {
  question: Question;
  currency: string;
  /** What was posted, when the page comes back with errors. */
  values?: Record<string, string>;
  errors?: FieldErrors;
};

/** A ticked-or-not setting with its hint under it. */
export function Checkbox({
  name,
  label,
  checked,
  hint,
}: {
  name: string;
  label: string;
  checked: boolean;
  hint?: string;
}) {
  const id = `field-${name}`;
  return (
    <div className="appform-option">
      <input
        type="checkbox"
        id={id}
        name={name}
        defaultChecked={checked}
        aria-describedby={hint ? `${id}-hint` : undefined}
      />
      <label htmlFor={id}>{label}</label>
      {hint ? (
        <p id={`${id}-hint`} className="field__hint builder-check-hint">
          {hint}
        </p>
      ) : null}
    </div>
  );
}

/** The settings that belong to the question's type: limits, recordings, file kinds, rows. */
export function QuestionSettings({ question, currency, values, errors }: Props) {
  const { t } = useTranslation();
  const value = (name: string, current: number | string | undefined) =>
    values?.[name] ?? (current === undefined ? "" : String(current));
  const isChecked = (name: string, current: boolean) => (values ? values[name] === "on" : current);
  const number = (name: string, label: string, hint: string, current: number | undefined) => (
    <Field name={name} label={label} hint={hint} errors={errors}>
      {(props) => (
        <input
          {...props}
          inputMode="numeric"
          className="appform-short"
          defaultValue={value(name, current)}
        />
      )}
    </Field>
  );

  switch (question.type) {
    case "shortText":
      return number(
        "maxLength",
        t("forms:settings.maxLength"),
        t("forms:settings.range", { min: 1, max: 500 }),
        question.maxLength,
      );
    case "longText":
      return (
        <>
          {number(
            "maxWords",
            t("forms:settings.maxWords"),
            t("forms:settings.range", { min: 1, max: 5000 }),
            question.maxWords,
          )}
          <Checkbox
            name="allowRecording"
            label={t("forms:settings.allowRecording")}
            hint={t("forms:settings.allowRecordingHint")}
            checked={isChecked("allowRecording", question.allowRecording)}
          />
        </>
      );
    case "number":
      return (
        <>
          {number("min", t("forms:settings.min"), t("forms:settings.optionalNumber"), question.min)}
          {number("max", t("forms:settings.max"), t("forms:settings.optionalNumber"), question.max)}
        </>
      );
    case "money":
      return (
        <Field
          name="maxAmount"
          label={t("forms:settings.maxAmount", { currency })}
          hint={t("forms:settings.maxAmountHint")}
          errors={errors}
        >
          {(props) => (
            <input
              {...props}
              inputMode="decimal"
              className="appform-short"
              defaultValue={value(
                "maxAmount",
                question.maxMinor === undefined
                  ? undefined
                  : toInputValue(question.maxMinor, currency),
              )}
            />
          )}
        </Field>
      );
    case "multipleChoice":
      return number(
        "maxChoices",
        t("forms:settings.maxChoices"),
        t("forms:settings.maxChoicesHint"),
        question.maxChoices,
      );
    case "file": {
      const error = errors?.accept;
      return (
        <>
          <fieldset
            className={error ? "field field--error" : "field"}
            aria-describedby={error ? "field-accept-error" : undefined}
          >
            <legend>{t("forms:settings.accept")}</legend>
            {error ? (
              <p id="field-accept-error" className="field__error">
                {t(error.key)}
              </p>
            ) : null}
            {fileTypeKeys.map((key, index) => {
              const name = `accept.${key}`;
              const id = index === 0 ? "field-accept" : `field-${name}`;
              return (
                <div key={key} className="appform-option">
                  <input
                    type="checkbox"
                    id={id}
                    name={name}
                    defaultChecked={
                      values ? values[name] === "on" : question.accept.includes(fileTypes[key])
                    }
                  />
                  <label htmlFor={id}>{t(`forms:fileTypes.${key}`)}</label>
                </div>
              );
            })}
          </fieldset>
          {number(
            "maxMegabytes",
            t("forms:settings.maxMegabytes"),
            t("forms:settings.range", { min: 1, max: 50 }),
            Math.round(question.maxBytes / (1024 * 1024)),
          )}
        </>
      );
    }
    case "budgetTable":
      return (
        <>
          {number(
            "maxRows",
            t("forms:settings.maxRows"),
            t("forms:settings.range", { min: 1, max: 50 }),
            question.maxRows,
          )}
          <Checkbox
            name="capAtPotMaximum"
            label={t("forms:settings.capAtPotMaximum")}
            hint={t("forms:settings.capAtPotMaximumHint")}
            checked={isChecked("capAtPotMaximum", question.capAtPotMaximum)}
          />
        </>
      );
    default:
      return <p className="muted">{t("forms:settings.none")}</p>;
  }
}
