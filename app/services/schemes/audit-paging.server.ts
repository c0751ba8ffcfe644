import { db } from "~/services/platform/db.server";

/**
 * Keyset paging through a funder's audit events, newest first, by (time, id): events written in
 * the same millisecond are neither lost nor repeated, and a page costs the same however deep.
 * The cursor is looked up under the funder, so another funder's event id pages nothing.
 */
export async function auditCursor(funderId: string, beforeId: string | undefined) {
  if (!beforeId) return null;
  return db().auditEvent.findFirst({
    where: { id: beforeId, funderId },
    select: { id: true, createdAt: true },
  });
}

/** The where-clause of the events older than the cursor; the time bound keeps it on the index. */
export function olderThan(cursor: { id: string; createdAt: Date } | null) {
  if (!cursor) return {};
  return {
    AND: [
      { createdAt: { lte: cursor.createdAt } },
      {
        OR: [
          { createdAt: { lt: cursor.createdAt } },
          { createdAt: cursor.createdAt, id: { lt: cursor.id } },
        ],
      },
    ],
  };
}

export const newestFirst = [{ createdAt: "desc" as const }, { id: "desc" as const }];
