import { Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { FormattedDate } from "~/components/shared/formatted-date";
import { checkInStatuses, type CheckInStatus } from "~/domain/outcomes/check-in-status";
import { formatNumber } from "~/domain/shared/dates";
import { TableShell } from "~/components/shared/table-shell";

export type StatusPage = {
  counts: Record<CheckInStatus, number>;
  total: number;
  page: number;
  pages: number;
  rows: {
    grantId: string;
    reference: string;
    group: string;
    nextDue: string | null;
    status: CheckInStatus;
  }[];
};

/**
 * Where each active grant stands with its check-ins: counts of late, due soon and on time, then
 * the grants themselves, those needing attention first, a page at a time.
 */
export function CheckInStatusTable({
  status,
  timeZone,
  pageLink,
}: {
  status: StatusPage;
  timeZone: string;
  pageLink: (page: number) => string;
}) {
  const { t, i18n } = useTranslation("outcomes");
  return (
    <section className="stack" aria-labelledby="outcomes-status-title">
      <h2 id="outcomes-status-title">{t("views.status.title")}</h2>
      <p>{t("views.status.intro")}</p>
      <ul className="outcomes-counts">
        {checkInStatuses.map((name) => (
          <li key={name} className={`outcomes-status outcomes-status--${name}`}>
            <span className="outcomes-counts__number">
              {formatNumber(status.counts[name], i18n.language)}
            </span>{" "}
            {t(`views.status.${name}`)}
          </li>
        ))}
      </ul>
      {status.total === 0 ? (
        <p>{t("views.status.none")}</p>
      ) : (
        <TableShell
          caption={t("views.status.caption", {
            page: formatNumber(status.page, i18n.language),
            pages: formatNumber(status.pages, i18n.language),
          })}
          captionId="outcomes-status-caption"
          columns={[
            t("views.status.grant"),
            t("views.status.group"),
            t("views.status.nextDue"),
            t("views.status.status"),
          ]}
        >
          {status.rows.map((row) => (
            <tr key={row.grantId}>
              <td>
                <bdi>{row.reference}</bdi>
              </td>
              <td>
                <bdi>{row.group}</bdi>
              </td>
              <td>
                {row.nextDue ? (
                  <FormattedDate iso={row.nextDue} timeZone={timeZone} />
                ) : (
                  t("views.status.allIn")
                )}
              </td>
              <td>
                <span className={`outcomes-status outcomes-status--${row.status}`}>
                  {t(`views.status.${row.status}`)}
                </span>
              </td>
            </tr>
          ))}
        </TableShell>
      )}
      {status.pages > 1 ? (
        <nav aria-label={t("views.status.pagesLabel")} className="outcomes-pages">
          {status.page > 1 ? (
            <Link to={pageLink(status.page - 1)} rel="prev">
              {t("views.status.previous")}
            </Link>
          ) : null}
          {status.page < status.pages ? (
            <Link to={pageLink(status.page + 1)} rel="next">
              {t("views.status.next")}
            </Link>
          ) : null}
        </nav>
      ) : null}
    </section>
  );
}
