import { Form } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { NumberField } from "~/components/schemes/number-field";
import { ErrorSummary, Field } from "~/components/shared/form-field";
import { potField } from "~/domain/panels/panel-settings";
import type { FieldErrors } from "~/domain/shared/validation";

type Pot = { id: string; name: { text: string; locale: string } };

export type PanelSettingsFormProps = {
  values: Record<string, string>;
  errors?: FieldErrors;
  pots: Pot[];
  timeZone: string;
  timeZoneName: string;
  submitLabel: string;
};

function YesNo({
  name,
  label,
  hint,
  on,
}: {
  name: string;
  label: string;
  hint: string;
  on: boolean;
}) {
  return (
    <div className="schemes-check">
      <input
        type="checkbox"
        id={`field-${name}`}
        name={name}
        value="yes"
        defaultChecked={on}
        aria-describedby={`field-${name}-hint`}
      />
      <label htmlFor={`field-${name}`}>{label}</label>
      <p id={`field-${name}-hint`} className="field__hint">
        {hint}
      </p>
    </div>
  );
}

/** Creating a panel and changing its settings: the same questions, the same order. */
export function PanelSettingsForm({
  values,
  errors,
  pots,
  timeZone,
  timeZoneName,
  submitLabel,
}: PanelSettingsFormProps) {
  const { t } = useTranslation("panels");
  const on = (name: string) => values[name] === "yes";
  return (
    <Form method="post" className="stack-large" noValidate>
      <ErrorSummary errors={errors} />
      <Field name="name" label={t("setup.name")} hint={t("setup.nameHint")} errors={errors}>
        {(props) => (
          <input {...props} type="text" dir="auto" required defaultValue={values.name ?? ""} />
        )}
      </Field>
      <fieldset className="stack schemes-group" aria-describedby="field-pots-hint">
        <legend>{t("setup.pots")}</legend>
        <p id="field-pots-hint" className="field__hint">
          {t("setup.potsHint")}
        </p>
        {pots.map((pot) => (
          <div key={pot.id} className="schemes-check">
            <input
              type="checkbox"
              id={`field-${potField(pot.id)}`}
              name={potField(pot.id)}
              value="yes"
              defaultChecked={on(potField(pot.id))}
            />
            <label htmlFor={`field-${potField(pot.id)}`} lang={pot.name.locale}>
              {pot.name.text}
            </label>
          </div>
        ))}
      </fieldset>
      <NumberField
        name="reviewsNeeded"
        label={t("setup.reviewsNeeded")}
        hint={t("setup.reviewsNeededHint")}
        errors={errors}
        values={values}
        short
        whole
      />
      <YesNo
        name="communityReviewerRequired"
        label={t("setup.communityReviewerRequired")}
        hint={t("setup.communityReviewerRequiredHint")}
        on={on("communityReviewerRequired")}
      />
      <YesNo
        name="blindReview"
        label={t("setup.blindReview")}
        hint={t("setup.blindReviewHint")}
        on={on("blindReview")}
      />
      <Field
        name="reviewDeadline"
        label={t("setup.reviewDeadline")}
        hint={t("setup.reviewDeadlineHint", { zone: timeZone, zoneName: timeZoneName })}
        errors={errors}
      >
        {(props) => (
          <input
            {...props}
            type="datetime-local"
            dir="ltr"
            defaultValue={values.reviewDeadline ?? ""}
          />
        )}
      </Field>
      <NumberField
        name="disagreementThreshold"
        label={t("setup.disagreementThreshold")}
        hint={t("setup.disagreementThresholdHint")}
        errors={errors}
        values={values}
        short
        whole
      />
      <YesNo
        name="communityRanking"
        label={t("setup.communityRanking")}
        hint={t("setup.communityRankingHint")}
        on={on("communityRanking")}
      />
      <button type="submit" className="button">
        {submitLabel}
      </button>
    </Form>
  );
}
