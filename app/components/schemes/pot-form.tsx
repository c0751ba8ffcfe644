import { Form } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { ErrorSummary } from "~/components/shared/form-field";
import { potFields, ruleTypes } from "~/domain/schemes/pot-form";
import type { FieldErrors } from "~/domain/shared/validation";
import { LanguageFields } from "./language-fields";
import { MoneyRulesLocked, Warnings } from "./notices";
import { NumberField } from "./number-field";
import { Checkbox, RuleInputs } from "./rule-fields";

export type PotFormProps = {
  values: Record<string, string>;
  errors?: FieldErrors;
  warnings?: { key: string; values?: Record<string, unknown> }[];
  currencyLabel: string;
  roundBudget: string;
  /** When applications exist: only the texts are in the form; `lockedSummary` shows the money rules. */
  locked: boolean;
  lockedSummary?: React.ReactNode;
  submitLabel: string;
};

function GroupError({ name, errors }: { name: string; errors?: FieldErrors }) {
  const { t } = useTranslation("schemes");
  const error = errors?.[name];
  return error ? (
    <p id={`field-${name}-error`} className="field__error">
      {t(error.key, error.values)}
    </p>
  ) : null;
}

export function PotForm({
  values,
  errors,
  warnings,
  currencyLabel,
  roundBudget,
  locked,
  lockedSummary,
  submitLabel,
}: PotFormProps) {
  const { t } = useTranslation("schemes");
  const groupProps = (name: string) => ({
    id: `field-${name}`,
    tabIndex: -1,
    "aria-describedby": errors?.[name] ? `field-${name}-error` : undefined,
    className: errors?.[name] ? "stack schemes-group field--error" : "stack schemes-group",
  });

  return (
    <Form method="post" className="stack-large" noValidate>
      <ErrorSummary errors={errors} />
      <Warnings warnings={warnings} />
      <section className="stack" aria-labelledby="pot-texts-title">
        <h2 id="pot-texts-title">{t("pot.textsTitle")}</h2>
        <LanguageFields
          values={values}
          errors={errors}
          fields={[
            { field: "name", label: t("pot.name"), required: true },
            {
              field: "description",
              label: t("pot.description"),
              hint: t("pot.descriptionHint"),
              multiline: true,
              required: true,
            },
          ]}
        />
      </section>

      {locked ? (
        <section className="stack" aria-labelledby="pot-money-title">
          <h2 id="pot-money-title">{t("pot.moneyTitle")}</h2>
          <MoneyRulesLocked errors={errors} />
          {lockedSummary}
        </section>
      ) : (
        <section className="stack-large" aria-labelledby="pot-money-title">
          <h2 id="pot-money-title">{t("pot.moneyTitle")}</h2>
          {errors?.moneyRules ? <MoneyRulesLocked errors={errors} /> : null}

          <fieldset {...groupProps("moneyKind")}>
            <legend>{t("pot.moneyKind")}</legend>
            <GroupError name="moneyKind" errors={errors} />
            <div className="schemes-choice">
              <input
                type="radio"
                id="moneyKind-amount"
                name="moneyKind"
                value="amount"
                defaultChecked={values.moneyKind === "amount"}
              />
              <label htmlFor="moneyKind-amount">{t("pot.fixedAmount")}</label>
              <div className="schemes-rule__inputs">
                <NumberField
                  name="amount"
                  label={t("pot.amount", { currency: currencyLabel })}
                  errors={errors}
                  values={values}
                />
              </div>
            </div>
            <div className="schemes-choice">
              <input
                type="radio"
                id="moneyKind-share"
                name="moneyKind"
                value="share"
                defaultChecked={values.moneyKind === "share"}
              />
              <label htmlFor="moneyKind-share">{t("pot.shareOfBudget")}</label>
              <div className="schemes-rule__inputs">
                <NumberField
                  name="share"
                  label={t("pot.share")}
                  hint={t("pot.shareHint", { budget: roundBudget })}
                  errors={errors}
                  values={values}
                  short
                />
              </div>
            </div>
          </fieldset>

          <fieldset className="stack schemes-group">
            <legend>{t("pot.grantSizes")}</legend>
            <NumberField
              name="minGrant"
              label={t("pot.minGrant", { currency: currencyLabel })}
              errors={errors}
              values={values}
            />
            <NumberField
              name="maxGrant"
              label={t("pot.maxGrant", { currency: currencyLabel })}
              errors={errors}
              values={values}
            />
          </fieldset>

          <fieldset {...groupProps("rules")}>
            <legend>{t("pot.rulesTitle")}</legend>
            <p className="field__hint">{t("pot.rulesHint")}</p>
            <GroupError name="rules" errors={errors} />
            {ruleTypes.map((type) => (
              <div key={type} className="schemes-rule schemes-reveal">
                <Checkbox
                  name={potFields.rule("rule", type)}
                  label={t(`rules.title.${type}`)}
                  values={values}
                />
                <RuleInputs
                  prefix="rule"
                  type={type}
                  values={values}
                  errors={errors}
                  currencyLabel={currencyLabel}
                />
              </div>
            ))}
          </fieldset>

          <fieldset className="stack schemes-group schemes-reveal" id="field-floor">
            <legend>{t("pot.floorTitle")}</legend>
            <p className="field__hint">{t("pot.floorHint")}</p>
            <Checkbox name={potFields.floor} label={t("pot.floorOn")} values={values} />
            <div className="stack schemes-rule__inputs">
              <NumberField
                name={potFields.floorPercent}
                label={t("pot.floorPercent")}
                hint={t("pot.floorPercentHint")}
                errors={errors}
                values={values}
                short
              />
              <fieldset {...groupProps(potFields.floorType)}>
                <legend>{t("pot.floorRule")}</legend>
                <p className="field__hint">{t("pot.floorRuleHint")}</p>
                <GroupError name={potFields.floorType} errors={errors} />
                {ruleTypes.map((type) => (
                  <div key={type} className="schemes-choice">
                    <input
                      type="radio"
                      id={`floor-type-${type}`}
                      name={potFields.floorType}
                      value={type}
                      defaultChecked={values[potFields.floorType] === type}
                    />
                    <label htmlFor={`floor-type-${type}`}>{t(`rules.title.${type}`)}</label>
                    <RuleInputs
                      prefix="floor"
                      type={type}
                      values={values}
                      errors={errors}
                      currencyLabel={currencyLabel}
                    />
                  </div>
                ))}
              </fieldset>
            </div>
          </fieldset>
        </section>
      )}

      <button type="submit" className="button">
        {submitLabel}
      </button>
    </Form>
  );
}
