import { Form } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { ErrorSummary, Field } from "~/components/shared/form-field";
import {
  DEFAULT_RETENTION_MONTHS,
  MAX_RETENTION_MONTHS,
  MIN_RETENTION_MONTHS,
} from "~/domain/privacy/retention";
import type { FieldErrors } from "~/domain/shared/validation";
import { LanguageFields } from "./language-fields";
import { NumberField } from "./number-field";

export type SchemeFormProps = {
  values: Record<string, string>;
  errors?: FieldErrors;
  currencies: { code: string; label: string }[];
  timeZones: string[];
  /** The scheme has rounds, whose money is in this currency: shown, not offered. */
  currencyLocked: { code: string; label: string } | null;
  submitLabel: string;
};

export function SchemeForm({
  values,
  errors,
  currencies,
  timeZones,
  currencyLocked,
  submitLabel,
}: SchemeFormProps) {
  const { t } = useTranslation("schemes");
  return (
    <Form method="post" className="stack-large" noValidate>
      <ErrorSummary errors={errors} />
      <div className="stack">
        <Field name="slug" label={t("scheme.slug")} hint={t("scheme.slugHint")} errors={errors}>
          {(props) => (
            <input
              {...props}
              dir="ltr"
              autoCapitalize="none"
              autoCorrect="off"
              spellCheck={false}
              required
              defaultValue={values.slug ?? ""}
            />
          )}
        </Field>
        {currencyLocked ? (
          <div className="field" id="field-currency">
            <p className="schemes-label">{t("scheme.currency")}</p>
            <p>{currencyLocked.label}</p>
            <p className="field__hint">{t("scheme.currencyLocked")}</p>
            {errors?.currency ? (
              <p className="field__error">{t(errors.currency.key, errors.currency.values)}</p>
            ) : null}
          </div>
        ) : (
          <Field
            name="currency"
            label={t("scheme.currency")}
            hint={t("scheme.currencyHint")}
            errors={errors}
          >
            {(props) => (
              <select {...props} defaultValue={values.currency ?? "EUR"}>
                {currencies.map((currency) => (
                  <option key={currency.code} value={currency.code}>
                    {currency.label}
                  </option>
                ))}
              </select>
            )}
          </Field>
        )}
        <Field
          name="timeZone"
          label={t("scheme.timeZone")}
          hint={t("scheme.timeZoneHint")}
          errors={errors}
        >
          {(props) => (
            <select {...props} dir="ltr" defaultValue={values.timeZone ?? "UTC"}>
              {timeZones.map((zone) => (
                <option key={zone} value={zone}>
                  {zone.replace(/_/g, " ")}
                </option>
              ))}
            </select>
          )}
        </Field>
        <div className="schemes-check">
          <input
            type="checkbox"
            id="field-published"
            name="published"
            defaultChecked={values.published === "on"}
            aria-describedby="field-published-hint"
          />
          <label htmlFor="field-published">{t("scheme.published")}</label>
          <p id="field-published-hint" className="field__hint">
            {t("scheme.publishedHint")}
          </p>
        </div>
        <NumberField
          name="retentionMonths"
          label={t("scheme.retentionMonths")}
          hint={t("scheme.retentionMonthsHint", {
            min: MIN_RETENTION_MONTHS,
            max: MAX_RETENTION_MONTHS,
          })}
          errors={errors}
          values={{ retentionMonths: String(DEFAULT_RETENTION_MONTHS), ...values }}
          short
          whole
        />
      </div>
      <section className="stack" aria-labelledby="scheme-texts-title">
        <h2 id="scheme-texts-title">{t("texts.title")}</h2>
        <p className="muted">{t("texts.intro")}</p>
        <LanguageFields
          values={values}
          errors={errors}
          fields={[
            { field: "title", label: t("scheme.titleField"), required: true },
            {
              field: "description",
              label: t("scheme.description"),
              hint: t("scheme.descriptionHint"),
              multiline: true,
              required: true,
            },
            {
              field: "moneyUse",
              label: t("scheme.moneyUse"),
              hint: t("scheme.moneyUseHint"),
              multiline: true,
            },
            {
              field: "helpText",
              label: t("scheme.helpText"),
              hint: t("scheme.helpTextHint"),
              multiline: true,
            },
          ]}
        />
      </section>
      <button type="submit" className="button">
        {submitLabel}
      </button>
    </Form>
  );
}
