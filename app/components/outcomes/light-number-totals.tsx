import { useTranslation } from "react-i18next";
import type { RoundTotals } from "~/domain/outcomes/light-numbers";
import { formatNumber } from "~/domain/shared/dates";
import { TableShell } from "~/components/shared/table-shell";

/** The round's light numbers added up over the check-ins sent in the period. */
export function LightNumberTotals({ rounds }: { rounds: readonly RoundTotals[] }) {
  const { t, i18n } = useTranslation("outcomes");
  return (
    <section className="stack" aria-labelledby="outcomes-totals-title">
      <h2 id="outcomes-totals-title">{t("views.totals.title")}</h2>
      {rounds.length === 0 ? (
        <p>{t("views.totals.none")}</p>
      ) : (
        <TableShell
          caption={t("views.totals.caption")}
          captionId="outcomes-totals-caption"
          columns={[
            t("views.totals.round"),
            t("views.totals.number"),
            t("views.totals.total"),
            t("views.totals.checkIns"),
          ]}
        >
          {rounds.flatMap((round) =>
            round.numbers.map((number, index) => (
              <tr key={`${round.roundId}-${number.id}`}>
                {index === 0 ? (
                  <th scope="rowgroup" rowSpan={round.numbers.length} lang={round.roundName.locale}>
                    {round.roundName.text}
                  </th>
                ) : null}
                <th scope="row" lang={number.label.locale}>
                  {number.label.text}
                </th>
                <td className="numeric">{formatNumber(number.total, i18n.language)}</td>
                <td className="numeric">{formatNumber(number.checkIns, i18n.language)}</td>
              </tr>
            )),
          )}
        </TableShell>
      )}
    </section>
  );
}
