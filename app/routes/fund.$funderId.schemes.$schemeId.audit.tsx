import type { LoaderFunctionArgs } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { FormattedDateTime } from "~/components/shared/formatted-date";
import { Breadcrumbs, schemeCrumbs } from "~/components/schemes/breadcrumbs";
import { ScrollRegion } from "~/components/schemes/scroll-region";
import { useFunder } from "~/components/schemes/use-funder";
import { auditActionLabelKey, isAuditAction } from "~/domain/shared/audit-actions";
import { translated } from "~/domain/shared/translated-text";
import { requireScheme } from "~/services/schemes/scheme-access.server";
import { schemeAuditLog } from "~/services/schemes/scheme-audit.server";

const PAGE_SIZE = 50;

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { scheme, funderId, locale } = await requireScheme(request, params, "view-audit");
  const beforeId = new URL(request.url).searchParams.get("before") ?? undefined;
  const log = await schemeAuditLog(funderId, scheme.id, { beforeId, take: PAGE_SIZE });
  const schemeTitle = translated(scheme.title, locale);
  return {
    scheme: { id: scheme.id, title: schemeTitle, timeZone: scheme.timeZone },
    events: log.events.map((event) => ({
      id: event.id,
      action: event.action,
      label: isAuditAction(event.action) ? auditActionLabelKey(event.action) : null,
      at: event.createdAt.toISOString(),
      who: event.actor
        ? event.actor.name
          ? `${event.actor.name} (${event.actor.email})`
          : event.actor.email
        : null,
      recordType: event.record.type,
      recordName:
        event.record.type === "scheme" ? schemeTitle : translated(event.record.name, locale),
      changed: changedFieldNames(event.detail),
    })),
    olderThan: log.hasOlder ? log.events[log.events.length - 1]!.id : null,
  };
}

function changedFieldNames(detail: unknown): string[] {
  if (!detail || typeof detail !== "object" || !("changes" in detail)) return [];
  const changes = (detail as { changes: unknown }).changes;
  return changes && typeof changes === "object" ? Object.keys(changes) : [];
}

export default function AuditPage() {
  const { scheme, events, olderThan } = useLoaderData<typeof loader>();
  const { funder } = useFunder();
  const { t, i18n } = useTranslation("schemes");
  return (
    <div className="stack-large schemes-page">
      <Breadcrumbs items={[...schemeCrumbs(funder, scheme)]} />
      <div className="stack">
        <h1>{t("audit.title")}</h1>
        <p className="muted">{t("audit.intro")}</p>
      </div>
      {events.length === 0 ? <p>{t("audit.empty")}</p> : null}
      {events.length > 0 ? (
        <ScrollRegion labelledBy="audit-caption">
          <table>
            <caption id="audit-caption" className="visually-hidden">
              {t("audit.caption")}
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
              {events.map((event) => (
                <tr key={event.id}>
                  <td>
                    <FormattedDateTime iso={event.at} timeZone={scheme.timeZone} />
                  </td>
                  <td>{event.who ?? t("audit.unknownPerson")}</td>
                  <td>
                    {event.label ? t(event.label) : t("audit.otherAction")}
                    {event.changed.length > 0 ? (
                      <span className="schemes-audit-fields">
                        {t("audit.changed", {
                          fields: new Intl.ListFormat(i18n.language).format(
                            event.changed.map((field) =>
                              t(`audit.fields.${field}`, { defaultValue: field }),
                            ),
                          ),
                        })}
                      </span>
                    ) : null}
                  </td>
                  <td>
                    {t(`audit.records.${event.recordType}`)}:{" "}
                    <span lang={event.recordName.locale}>{event.recordName.text}</span>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      ) : null}
      {olderThan ? (
        <p>
          <Link to={`?before=${encodeURIComponent(olderThan)}`}>{t("audit.older")}</Link>
        </p>
      ) : null}
    </div>
  );
}
