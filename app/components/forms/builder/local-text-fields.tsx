import { useTranslation } from "react-i18next";
import type { LocalText } from "~/domain/forms/definition";
import { localeNames, supportedLocales, textDirection, type Locale } from "~/domain/shared/locales";
import type { FieldErrors } from "~/domain/shared/validation";

type LocalTextFieldsProps = {
  /** Field names are `<name>.<locale>`. */
  name: string;
  legend: string;
  hint?: string;
  sourceLocale: string;
  /** Whether the source-language text must be written. */
  required: boolean;
  current: LocalText | undefined;
  /** What was posted, when the page comes back with errors. */
  values?: Record<string, string>;
  errors?: FieldErrors;
  multiline?: boolean;
  disabled?: boolean;
  /** What is said beside each language's name, where "source" and "translation" do not fit. */
  languageNote?: (locale: Locale) => string;
};

/**
 * One text in every language: the source language first, then the translations. Each box
 * has the language of what is typed in it, so spell-checkers and screen readers use the
 * right one, and Arabic and Persian boxes read right to left.
 */
export function LocalTextFields({
  name,
  legend,
  hint,
  sourceLocale,
  required,
  current,
  values,
  errors,
  multiline,
  disabled,
  languageNote,
}: LocalTextFieldsProps) {
  const { t } = useTranslation();
  const locales = [...supportedLocales].sort(
    (a, b) => Number(b === sourceLocale) - Number(a === sourceLocale),
  );
  const hintId = `${name}-hint`;
  return (
    <fieldset
      className="stack builder-texts"
      disabled={disabled}
      aria-describedby={hint ? hintId : undefined}
    >
      <legend>{legend}</legend>
      {hint ? (
        <p id={hintId} className="field__hint">
          {hint}
        </p>
      ) : null}
      {locales.map((locale: Locale) => {
        const field = `${name}.${locale}`;
        const id = `field-${field}`;
        const error = errors?.[field];
        const value = values ? (values[field] ?? "") : (current?.[locale] ?? "");
        const isSource = locale === sourceLocale;
        const props = {
          id,
          name: field,
          lang: locale,
          dir: textDirection(locale),
          defaultValue: value,
          "aria-invalid": error ? true : undefined,
          "aria-describedby": error ? `${id}-error` : undefined,
        } as const;
        return (
          <div key={locale} className={error ? "field field--error" : "field"}>
            <label htmlFor={id}>
              <span lang={locale}>{localeNames[locale]}</span>{" "}
              <span className="muted">
                {languageNote
                  ? languageNote(locale)
                  : isSource
                    ? required
                      ? t("forms:builder.sourceRequired")
                      : t("forms:builder.source")
                    : t("forms:builder.translation")}
              </span>
            </label>
            {error ? (
              <p id={`${id}-error`} className="field__error">
                {t(error.key, error.values)}
              </p>
            ) : null}
            {multiline ? <textarea {...props} rows={3} /> : <input {...props} />}
          </div>
        );
      })}
    </fieldset>
  );
}
