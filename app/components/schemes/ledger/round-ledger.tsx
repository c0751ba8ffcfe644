import { useTranslation } from "react-i18next";
import { TableShell } from "~/components/shared/table-shell";
import type { PotLedger, RoundLedger } from "~/domain/schemes/ledger";
import { formatMoney } from "~/domain/shared/money";

type Name = { text: string; locale: string };

const columns = [
  "budgetMinor",
  "requestedMinor",
  "recommendedMinor",
  "awardedMinor",
  "paidMinor",
  "remainingMinor",
] as const;

/** The round's money in total, then pot by pot, every figure derived from the records. */
export function RoundLedgerTables({
  ledger,
  currency,
  currencyName,
}: {
  ledger: Omit<RoundLedger, "pots" | "floors"> & { pots: (PotLedger & { name: Name })[] };
  currency: string;
  currencyName: string;
}) {
  const { t, i18n } = useTranslation("schemes");
  const money = (minor: number) => formatMoney(minor, currency, i18n.language);
  return (
    <>
      <dl className="summary-list">
        <div>
          <dt>{t("round.budgetLabel")}</dt>
          <dd>{money(ledger.budgetMinor)}</dd>
        </div>
        <div>
          <dt>{t("round.allocated")}</dt>
          <dd>{money(ledger.allocatedMinor)}</dd>
        </div>
        <div>
          <dt>{t("round.unallocated")}</dt>
          <dd>{money(ledger.unallocatedMinor)}</dd>
        </div>
      </dl>

      <TableShell
        caption={t("ledger.caption", { currency: currencyName })}
        captionId="ledger-caption"
        className="schemes-numbers"
        columns={[t("ledger.pot"), ...columns.map((column) => t(`ledger.columns.${column}`))]}
        foot={
          <tr>
            <th scope="row">{t("ledger.total")}</th>
            {columns.map((column) => (
              <td key={column}>{money(ledger.totals[column])}</td>
            ))}
          </tr>
        }
      >
        {ledger.pots.map((pot) => (
          <tr key={pot.potId}>
            <th scope="row" lang={pot.name.locale}>
              {pot.name.text}
            </th>
            {columns.map((column) => (
              <td key={column}>{money(pot[column])}</td>
            ))}
          </tr>
        ))}
      </TableShell>
    </>
  );
}
