import type { LoaderFunctionArgs } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { AuditTable, OlderLink } from "~/components/schemes/audit-table";
import { Breadcrumbs, schemeCrumbs } from "~/components/schemes/breadcrumbs";
import { useFunder } from "~/components/schemes/use-funder";
import { auditLabelKey, changedFieldNames, type AuditRow } from "~/domain/schemes/audit-rows";
import { AUDIT_PAGE_SIZE } from "~/domain/schemes/audit-filters";
import { translated } from "~/domain/shared/translated-text";
import { requireScheme } from "~/services/schemes/scheme-access.server";
import { schemeAuditLog } from "~/services/schemes/scheme-audit.server";

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { scheme, funderId, locale } = await requireScheme(request, params, "view-audit");
  const beforeId = new URL(request.url).searchParams.get("before") ?? undefined;
  const log = await schemeAuditLog(funderId, scheme.id, { beforeId, take: AUDIT_PAGE_SIZE });
  const schemeTitle = translated(scheme.title, locale);
  return {
    scheme: { id: scheme.id, title: schemeTitle, timeZone: scheme.timeZone },
    events: log.events.map((event): AuditRow => ({
      id: event.id,
      action: event.action,
      label: auditLabelKey(event.action),
      at: event.createdAt.toISOString(),
      who: event.actor
        ? event.actor.name
          ? `${event.actor.name} (${event.actor.email})`
          : event.actor.email
        : null,
      record: {
        kind: event.record.type,
        name: event.record.type === "scheme" ? schemeTitle : translated(event.record.name, locale),
      },
      changed: changedFieldNames(event.detail),
    })),
    olderThan: log.hasOlder ? log.events[log.events.length - 1]!.id : null,
  };
}

export default function AuditPage() {
  const { scheme, events, olderThan } = useLoaderData<typeof loader>();
  const { funder } = useFunder();
  const { t } = useTranslation("schemes");
  return (
    <div className="stack-large schemes-page">
      <Breadcrumbs items={[...schemeCrumbs(funder, scheme)]} />
      <div className="stack">
        <h1>{t("audit.title")}</h1>
        <p className="muted">{t("audit.intro")}</p>
      </div>
      {events.length === 0 ? <p>{t("audit.empty")}</p> : null}
      {events.length > 0 ? (
        <AuditTable rows={events} timeZone={scheme.timeZone} caption={t("audit.caption")} />
      ) : null}
      <OlderLink to={olderThan ? `?before=${encodeURIComponent(olderThan)}` : null} />
    </div>
  );
}
