import { Form, Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { ErrorSummary, Field } from "~/components/shared/form-field";
import { FormattedDate } from "~/components/shared/formatted-date";
import type { GrantIntent } from "~/domain/grants/grant-forms";
import { toInputValue } from "~/domain/shared/money";
import type { GrantPageData } from "~/services/grants/grant-pages.server";
import type { GrantActionAnswer } from "~/services/grants/grant-staff-actions.server";
import { useMoney } from "./grant-details";

/**
 * The staff's changes to a grant, one at a time (?do=…): each form posts to the grant page,
 * which answers with what the change will do; "Yes, record this" sends the same answers again
 * with confirm=yes. Plain forms, so all of it works without JavaScript.
 */

type Props = { page: GrantPageData; intent: GrantIntent; answer?: GrantActionAnswer; base: string };

export const staffIntents: GrantIntent[] = ["pay", "schedule", "vary", "end", "revoke"];

export function StaffActionLinks({ base, page }: { base: string; page: GrantPageData }) {
  const { t } = useTranslation("grants");
  const paid = page.paidMinor > 0;
  return (
    <ul className="link-list">
      {staffIntents.map((intent) => (
        <li key={intent}>
          <Link to={`${base}?do=${intent}#change`}>{t(`staff.do.${intent}`)}</Link>
          {intent === "revoke" ? (
            <span className="muted"> {t(paid ? "staff.revokeHintPaid" : "staff.revokeHint")}</span>
          ) : null}
        </li>
      ))}
    </ul>
  );
}

function Hidden({ page, intent }: { page: GrantPageData; intent: GrantIntent }) {
  return (
    <>
      <input type="hidden" name="intent" value={intent} />
      <input type="hidden" name="revision" value={page.grant.revision} />
    </>
  );
}

function CheckStep({ answer }: { answer: GrantActionAnswer }) {
  const { t } = useTranslation("grants");
  return (
    <div className="notice stack" role="status">
      <h3>{t("check.title")}</h3>
      <ul className="link-list">
        {answer.check!.map((message, index) => (
          <li key={index} dir="auto">
            {t(message.key, message.values)}
          </li>
        ))}
      </ul>
      {answer.values.reason ? (
        <p dir="auto" className="public-text">
          {t("changes.reason")} {answer.values.reason}
        </p>
      ) : null}
      <Form method="post" className="applying-actions">
        {Object.entries(answer.values)
          .filter(([name]) => name !== "confirm")
          .map(([name, value]) => (
            <input key={name} type="hidden" name={name} value={value} />
          ))}
        <input type="hidden" name="confirm" value="yes" />
        <button type="submit" className="button">
          {t("check.confirm")}
        </button>
        <a href="#change-form">{t("check.cancel")}</a>
      </Form>
    </div>
  );
}

function ReasonField({
  values,
  errors,
}: {
  values: Record<string, string>;
  errors: GrantActionAnswer["errors"];
}) {
  const { t } = useTranslation("grants");
  return (
    <Field name="reason" label={t("staff.reason")} hint={t("staff.reasonHint")} errors={errors}>
      {(props) => <textarea {...props} rows={3} dir="auto" defaultValue={values.reason ?? ""} />}
    </Field>
  );
}

export function StaffChangeForm({ page, intent, answer, base }: Props) {
  const { t } = useTranslation("grants");
  const money = useMoney(page.scheme.currency);
  const mine = answer && answer.intent === intent ? answer : undefined;
  const values = mine?.values ?? {};
  const errors = mine?.errors ?? {};
  const unpaid = page.tranches.filter((tranche) => !tranche.paidAt && !tranche.cancelled);
  const today = new Date().toISOString().slice(0, 10);
  return (
    <section id="change" className="stack card" aria-labelledby="change-title">
      <h2 id="change-title">{t(`staff.do.${intent}`)}</h2>
      <ErrorSummary errors={errors} />
      {errors.intent ? (
        <p id="field-intent" className="field__error">
          {t(errors.intent.key, errors.intent.values)}
        </p>
      ) : null}
      {mine?.check ? <CheckStep answer={mine} /> : null}
      {/* The answers stay in the form below the check, so changing one loses nothing. */}
      <Form id="change-form" method="post" className="stack" action={`${base}?do=${intent}`}>
        <Hidden page={page} intent={intent} />
        {intent === "pay" ? (
          unpaid.length === 0 ? (
            <p>{t("staff.nothingToPay")}</p>
          ) : (
            <>
              <fieldset className="stack">
                <legend>{t("staff.whichTranche")}</legend>
                {unpaid.map((tranche, index) => (
                  <div key={tranche.id} className="org-checkbox">
                    <input
                      type="radio"
                      id={`tranche-${tranche.id}`}
                      name="trancheId"
                      value={tranche.id}
                      defaultChecked={(values.trancheId ?? unpaid[0]!.id) === tranche.id}
                    />
                    <label htmlFor={`tranche-${tranche.id}`}>
                      {t("staff.trancheOption", {
                        number: index + 1,
                        amount: money(tranche.amountMinor),
                      })}{" "}
                      <FormattedDate iso={tranche.dueOn} timeZone={page.scheme.timeZone} />
                    </label>
                  </div>
                ))}
              </fieldset>
              <Field
                name="paidOn"
                label={t("staff.paidOn")}
                hint={t("staff.paidOnHint")}
                errors={errors}
              >
                {(props) => (
                  <input {...props} type="date" max={today} defaultValue={values.paidOn ?? today} />
                )}
              </Field>
            </>
          )
        ) : null}
        {intent === "schedule" ? (
          <>
            <p>
              {t("staff.scheduleIntro", {
                awarded: money(page.awardedMinor),
                paid: money(page.paidMinor),
              })}
            </p>
            {errors.schedule ? (
              <p id="field-schedule" className="field__error" role="alert">
                {t(errors.schedule.key, errors.schedule.values)}
              </p>
            ) : null}
            {unpaid.map((tranche, index) => (
              <fieldset key={tranche.id} className="stack">
                <legend>{t("staff.trancheNumber", { number: index + 1 })}</legend>
                <Field name={`amount-${tranche.id}`} label={t("tranches.amount")} errors={errors}>
                  {(props) => (
                    <input
                      {...props}
                      inputMode="decimal"
                      defaultValue={
                        values[`amount-${tranche.id}`] ??
                        toInputValue(tranche.amountMinor, page.scheme.currency)
                      }
                    />
                  )}
                </Field>
                <Field name={`dueOn-${tranche.id}`} label={t("tranches.due")} errors={errors}>
                  {(props) => (
                    <input
                      {...props}
                      type="date"
                      defaultValue={values[`dueOn-${tranche.id}`] ?? tranche.dueOnInput}
                    />
                  )}
                </Field>
                <div className="org-checkbox">
                  <input
                    type="checkbox"
                    id={`remove-${tranche.id}`}
                    name={`remove-${tranche.id}`}
                    value="yes"
                    defaultChecked={values[`remove-${tranche.id}`] === "yes"}
                  />
                  <label htmlFor={`remove-${tranche.id}`}>{t("staff.removeTranche")}</label>
                </div>
              </fieldset>
            ))}
            <fieldset className="stack">
              <legend>{t("staff.newTranche")}</legend>
              <Field name="amount-new" label={t("tranches.amount")} errors={errors}>
                {(props) => (
                  <input {...props} inputMode="decimal" defaultValue={values["amount-new"] ?? ""} />
                )}
              </Field>
              <Field name="dueOn-new" label={t("tranches.due")} errors={errors}>
                {(props) => (
                  <input {...props} type="date" defaultValue={values["dueOn-new"] ?? ""} />
                )}
              </Field>
            </fieldset>
            <ReasonField values={values} errors={errors} />
          </>
        ) : null}
        {intent === "vary" ? (
          <>
            <Field
              name="amount"
              label={t("staff.newAmount")}
              hint={t("staff.newAmountHint", {
                awarded: money(page.awardedMinor),
                paid: money(page.paidMinor),
              })}
              errors={errors}
            >
              {(props) => (
                <input {...props} inputMode="decimal" defaultValue={values.amount ?? ""} />
              )}
            </Field>
            <Field name="startsOn" label={t("staff.startsOn")} errors={errors}>
              {(props) => (
                <input
                  {...props}
                  type="date"
                  defaultValue={values.startsOn ?? page.grant.startsOnInput}
                />
              )}
            </Field>
            <Field name="endsOn" label={t("staff.endsOn")} errors={errors}>
              {(props) => (
                <input
                  {...props}
                  type="date"
                  defaultValue={values.endsOn ?? page.grant.endsOnInput}
                />
              )}
            </Field>
            <ReasonField values={values} errors={errors} />
          </>
        ) : null}
        {intent === "end" || intent === "revoke" ? (
          <>
            <p>
              {t(
                intent === "end"
                  ? "staff.endIntro"
                  : page.paidMinor > 0
                    ? "staff.revokeHintPaid"
                    : "staff.revokeHint",
              )}
            </p>
            <ReasonField values={values} errors={errors} />
          </>
        ) : null}
        {intent === "pay" && unpaid.length === 0 ? null : (
          <p className="applying-actions">
            <button type="submit" className="button">
              {t("staff.continue")}
            </button>
            <Link to={base}>{t("check.cancel")}</Link>
          </p>
        )}
      </Form>
    </section>
  );
}
