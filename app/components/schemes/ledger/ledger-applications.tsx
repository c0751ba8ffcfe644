import { useTranslation } from "react-i18next";
import { Reference } from "~/components/shared/reference";
import { formatMoney } from "~/domain/shared/money";
import { LedgerChangeForm, type LedgerAnswer } from "./ledger-change-form";

type LedgerApplication = {
  id: string;
  reference: string;
  organisation: string;
  status: string;
  requestedMinor: number;
  recommendedMinor: number | null;
  awardedMinor: number | null;
  paidMinor: number;
  potName: { text: string; locale: string };
};

/** Which pot an application asks from and where it stands: rows of a summary list. */
export function PotAndStatus({
  potName,
  status,
}: {
  potName: { text: string; locale: string };
  status: string;
}) {
  const { t } = useTranslation("schemes");
  return (
    <>
      <div>
        <dt>{t("ledger.pot")}</dt>
        <dd lang={potName.locale}>{potName.text}</dd>
      </div>
      <div>
        <dt>{t("ledger.status")}</dt>
        <dd>{t(`ledger.statuses.${status}`)}</dd>
      </div>
    </>
  );
}

/** The round's submitted applications, each with its money so far and, for editors, a form. */
export function LedgerApplications({
  applications,
  currency,
  currencyName,
  canEdit,
  answer,
}: {
  applications: LedgerApplication[];
  currency: string;
  currencyName: string;
  canEdit: boolean;
  answer?: LedgerAnswer;
}) {
  const { t, i18n } = useTranslation("schemes");
  const money = (minor: number) => formatMoney(minor, currency, i18n.language);
  const moneyOrNone = (minor: number | null) => (minor === null ? t("ledger.none") : money(minor));
  return (
    <section className="stack" aria-labelledby="applications-title">
      <h2 id="applications-title">{t("ledger.applicationsTitle")}</h2>
      {applications.length === 0 ? <p>{t("ledger.noApplications")}</p> : null}
      <ul className="schemes-cards">
        {applications.map((application) => (
          <li key={application.id} id={`application-${application.id}`} className="card">
            <h3>
              <span dir="auto">{application.organisation}</span> ·{" "}
              <Reference value={application.reference} />
            </h3>
            <dl className="summary-list">
              <PotAndStatus potName={application.potName} status={application.status} />
              <div>
                <dt>{t("ledger.columns.requestedMinor")}</dt>
                <dd>{money(application.requestedMinor)}</dd>
              </div>
              <div>
                <dt>{t("ledger.columns.recommendedMinor")}</dt>
                <dd>{moneyOrNone(application.recommendedMinor)}</dd>
              </div>
              <div>
                <dt>{t("ledger.columns.awardedMinor")}</dt>
                <dd>{moneyOrNone(application.awardedMinor)}</dd>
              </div>
              <div>
                <dt>{t("ledger.columns.paidMinor")}</dt>
                <dd>{money(application.paidMinor)}</dd>
              </div>
            </dl>
            {canEdit ? (
              <LedgerChangeForm
                application={application}
                currencyName={currencyName}
                answer={answer?.applicationId === application.id ? answer : undefined}
              />
            ) : null}
          </li>
        ))}
      </ul>
    </section>
  );
}
