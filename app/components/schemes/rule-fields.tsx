import { useTranslation } from "react-i18next";
import { Field } from "~/components/shared/form-field";
import { legalForms, type RuleType } from "~/domain/eligibility/eligibility";
import { potFields, type RulePrefix } from "~/domain/schemes/pot-form";
import type { FieldErrors } from "~/domain/shared/validation";
import { NumberField } from "./number-field";

type Props = {
  prefix: RulePrefix;
  type: RuleType;
  values: Record<string, string>;
  errors?: FieldErrors;
  currencyLabel: string;
};

/** The inputs one rule needs, e.g. the income limit. Named by prefix, so a pot's rules and its floor rule never clash. */
export function RuleInputs({ prefix, type, values, errors, currencyLabel }: Props) {
  const { t } = useTranslation("schemes");
  switch (type) {
    case "legalForms": {
      const groupError = errors?.[potFields.rule(prefix, type)];
      return (
        <fieldset
          className="schemes-rule__inputs"
          aria-describedby={groupError ? `${prefix}-legalForms-error` : undefined}
        >
          <legend className="schemes-label">{t("rules.form.legalForms")}</legend>
          {groupError ? (
            <p id={`${prefix}-legalForms-error`} className="field__error">
              {t(groupError.key, groupError.values)}
            </p>
          ) : null}
          {legalForms.map((form) => (
            <Checkbox
              key={form}
              name={potFields.legalForm(prefix, form)}
              label={t(`common:legalForms.${form}`)}
              values={values}
            />
          ))}
          <Checkbox
            name={potFields.informalNeedsHost(prefix)}
            label={t("rules.form.informalNeedsHost")}
            values={values}
          />
        </fieldset>
      );
    }
    case "byAndFor":
      return (
        <div className="schemes-rule__inputs">
          <NumberField
            name={potFields.minLeadershipPercent(prefix)}
            label={t("rules.form.minLeadershipPercent")}
            hint={t("rules.form.minLeadershipPercentHint")}
            errors={errors}
            values={values}
            short
            whole
          />
        </div>
      );
    case "maxAnnualIncome":
      return (
        <div className="schemes-rule__inputs">
          <NumberField
            name={potFields.maxAnnualIncome(prefix)}
            label={t("rules.form.maxAnnualIncome", { currency: currencyLabel })}
            errors={errors}
            values={values}
          />
        </div>
      );
    case "areaServed":
      return (
        <div className="schemes-rule__inputs">
          <Field
            name={potFields.areas(prefix)}
            label={t("rules.form.areas")}
            hint={t("rules.form.areasHint")}
            errors={errors}
          >
            {(props) => <textarea {...props} rows={3} defaultValue={values[props.name] ?? ""} />}
          </Field>
        </div>
      );
    case "minYearsActive":
      return (
        <div className="schemes-rule__inputs">
          <NumberField
            name={potFields.years(prefix)}
            label={t("rules.form.years")}
            hint={t("rules.form.yearsHint")}
            errors={errors}
            values={values}
            short
            whole
          />
        </div>
      );
  }
}

export function Checkbox({
  name,
  label,
  values,
  hint,
}: {
  name: string;
  label: string;
  values: Record<string, string>;
  hint?: string;
}) {
  const id = `field-${name}`;
  return (
    <div className="schemes-check">
      <input
        type="checkbox"
        id={id}
        name={name}
        defaultChecked={values[name] === "on"}
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
