import { Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { FormattedDateTime } from "~/components/shared/formatted-date";
import type { AuditRow } from "~/domain/schemes/audit-rows";
import { TableShell } from "~/components/shared/table-shell";

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
    <TableShell
      caption={caption}
      captionId="audit-caption"
      captionHidden
      columns={[t("audit.when"), t("audit.who"), t("audit.what"), t("audit.record")]}
    >
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
                    row.changed.map((field) => t(`audit.fields.${field}`, { defaultValue: field })),
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
    </TableShell>
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
