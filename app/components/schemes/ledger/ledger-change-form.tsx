import { Form, Link, useLocation } from "@remix-run/react";
import { useEffect, useRef } from "react";
import { useTranslation } from "react-i18next";
import { Field } from "~/components/shared/form-field";
import { ledgerOperations } from "~/domain/schemes/ledger-form";
import type { FieldErrors } from "~/domain/shared/validation";

/** What the action answers when a change is refused: for which application, and why. */
export type LedgerAnswer = {
  applicationId: string;
  errors: FieldErrors;
  values: Record<string, string>;
  /** Set when a change is read and allowed: what it will do, to confirm before it is recorded. */
  confirm?: { key: string; values?: Record<string, unknown> }[];
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
  if (answer?.confirm)
    return (
      <LedgerConfirmation
        applicationId={application.id}
        answer={answer}
        sentences={answer.confirm}
      />
    );
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

/**
 * "Check before recording": the change in sentences with its amounts, a button that records it
 * (the same fields again, with confirm=yes) and a way back. A page state, so it works without
 * JavaScript and is never a window.confirm().
 */
function LedgerConfirmation({
  applicationId,
  answer,
  sentences,
}: {
  applicationId: string;
  answer: LedgerAnswer;
  sentences: { key: string; values?: Record<string, unknown> }[];
}) {
  const { t } = useTranslation("schemes");
  const { pathname } = useLocation();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const headingId = `confirm-${applicationId}`;
  return (
    <div className="stack applying-confirm" role="group" aria-labelledby={headingId}>
      <h4 id={headingId} ref={heading} tabIndex={-1}>
        {t("ledger.confirm.title")}
      </h4>
      {sentences.map((sentence) => (
        <p key={sentence.key}>{t(sentence.key, sentence.values)}</p>
      ))}
      <Form method="post" className="builder-actions">
        <input type="hidden" name="applicationId" value={applicationId} />
        <input type="hidden" name="operation" value={answer.values.operation ?? ""} />
        <input type="hidden" name="amount" value={answer.values.amount ?? ""} />
        <input type="hidden" name="confirm" value="yes" />
        <button type="submit" className="button">
          {t("ledger.confirm.yes")}
        </button>
        {/* A new address (not only a new #fragment), so the way back also works without JavaScript. */}
        <Link to={`${pathname}?cancelled=${applicationId}#application-${applicationId}`}>
          {t("ledger.confirm.no")}
        </Link>
      </Form>
    </div>
  );
}
