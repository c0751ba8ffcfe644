import { Form } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { legalForms } from "~/domain/eligibility/eligibility";
import { incomeCurrencies } from "~/domain/organisations/organisation-profile";
import type { FieldErrors } from "~/domain/shared/validation";
import { ErrorSummary, Field } from "~/components/shared/form-field";

type Props = {
  values: Record<string, string>;
  errors?: FieldErrors;
  submitLabel: string;
  children?: React.ReactNode;
};

/** A checkbox reads best with its label beside it, so it does not use <Field>. */
function Checkbox({
  name,
  label,
  hint,
  checked,
}: {
  name: string;
  label: string;
  hint?: string;
  checked: boolean;
}) {
  const id = `field-${name}`;
  return (
    <div className="org-checkbox">
      <input
        type="checkbox"
        id={id}
        name={name}
        value="yes"
        defaultChecked={checked}
        aria-describedby={hint ? `${id}-hint` : undefined}
      />
      <label htmlFor={id}>{label}</label>
      {hint ? (
        <p id={`${id}-hint`} className="field__hint">
          {hint}
        </p>
      ) : null}
    </div>
  );
}

/**
 * The organisation profile, for creating and editing. Written for someone on a phone who may
 * not know grant jargon: plain questions, an example in every hint, and only the name and
 * kind of group required.
 */
export function OrganisationProfileForm({ values, errors, submitLabel, children }: Props) {
  const { t } = useTranslation("organisations");
  const text = (
    name: string,
    label: string,
    hint?: string,
    extra: React.InputHTMLAttributes<HTMLInputElement> = {},
  ) => (
    <Field name={name} label={t(label)} hint={hint ? t(hint) : undefined} errors={errors}>
      {(props) => <input {...props} {...extra} defaultValue={values[name] ?? ""} />}
    </Field>
  );
  return (
    <>
      <ErrorSummary errors={errors} />
      <Form method="post" className="stack-large" noValidate>
        <fieldset className="org-fieldset stack">
          <legend>{t("form.aboutGroup")}</legend>
          {text("name", "form.name", "form.nameHint", {
            autoComplete: "organization",
            required: true,
            maxLength: 200,
          })}
          <Field
            name="legalForm"
            label={t("form.legalForm")}
            hint={t("form.legalFormHint")}
            errors={errors}
          >
            {(props) => (
              <select {...props} required defaultValue={values.legalForm ?? ""}>
                <option value="">{t("form.chooseOne")}</option>
                {legalForms.map((form) => (
                  <option key={form} value={form}>
                    {t(`common:legalForms.${form}`)}
                  </option>
                ))}
              </select>
            )}
          </Field>
          {text("registrationNumber", "form.registrationNumber", "form.registrationNumberHint", {
            maxLength: 100,
            dir: "auto",
          })}
          {text("hostOrganisationName", "form.host", "form.hostHint", { maxLength: 200 })}
        </fieldset>

        <fieldset className="org-fieldset stack">
          <legend>{t("form.money")}</legend>
          {text("annualIncome", "form.income", "form.incomeHint", {
            inputMode: "decimal",
            autoComplete: "off",
            dir: "ltr",
            className: "org-input--amount",
          })}
          <Field name="incomeCurrency" label={t("form.currency")} errors={errors}>
            {(props) => (
              <select
                {...props}
                className="org-input--currency"
                defaultValue={values.incomeCurrency ?? "EUR"}
              >
                {incomeCurrencies.map((currency) => (
                  <option key={currency} value={currency}>
                    {currency}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Checkbox
            name="noIncome"
            label={t("form.noIncome")}
            checked={values.noIncome === "yes"}
          />
        </fieldset>

        <fieldset className="org-fieldset stack">
          <legend>{t("form.community")}</legend>
          {text("areaServed", "form.areaServed", "form.areaServedHint", { maxLength: 200 })}
          {text("communitiesServed", "form.communitiesServed", "form.communitiesServedHint", {
            maxLength: 500,
          })}
          {text("languagesUsed", "form.languagesUsed", "form.languagesUsedHint", {
            maxLength: 200,
          })}
          <Checkbox
            name="byAndFor"
            label={t("form.byAndFor")}
            hint={t("form.byAndForHint")}
            checked={values.byAndFor === "yes"}
          />
          {text("leadershipPercent", "form.leadershipPercent", "form.leadershipPercentHint", {
            inputMode: "numeric",
            className: "org-input--number",
          })}
          {text("yearsActive", "form.yearsActive", "form.yearsActiveHint", {
            inputMode: "numeric",
            className: "org-input--number",
          })}
          <Checkbox
            name="publishLeadership"
            label={t("form.publishLeadership")}
            hint={t("form.publishLeadershipHint")}
            checked={values.publishLeadership === "yes"}
          />
        </fieldset>

        <div className="org-actions">
          <button type="submit" className="button">
            {submitLabel}
          </button>
          {children}
        </div>
      </Form>
    </>
  );
}
