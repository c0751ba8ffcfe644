import { db } from "~/services/platform/db.server";

/**
 * The change history of one scheme: the scheme itself, its rounds, their pots, and the money
 * decisions on applications to those pots. Rows are filtered by the funder as well as by the
 * records, so another funder's events can never show up here.
 */
export async function schemeAuditLog(
  funderId: string,
  schemeId: string,
  options: { beforeId?: string; take: number },
) {
  const rounds = await db().round.findMany({
    where: { schemeId, scheme: { funderId } },
    select: {
      id: true,
      name: true,
      pots: { select: { id: true, name: true, applications: { select: { id: true } } } },
    },
  });
  const records = new Map<
    string,
    { type: "scheme" | "round" | "pot" | "application"; name: unknown }
  >([[schemeId, { type: "scheme", name: null }]]);
  for (const round of rounds) {
    records.set(round.id, { type: "round", name: round.name });
    for (const pot of round.pots) {
      records.set(pot.id, { type: "pot", name: pot.name });
      for (const application of pot.applications)
        records.set(application.id, { type: "application", name: pot.name });
    }
  }
  // Paging by (time, id): several events written in the same millisecond are neither lost nor repeated.
  const cursor = options.beforeId
    ? await db().auditEvent.findFirst({
        where: { id: options.beforeId, funderId },
        select: { id: true, createdAt: true },
      })
    : null;
  const events = await db().auditEvent.findMany({
    where: {
      funderId,
      entityId: { in: [...records.keys()] },
      ...(cursor
        ? {
            OR: [
              { createdAt: { lt: cursor.createdAt } },
              { createdAt: cursor.createdAt, id: { lt: cursor.id } },
            ],
          }
        : {}),
    },
    include: { actor: { select: { name: true, email: true } } },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    // One extra row tells whether there is an older page.
    take: options.take + 1,
  });
  return {
    events: events
      .slice(0, options.take)
      .map((event) => ({ ...event, record: records.get(event.entityId)! })),
    hasOlder: events.length > options.take,
  };
}
