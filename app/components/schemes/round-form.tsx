import { Form } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { ErrorSummary, Field } from "~/components/shared/form-field";
import type { FieldErrors } from "~/domain/shared/validation";
import { LanguageFields } from "./language-fields";
import { NumberField } from "./number-field";

export type RoundFormProps = {
  values: Record<string, string>;
  errors?: FieldErrors;
  timeZone: string;
  timeZoneName: string;
  currencyLabel: string;
  /** Applications exist: the budget is shown but cannot be changed. */
  budgetLocked: boolean;
  submitLabel: string;
};

export function RoundForm({
  values,
  errors,
  timeZone,
  timeZoneName,
  currencyLabel,
  budgetLocked,
  submitLabel,
}: RoundFormProps) {
  const { t } = useTranslation("schemes");
  const zoneHint = t("round.dateHint", { zone: timeZone, zoneName: timeZoneName });
  return (
    <Form method="post" className="stack-large" noValidate>
      <input type="hidden" name="intent" value="round" />
      <ErrorSummary errors={errors} />
      <LanguageFields
        values={values}
        errors={errors}
        fields={[
          { field: "name", label: t("round.name"), hint: t("round.nameHint"), required: true },
        ]}
      />
      <fieldset className="stack schemes-group">
        <legend>{t("round.datesTitle")}</legend>
        {(["opensAt", "closesAt", "decisionAt"] as const).map((field) => (
          <Field
            key={field}
            name={field}
            label={t(`round.${field}`)}
            hint={zoneHint}
            errors={errors}
          >
            {(props) => (
              <input
                {...props}
                type="datetime-local"
                dir="ltr"
                required={field !== "decisionAt"}
                defaultValue={values[field] ?? ""}
              />
            )}
          </Field>
        ))}
      </fieldset>
      <NumberField
        name="budget"
        label={t("round.budget", { currency: currencyLabel })}
        hint={budgetLocked ? t("round.budgetLocked") : t("round.budgetHint")}
        errors={errors}
        values={values}
        readOnly={budgetLocked}
        required
      />
      <button type="submit" className="button">
        {submitLabel}
      </button>
    </Form>
  );
}
