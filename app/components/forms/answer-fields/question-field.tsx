import type { TFunction } from "i18next";
import { useTranslation } from "react-i18next";
import { fieldName, type AnswerError, type RawAnswers } from "~/domain/forms/answers-schema";
import { textIn, type Question } from "~/domain/forms/definition";
import { fileTypeKey, recordingAccept } from "~/domain/forms/file-types";
import { formatMoney } from "~/domain/shared/money";
import { FileInput } from "~/components/shared/file-input";
import { answerErrorValues } from "./answer-errors";
import { BudgetTable } from "./budget-table";
import { FormText, UntranslatedNote, shown } from "./form-text";

export type QuestionFieldProps = {
  question: Question;
  locale: string;
  sourceLocale: string;
  values: RawAnswers;
  error?: AnswerError;
  currency: string;
  potMaxMinor?: number;
  /** Days recordings are kept after the decision, told to whoever records an answer. */
  recordingRetentionDays?: number | null | undefined;
  /** Other questions appear or disappear depending on this one's answer. */
  controlsOthers: boolean;
};

const textValue = (values: RawAnswers, key: string) =>
  typeof values[key] === "string" ? (values[key] as string) : "";
const listValue = (values: RawAnswers, key: string): string[] => {
  const value = values[key];
  return Array.isArray(value)
    ? value.filter((v): v is string => typeof v === "string")
    : typeof value === "string"
      ? [value]
      : [];
};

/** The limits of a question in words, shown under its label ("Up to 300 words"). */
export function questionLimits(
  question: Question,
  t: TFunction,
  options: { locale: string; currency: string; potMaxMinor?: number },
): string | null {
  const number = (n: number) => new Intl.NumberFormat(options.locale).format(n);
  const money = (minor: number) => formatMoney(minor, options.currency, options.locale);
  switch (question.type) {
    case "shortText":
      return t("forms:field.maxCharacters", {
        count: question.maxLength,
        max: number(question.maxLength),
      });
    case "longText":
      return t("forms:field.maxWords", {
        count: question.maxWords,
        max: number(question.maxWords),
      });
    case "number":
      if (question.min !== undefined && question.max !== undefined)
        return t("forms:field.numberBetween", {
          min: number(question.min),
          max: number(question.max),
        });
      if (question.min !== undefined)
        return t("forms:field.numberAtLeast", { min: number(question.min) });
      if (question.max !== undefined)
        return t("forms:field.numberAtMost", { max: number(question.max) });
      return t("forms:field.number");
    case "money":
      return question.maxMinor !== undefined
        ? t("forms:field.moneyUpTo", {
            currency: options.currency,
            max: money(question.maxMinor),
          })
        : t("forms:field.money", { currency: options.currency });
    case "multipleChoice":
      return question.maxChoices !== undefined
        ? t("forms:field.chooseUpTo", {
            count: question.maxChoices,
            max: number(question.maxChoices),
          })
        : t("forms:field.chooseAny");
    case "file": {
      const types = question.accept.map((mime) => {
        const key = fileTypeKey(mime);
        return key ? t(`forms:fileTypes.${key}`) : mime;
      });
      const size = new Intl.NumberFormat(options.locale, { maximumFractionDigits: 1 }).format(
        question.maxBytes / (1024 * 1024),
      );
      return t("forms:field.fileLimits", {
        types: new Intl.ListFormat(options.locale, { type: "disjunction" }).format(types),
        size,
      });
    }
    case "budgetTable":
      return question.capAtPotMaximum && options.potMaxMinor !== undefined
        ? t("forms:field.budgetUpTo", { max: money(options.potMaxMinor) })
        : t("forms:field.budgetRows");
    default:
      return null;
  }
}

/**
 * One question as HTML form controls: label in the reader's language (or the source text,
 * marked), help, limits in words, the error next to the control, and what was typed before.
 * Hints and the error are tied to the control with aria-describedby.
 */
