import { Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { FormattedDateTime } from "~/components/shared/formatted-date";
import { ScrollRegion } from "~/components/schemes/scroll-region";
import type { AuditRow } from "~/domain/schemes/audit-rows";

/** A change history, newest first, read on the clocks of `timeZone`. */
export function AuditTable({
  rows,
  timeZone,
  caption,
}: {
  rows: AuditRow[];
  timeZone: string;
  caption: string;
}) {
  const { t, i18n } = useTranslation("schemes");
  return (
    <ScrollRegion labelledBy="audit-caption">
      <table>
        <caption id="audit-caption" className="visually-hidden">
          {caption}
        </caption>
        <thead>
          <tr>
            <th scope="col">{t("audit.when")}</th>
            <th scope="col">{t("audit.who")}</th>
            <th scope="col">{t("audit.what")}</th>
            <th scope="col">{t("audit.record")}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id}>
              <td>
                <FormattedDateTime iso={row.at} timeZone={timeZone} />
              </td>
              <td>
                {row.who ? (
                  <bdi>{row.who}</bdi>
                ) : row.outsider ? (
                  t("auditLog.outsider")
                ) : (
                  t("audit.unknownPerson")
                )}
              </td>
              <td>
                {row.label ? t(row.label) : t("audit.otherAction")}
                {row.changed.length > 0 ? (
                  <span className="schemes-audit-fields">
                    {t("audit.changed", {
                      fields: new Intl.ListFormat(i18n.language).format(
                        row.changed.map((field) =>
                          t(`audit.fields.${field}`, { defaultValue: field }),
                        ),
                      ),
                    })}
                  </span>
                ) : null}
              </td>
              <td>
                {t(`audit.records.${row.record.kind}`)}
                {row.record.name ? (
                  <>
                    :{" "}
                    <span lang={row.record.name.locale || undefined} dir="auto">
                      {row.record.name.text}
                    </span>
                  </>
                ) : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}

/** The link to the next, older page of a history, keeping whatever filters it has. */
export function OlderLink({ to }: { to: string | null }) {
  const { t } = useTranslation("schemes");
  if (!to) return null;
  return (
    <p>
      <Link to={to}>{t("audit.older")}</Link>
    </p>
  );
}
