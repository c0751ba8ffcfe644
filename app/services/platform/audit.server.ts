import type { AuditAction } from "~/domain/shared/audit-actions";
import type { Prisma } from "~/generated/client-sqlite/client";
import type { Tx } from "./db.server";

export type AuditEntry = {
  actorId: string | null;
  action: AuditAction;
  entity: { type: string; id: string };
  funderId?: string | null;
  detail?: Prisma.InputJsonValue;
};

/**
 * Records who did what to which record. Call it with the transaction that makes the change,
 * so the change and its audit row are written together or not at all.
 */
export async function audit(tx: Tx, entry: AuditEntry) {
  await tx.auditEvent.create({
    data: {
      actorId: entry.actorId,
      action: entry.action,
      entityType: entry.entity.type,
      entityId: entry.entity.id,
      funderId: entry.funderId ?? null,
      detail: entry.detail,
    },
  });
}
