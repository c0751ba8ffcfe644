import type { AuditFilters } from "~/domain/schemes/audit-filters";
import { SYSTEM_ACTOR } from "~/domain/schemes/audit-filters";
import { db } from "~/services/platform/db.server";
import { auditCursor, newestFirst, olderThan } from "./audit-paging.server";

/**
 * A funder's whole audit log: every event recorded with its funderId, filtered and paged.
 * Each filter maps onto one of the log's indexes, (funderId, actorId, createdAt),
 * (funderId, action, createdAt), (entityType, entityId) or (funderId, createdAt), so a
 * filtered page reads no more rows than it shows.
 */

/** The funder's people, for the "who" list: its staff, by name. */
export async function funderAuditPeople(funderId: string) {
  const members = await db().funderMember.findMany({
    where: { funderId },
    select: { user: { select: { id: true, name: true, email: true } } },
  });
  return members
    .map(({ user }) => ({ id: user.id, name: user.name || user.email, email: user.email }))
    .sort((a, b) => a.name.localeCompare(b.name));
}

/** The record a filter names, as stored: an application reference is looked up under the funder. */
async function recordId(funderId: string, record: NonNullable<AuditFilters["record"]>) {
  if (!record.reference) return record.idOrReference;
  const application = await db().application.findFirst({
    where: { reference: record.reference, pot: { round: { scheme: { funderId } } } },
    select: { id: true },
  });
  return application?.id ?? null;
}

export async function funderAuditLog(funderId: string, filters: AuditFilters, take: number) {
  const entityId = filters.record ? await recordId(funderId, filters.record) : undefined;
  // A reference of another funder's application, or none: nothing to show, and nothing said.
  if (entityId === null) return { events: [], hasOlder: false, names: new Map<string, unknown>() };
  const cursor = await auditCursor(funderId, filters.before);
  const events = await db().auditEvent.findMany({
    where: {
      funderId,
      ...(filters.who ? { actorId: filters.who === SYSTEM_ACTOR ? null : filters.who } : {}),
      ...(filters.action ? { action: filters.action } : {}),
      ...(filters.record ? { entityType: filters.record.type, entityId } : {}),
      ...(filters.recordType ? { entityType: filters.recordType } : {}),
      ...(filters.from || filters.until
        ? { createdAt: { gte: filters.from, lt: filters.until } }
        : {}),
      ...olderThan(cursor),
    },
    include: { actor: { select: { id: true, name: true, email: true } } },
    orderBy: newestFirst,
    take: take + 1,
  });
  const page = events.slice(0, take);
  return { events: page, hasOlder: events.length > take, names: await recordNames(page) };
}

/** Names of the records on one page that have one, looked up in a query per kind. */
async function recordNames(events: { entityType: string; entityId: string }[]) {
  const ids = (type: string) =>
    events.filter((event) => event.entityType === type).map((event) => event.entityId);
  const [schemes, rounds, pots, applications, panels] = await Promise.all([
    db().scheme.findMany({
      where: { id: { in: ids("Scheme") } },
      select: { id: true, title: true },
    }),
    db().round.findMany({ where: { id: { in: ids("Round") } }, select: { id: true, name: true } }),
    db().pot.findMany({ where: { id: { in: ids("Pot") } }, select: { id: true, name: true } }),
    db().application.findMany({
      where: { id: { in: ids("Application") } },
      select: { id: true, reference: true },
    }),
    db().panel.findMany({ where: { id: { in: ids("Panel") } }, select: { id: true, name: true } }),
  ]);
  return new Map<string, unknown>([
    ...schemes.map((row) => [row.id, row.title] as const),
    ...rounds.map((row) => [row.id, row.name] as const),
    ...pots.map((row) => [row.id, row.name] as const),
    ...applications.map((row) => [row.id, row.reference] as const),
    ...panels.map((row) => [row.id, row.name] as const),
  ]);
}