export function QuestionField({
  question,
  locale,
  sourceLocale,
  values,
  error,
  currency,
  potMaxMinor,
  recordingRetentionDays,
  controlsOthers,
}: QuestionFieldProps) {
  const { t } = useTranslation();
  const name = fieldName(question.id);
  const id = `field-${name}`;
  const label = textIn(question.label, locale, sourceLocale);
  const help = shown(question.help, locale, sourceLocale);
  const limits = questionLimits(question, t, { locale, currency, potMaxMinor });
  const ids = {
    help: `${id}-help`,
    limits: `${id}-limits`,
    note: `${id}-note`,
    controls: `${id}-controls`,
    error: `${id}-error`,
  };
  const describedBy =
    [
      help ? ids.help : null,
      limits ? ids.limits : null,
      label.fallback || help?.fallback ? ids.note : null,
      controlsOthers ? ids.controls : null,
      error ? ids.error : null,
    ]
      .filter(Boolean)
      .join(" ") || undefined;
  const invalid = error ? true : undefined;
  const required = question.required ? (
    <>
      {" "}
      <span className="appform-required">{t("forms:field.required")}</span>
    </>
  ) : null;
  const labelContent = (
    <>
      <FormText text={label} />
      {required}
    </>
  );
  const hints = (
    <>
      {help ? (
        <p id={ids.help} className="field__hint">
          <FormText text={help} />
        </p>
      ) : null}
      {limits ? (
        <p id={ids.limits} className="field__hint">
          {limits}
        </p>
      ) : null}
      <UntranslatedNote
        id={ids.note}
        texts={help ? [label, help] : [label]}
        sourceLocale={sourceLocale}
      />
      {controlsOthers ? (
        <p id={ids.controls} className="appform-controls">
          {t("forms:field.controlsOthers")}
        </p>
      ) : null}
      {error ? (
        <p id={ids.error} className="field__error">
          {t(error.key, answerErrorValues(error, { currency, locale }))}
        </p>
      ) : null}
    </>
  );
  const fieldClass = `field appform-question${error ? " field--error" : ""}`;
  const control = { id, name, "aria-describedby": describedBy, "aria-invalid": invalid };

  switch (question.type) {
    case "singleChoice":
    case "yesNo":
    case "multipleChoice": {
      const options =
        question.type === "yesNo"
          ? [
              {
                value: "yes",
                label: { text: t("forms:field.yes"), locale, fallback: false },
              },
              {
                value: "no",
                label: { text: t("forms:field.no"), locale, fallback: false },
              },
            ]
          : question.choices.map((choice) => ({
              value: choice.value,
              label: textIn(choice.label, locale, sourceLocale),
            }));
      const multiple = question.type === "multipleChoice";
      const chosen = listValue(values, question.id);
      return (
        <fieldset className={fieldClass} aria-describedby={describedBy}>
          <legend>{labelContent}</legend>
          {hints}
          <div className="appform-options">
            {options.map((option, index) => {
              const optionId = index === 0 ? id : `${id}-${option.value}`;
              return (
                <div key={option.value} className="appform-option">
                  <input
                    type={multiple ? "checkbox" : "radio"}
                    id={optionId}
                    name={name}
                    value={option.value}
                    defaultChecked={chosen.includes(option.value)}
                    aria-invalid={invalid}
                  />
                  <label htmlFor={optionId}>
                    <FormText text={option.label} />
                  </label>
                </div>
              );
            })}
          </div>
        </fieldset>
      );
    }
    case "budgetTable":
      return (
        <fieldset className={fieldClass} aria-describedby={describedBy}>
          <legend>{labelContent}</legend>
          {hints}
          <BudgetTable
            question={question}
            id={id}
            values={values}
            currency={currency}
            locale={locale}
            error={error}
          />
        </fieldset>
      );
    case "declaration":
      return (
        <div className={fieldClass}>
          {hints}
          <div className="appform-option appform-declaration">
            <input
              type="checkbox"
              {...control}
              value="yes"
              defaultChecked={["yes", "on", "true"].includes(textValue(values, question.id))}
            />
            <label htmlFor={id}>{labelContent}</label>
          </div>
        </div>
      );
    case "longText": {
      const recordingName = `${name}.recording`;
      const savedRecording = textValue(values, `${question.id}.recording`);
      return (
        <div className={fieldClass}>
          <label htmlFor={id}>{labelContent}</label>
          {hints}
          <textarea
            {...control}
            rows={7}
            dir="auto"
            defaultValue={textValue(values, question.id)}
          />
          {question.allowRecording ? (
            <div className="appform-recording">
              <label htmlFor={`${id}-recording`}>{t("forms:field.recordingLabel")}</label>
              <p id={`${id}-recording-hint`} className="field__hint">
                {savedRecording ? t("forms:field.recordingSaved") : t("forms:field.recordingHint")}
              </p>
              {recordingRetentionDays ? (
                <p id={`${id}-recording-kept`} className="field__hint">
                  {t("forms:field.recordingKept", { count: recordingRetentionDays })}
                </p>
              ) : null}
              {savedRecording ? (
                <input type="hidden" name={recordingName} value={savedRecording} />
              ) : null}
              <FileInput
                id={`${id}-recording`}
                name={recordingName}
                accept={recordingAccept.join(",")}
                aria-describedby={
                  recordingRetentionDays
                    ? `${id}-recording-hint ${id}-recording-kept`
                    : `${id}-recording-hint`
                }
              />
            </div>
          ) : null}
        </div>
      );
    }
    case "file": {
      const saved = textValue(values, question.id);
      return (
        <div className={fieldClass}>
          <label htmlFor={id}>{labelContent}</label>
          {hints}
          {saved ? (
            <>
              <p className="appform-saved">{t("forms:field.fileSaved")}</p>
              <input type="hidden" name={name} value={saved} />
            </>
          ) : null}
          <FileInput {...control} accept={question.accept.join(",")} />
        </div>
      );
    }
    default: {
      const inputMode =
        question.type === "number" ? "numeric" : question.type === "money" ? "decimal" : undefined;
      return (
        <div className={fieldClass}>
          <label htmlFor={id}>{labelContent}</label>
          {hints}
          <input
            {...control}
            type={question.type === "date" ? "date" : "text"}
            inputMode={inputMode}
            dir={question.type === "shortText" ? "auto" : undefined}
            className={question.type === "shortText" ? undefined : "appform-short"}
            defaultValue={textValue(values, question.id)}
          />
        </div>
      );
    }
  }
}
