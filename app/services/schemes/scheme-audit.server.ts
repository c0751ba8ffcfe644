import { db } from "~/services/platform/db.server";
import { inRunsOf } from "~/domain/shared/group-by";
import { auditCursor, newestFirst, olderThan } from "./audit-paging.server";

/** Well under what any supported database accepts as parameters of one statement. */
const RECORDS_PER_STATEMENT = 500;

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
  const cursor = await auditCursor(funderId, options.beforeId);
  // A scheme of several years holds more applications than one statement may list: each run
  // of records gives its own newest events, and the newest of them all make the page.
  const found = await Promise.all(
    inRunsOf([...records.keys()], RECORDS_PER_STATEMENT).map((entityIds) =>
      db().auditEvent.findMany({
        where: { funderId, entityId: { in: entityIds }, ...olderThan(cursor) },
        include: { actor: { select: { name: true, email: true } } },
        orderBy: newestFirst,
        // One extra row tells whether there is an older page.
        take: options.take + 1,
      }),
    ),
  );
  const events = found
    .flat()
    .sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime() || (a.id < b.id ? 1 : -1))
    .slice(0, options.take + 1);
  return {
    events: events
      .slice(0, options.take)
      .map((event) => ({ ...event, record: records.get(event.entityId)! })),
    hasOlder: events.length > options.take,
  };
}
