import { Form } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { Field } from "~/components/form-field";
import { ledgerOperations } from "~/domain/schemes/ledger-form";
import type { FieldErrors } from "~/lib/validation";

/** What the action answers when a change is refused: for which application, and why. */
export type LedgerAnswer = {
  applicationId: string;
  errors: FieldErrors;
  values: Record<string, string>;
};

/** Records one money decision on one application: recommend, award, revoke or pay. */
export function LedgerChangeForm({
  application,
  currencyName,
  answer,
}: {
  application: {
    id: string;
    status: string;
    recommendedMinor: number | null;
    awardedMinor: number | null;
    paidMinor: number;
  };
  currencyName: string;
  /** The refused change of this application, shown again with its error. */
  answer?: LedgerAnswer;
}) {
  const { t } = useTranslation("schemes");
  return (
    <Form
      // A new key after each recorded change empties the form, with or without JavaScript.
      key={`${application.status}-${application.recommendedMinor}-${application.awardedMinor}-${application.paidMinor}`}
      method="post"
      className="stack"
      noValidate
    >
      <input type="hidden" name="applicationId" value={application.id} />
      <Field
        name={`operation-${application.id}`}
        label={t("ledger.operation")}
        errors={answer?.errors}
      >
        {(props) => (
          <select
            {...props}
            name="operation"
            defaultValue={answer?.values.operation ?? "recommend"}
          >
            {ledgerOperations.map((operation) => (
              <option key={operation} value={operation}>
                {t(`ledger.operations.${operation}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field
        name={`amount-${application.id}`}
        label={t("ledger.amount", { currency: currencyName })}
        hint={t("ledger.amountHint")}
        errors={answer?.errors}
      >
        {(props) => (
          <input
            {...props}
            name="amount"
            inputMode="decimal"
            dir="ltr"
            defaultValue={answer?.values.amount ?? ""}
          />
        )}
      </Field>
      <button type="submit" className="button">
        {t("ledger.record")}
      </button>
    </Form>
  );
}
