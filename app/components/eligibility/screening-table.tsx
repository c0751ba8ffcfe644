import { Form, Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { ScrollRegion } from "~/components/schemes/scroll-region";
import { Reference } from "~/components/shared/reference";
import type { EligibilityResult } from "~/domain/eligibility/eligibility";
import type { ScreeningGroup } from "~/domain/eligibility/screening";
import { formatMoney } from "~/domain/shared/money";
import type { FieldErrors } from "~/domain/shared/validation";
import { CheckerSummary } from "./checker-summary";

type Row = {
  id: string;
  reference: string;
  organisation: string;
  pot: { text: string; locale: string };
  requestedMinor: number | null;
  ineligibleReason: string | null;
  checker: EligibilityResult;
};

/**
 * One pile of the screening page. Applications still to screen carry a checkbox each, so staff
 * can pass a batch the checker is happy with in one go, with or without JavaScript.
 */
export function ScreeningTable({
  show,
  rows,
  base,
  currency,
  canEdit,
  errors,
}: {
  show: ScreeningGroup;
  /** The screening page's address; each application's page is under it. */
  base: string;
  rows: Row[];
  currency: string;
  canEdit: boolean;
  errors?: FieldErrors;
}) {
  const { t, i18n } = useTranslation();
  if (rows.length === 0) return <p>{t(`eligibility:screening.empty.${show}`)}</p>;
  const selectable = canEdit && show === "to-screen";
  const error = errors?.applicationId;
  const table = (
    <ScrollRegion labelledBy="screening-title">
      <table>
        <thead>
          <tr>
            {selectable ? (
              <th scope="col">
                <span className="visually-hidden">{t("eligibility:screening.columns.select")}</span>
              </th>
            ) : null}
            <th scope="col">{t("eligibility:screening.columns.reference")}</th>
            <th scope="col">{t("eligibility:screening.columns.group")}</th>
            <th scope="col">{t("eligibility:screening.columns.pot")}</th>
            <th scope="col">{t("eligibility:screening.columns.amount")}</th>
            <th scope="col">
              {show === "not-eligible"
                ? t("eligibility:screening.columns.reason")
                : t("eligibility:screening.columns.checker")}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row, index) => (
            <tr key={row.id}>
              {selectable ? (
                <td>
                  <input
                    type="checkbox"
                    name="applicationId"
                    value={row.id}
                    id={index === 0 ? "field-applicationId" : `select-${row.id}`}
                    aria-label={t("eligibility:screening.selectOne", { reference: row.reference })}
                  />
                </td>
              ) : null}
              <td>
                <Link to={`${base}/${row.id}`}>
                  <Reference value={row.reference} />
                </Link>
              </td>
              <td>
                <bdi>{row.organisation}</bdi>
              </td>
              <td lang={row.pot.locale}>{row.pot.text}</td>
              <td>
                {row.requestedMinor === null
                  ? null
                  : formatMoney(row.requestedMinor, currency, i18n.language)}
              </td>
              <td>
                {show === "not-eligible" && row.ineligibleReason ? (
                  t(`eligibility:screening.reasons.${row.ineligibleReason}`)
                ) : (
                  <CheckerSummary checker={row.checker} currency={currency} />
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
  if (!selectable) return table;
  return (
    <Form method="post" className="stack">
      {error ? (
        <p id="field-applicationId-error" className="field__error">
          {t(error.key)}
        </p>
      ) : null}
      {table}
      <p>
        <button type="submit" name="intent" value="mark-eligible" className="button">
          {t("eligibility:screening.markSelected")}
        </button>
      </p>
    </Form>
  );
}
