import {
  earliestDueDecision,
  isRecordingDue,
  recordingFileIds,
} from "~/domain/applications/recordings";
import { audit } from "~/services/platform/audit.server";
import { db } from "~/services/platform/db.server";
import { storage } from "~/services/platform/storage.server";

/**
 * The scheduled job that deletes the stored bytes of recording answers once the funder's
 * retention days have passed since the confirmed decision. The file's row, its staff summary
 * and the audit entry stay. Safe to run twice: deleting bytes already gone changes nothing,
 * and a file marked deleted is not looked at again.
 */
export async function deleteExpiredRecordings(now: Date) {
  const files = await db().storedFile.findMany({
    where: {
      deletedAt: null,
      application: { decision: { confirmedAt: { not: null, lte: earliestDueDecision(now) } } },
    },
    select: {
      id: true,
      storageKey: true,
      application: {
        select: {
          id: true,
          answers: true,
          decision: { select: { confirmedAt: true } },
          pot: {
            select: {
              round: {
                select: {
                  scheme: {
                    select: {
                      funderId: true,
                      funder: { select: { recordingRetentionDays: true } },
                    },
                  },
                },
              },
            },
          },
        },
      },
    },
    take: 500,
  });
  let deleted = 0;
  for (const file of files) {
    const { application } = file;
    const scheme = application.pot.round.scheme;
    const decidedAt = application.decision?.confirmedAt;
    if (!decidedAt || !recordingFileIds(application.answers).includes(file.id)) continue;
    if (!isRecordingDue(decidedAt, scheme.funder.recordingRetentionDays, now)) continue;
    // Bytes first: if marking the row fails, the next run deletes nothing new and marks it.
    await storage().delete(file.storageKey);
    const marked = await db().$transaction(async (tx) => {
      const written = await tx.storedFile.updateMany({
        where: { id: file.id, deletedAt: null },
        data: { deletedAt: now },
      });
      if (written.count !== 1) return false;
      await audit(tx, {
        actorId: null,
        action: "applications.recording-deleted",
        entity: { type: "StoredFile", id: file.id },
        funderId: scheme.funderId,
        detail: { applicationId: application.id, decidedAt: decidedAt.toISOString() },
      });
      return true;
    });
    if (marked) deleted++;
  }
  return { deleted };
}
