import type { LoaderFunctionArgs } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { AuditTable, OlderLink } from "~/components/schemes/audit-table";
import { Breadcrumbs } from "~/components/schemes/breadcrumbs";
import { useFunder } from "~/components/schemes/use-funder";
import { ErrorSummary, Field } from "~/components/shared/form-field";
import {
  AUDIT_PAGE_SIZE,
  auditPageQuery,
  auditRecordTypes,
  readAuditFilters,
  SYSTEM_ACTOR,
} from "~/domain/schemes/audit-filters";
import {
  auditLabelKey,
  changedFieldNames,
  recordKind,
  type AuditRow,
} from "~/domain/schemes/audit-rows";
import { auditActionLabelKey, auditActions } from "~/domain/shared/audit-actions";
import { translated } from "~/domain/shared/translated-text";
import { funderAuditLog, funderAuditPeople } from "~/services/schemes/funder-audit.server";
import { requireFunder } from "~/services/schemes/scheme-access.server";

/**
 * The funder's audit log: every recorded change to its schemes, rounds, forms, panels and team,
 * filtered by who, what, which record and when, fifty to a page (decision 0039). A GET form,
 * so a filtered view works without JavaScript and can be bookmarked or shared with a colleague.
 */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const { funder, locale } = await requireFunder(request, params, "view-audit");
  const people = await funderAuditPeople(funder.id);
  const staff = new Set(people.map((person) => person.id));
  const read = readAuditFilters(new URL(request.url).searchParams, {
    people: staff,
    timeZone: funder.timeZone,
  });
  const log = await funderAuditLog(funder.id, read.filters, AUDIT_PAGE_SIZE);
  const name = (id: string) => {
    const value = log.names.get(id);
    if (value === undefined) return null;
    return typeof value === "string" ? { text: value, locale: "" } : translated(value, locale);
  };
  const rows = log.events.map((event): AuditRow => ({
    id: event.id,
    action: event.action,
    at: event.createdAt.toISOString(),
    // Staff see each other's addresses; people outside the team (groups, reviewers) by name only.
    who: event.actor
      ? staff.has(event.actor.id)
        ? `${event.actor.name || event.actor.email} (${event.actor.email})`
        : event.actor.name
      : null,
    outsider: event.actor !== null && !staff.has(event.actor.id),
    label: auditLabelKey(event.action),
    changed: changedFieldNames(event.detail),
    record: { kind: recordKind(event.entityType), name: name(event.entityId) },
  }));
  const last = log.events.at(-1);
  return {
    timeZone: funder.timeZone,
    people: people.map(({ id, name }) => ({ id, name })),
    rows,
    values: read.values,
    errors: read.errors,
    filtered: Object.entries(read.values).some(([key, value]) => key !== "before" && value),
    older: log.hasOlder && last ? auditPageQuery(read.values, last.id) : null,
    newest: read.values.before ? auditPageQuery(read.values, null) : null,
  };
}

export default function FunderAuditPage() {
  const page = useLoaderData<typeof loader>();
  const { funder } = useFunder();
  const { t } = useTranslation("schemes");
  return (
    <div className="stack-large schemes-page">
      <Breadcrumbs items={[{ to: `/fund/${funder.id}`, label: funder.name }]} />
      <div className="stack">
        <h1>{t("auditLog.title")}</h1>
        <p>{t("auditLog.intro")}</p>
      </div>
      <ErrorSummary errors={page.errors} />
      <AuditFilterForm />
      {page.rows.length === 0 ? (
        <p>{page.filtered ? t("auditLog.emptyFiltered") : t("audit.empty")}</p>
      ) : (
        <AuditTable rows={page.rows} timeZone={page.timeZone} caption={t("auditLog.caption")} />
      )}
      <OlderLink to={page.older} />
      {page.newest ? (
        <p>
          <Link to={page.newest}>{t("auditLog.newest")}</Link>
        </p>
      ) : null}
    </div>
  );
}

function AuditFilterForm() {
  const page = useLoaderData<typeof loader>();
  const { funder } = useFunder();
  const { t } = useTranslation("schemes");
  const { values, errors } = page;
  const actions = auditActions
    .map((action) => ({ action, label: t(auditActionLabelKey(action)) }))
    .sort((a, b) => a.label.localeCompare(b.label));
  return (
    <section className="stack card" aria-labelledby="audit-filters-title">
      <h2 id="audit-filters-title">{t("auditLog.filtersTitle")}</h2>
      <Form method="get" className="stack">
        <Field name="who" label={t("auditLog.who")} errors={errors}>
          {(props) => (
            <select {...props} defaultValue={values.who}>
              <option value="">{t("auditLog.everyone")}</option>
              <option value={SYSTEM_ACTOR}>{t("auditLog.system")}</option>
              {page.people.map((person) => (
                <option key={person.id} value={person.id}>
                  {person.name}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field name="action" label={t("auditLog.what")} errors={errors}>
          {(props) => (
            <select {...props} defaultValue={values.action}>
              <option value="">{t("auditLog.allActions")}</option>
              {actions.map(({ action, label }) => (
                <option key={action} value={action}>
                  {label}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field name="recordType" label={t("auditLog.recordType")} errors={errors}>
          {(props) => (
            <select {...props} defaultValue={values.recordType}>
              <option value="">{t("auditLog.anyRecordType")}</option>
              {auditRecordTypes.map((type) => (
                <option key={type} value={type}>
                  {t(`audit.records.${recordKind(type)}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field
          name="record"
          label={t("auditLog.record")}
          hint={t("auditLog.recordHint")}
          errors={errors}
        >
          {(props) => (
            <input
              {...props}
              type="text"
              dir="ltr"
              autoComplete="off"
              defaultValue={values.record}
            />
          )}
        </Field>
        <p className="muted">{t("auditLog.datesHint", { timeZone: page.timeZone })}</p>
        <Field name="from" label={t("auditLog.from")} errors={errors}>
          {(props) => <input {...props} type="date" defaultValue={values.from} />}
        </Field>
        <Field name="to" label={t("auditLog.to")} errors={errors}>
          {(props) => <input {...props} type="date" defaultValue={values.to} />}
        </Field>
        <div className="applying-actions">
          <button type="submit" className="button">
            {t("auditLog.apply")}
          </button>
          <Link to={`/fund/${funder.id}/audit`}>{t("auditLog.clear")}</Link>
        </div>
      </Form>
    </section>
  );
}
