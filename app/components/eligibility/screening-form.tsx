import { Form } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { ChoiceFieldset } from "~/components/panels/choice-fieldset";
import { Field } from "~/components/shared/form-field";
import { ineligibleReasons, NOTE_MAX_LENGTH, type Screening } from "~/domain/eligibility/screening";
import type { FieldErrors } from "~/domain/shared/validation";

/**
 * Eligible or not, and if not, why: each reason shows the sentence the group will read, so staff
 * see what they are sending before they send it, with or without JavaScript.
 */
export function ScreeningForm({
  choices,
  values,
  errors,
}: {
  choices: readonly Screening["decision"][];
  values: { decision?: string; reason?: string; note?: string };
  errors?: FieldErrors;
}) {
  const { t } = useTranslation();
  return (
    <Form method="post" className="stack" noValidate>
      <input type="hidden" name="intent" value="screen" />
      <ChoiceFieldset
        name="decision"
        legend={t("eligibility:screening.decisionLegend")}
        value={values.decision}
        errors={errors}
        choices={choices.map((decision) => ({
          value: decision,
          label: t(`eligibility:screening.decision.${decision}`),
          hint: t(`eligibility:screening.decision.${decision}Hint`),
        }))}
      />
      <ChoiceFieldset
        name="reason"
        legend={t("eligibility:screening.reasonLegend")}
        value={values.reason}
        errors={errors}
        choices={ineligibleReasons.map((reason) => ({
          value: reason,
          label: t(`eligibility:screening.reasons.${reason}`),
          hint: t("eligibility:screening.willRead", {
            sentence: t(`eligibility:screening.told.${reason}`),
          }),
        }))}
      />
      <Field
        name="note"
        label={t("eligibility:screening.noteLabel")}
        hint={t("eligibility:screening.noteHint")}
        errors={errors}
      >
        {(props) => (
          <textarea {...props} rows={4} maxLength={NOTE_MAX_LENGTH} defaultValue={values.note} />
        )}
      </Field>
      <p>
        <button type="submit" className="button">
          {t("eligibility:screening.save")}
        </button>
      </p>
    </Form>
  );
}

/** The reason and note as the group reads them, on the screening page and the group's own page. */
export function ToldSentence({ reason, note }: { reason: string; note: string | null }) {
  const { t } = useTranslation();
  return (
    <div className="stack">
      <p>{t(`eligibility:screening.told.${reason}`)}</p>
      {note ? <p>{t("eligibility:screening.applicant.note", { note })}</p> : null}
    </div>
  );
}
