import { useTranslation } from "react-i18next";
import { Field } from "~/components/shared/form-field";
import {
  defaultLocale,
  localeNames,
  supportedLocales,
  textDirection,
  type Locale,
} from "~/domain/shared/locales";
import { textFieldName } from "~/domain/schemes/translated-fields";
import type { FieldErrors } from "~/domain/shared/validation";

export type TextFieldSpec = {
  field: string;
  label: string;
  hint?: string;
  multiline?: boolean;
  required?: boolean;
};

/**
 * One group of inputs per language. English, the source, is always open; each other language
 * folds away (no JavaScript needed) and opens by itself when it has text or a problem, so the
 * form stays short on a phone. Inputs carry the language, so spell-checkers and screen
 * readers treat Arabic as Arabic.
 */
export function LanguageFields({
  fields,
  values,
  errors,
}: {
  fields: TextFieldSpec[];
  values?: Record<string, string>;
  errors?: FieldErrors;
}) {
  const { t } = useTranslation("schemes");
  const filled = (locale: Locale) =>
    fields.filter((spec) => values?.[textFieldName(spec.field, locale)]?.trim()).length;
  const hasError = (locale: Locale) =>
    fields.some((spec) => errors?.[textFieldName(spec.field, locale)]);

  const inputs = (locale: Locale) =>
    fields.map((spec) => {
      const name = textFieldName(spec.field, locale);
      const required = locale === defaultLocale && spec.required;
      return (
        <Field
          key={name}
          name={name}
          label={required ? t("texts.requiredLabel", { label: spec.label }) : spec.label}
          hint={spec.hint}
          errors={errors}
        >
          {(props) =>
            spec.multiline ? (
              <textarea
                {...props}
                lang={locale}
                dir={textDirection(locale)}
                rows={4}
                defaultValue={values?.[name] ?? ""}
              />
            ) : (
              <input
                {...props}
                lang={locale}
                dir={textDirection(locale)}
                defaultValue={values?.[name] ?? ""}
              />
            )
          }
        </Field>
      );
    });

  return (
    <div className="stack">
      <fieldset className="schemes-language">
        <legend>{t("texts.source", { language: localeNames[defaultLocale] })}</legend>
        <div className="stack">{inputs(defaultLocale)}</div>
      </fieldset>
      {supportedLocales
        .filter((locale) => locale !== defaultLocale)
        .map((locale) => (
          <details
            key={locale}
            className="schemes-language"
            open={filled(locale) > 0 || hasError(locale)}
          >
            <summary>
              <span lang={locale}>{localeNames[locale]}</span>{" "}
              <span className="muted">
                {t("texts.filled", { filled: filled(locale), total: fields.length })}
              </span>
            </summary>
            <fieldset className="schemes-language__fields">
              <legend className="visually-hidden" lang={locale}>
                {localeNames[locale]}
              </legend>
              <div className="stack">{inputs(locale)}</div>
            </fieldset>
          </details>
        ))}
    </div>
  );
}
