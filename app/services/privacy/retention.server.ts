import { Prisma } from "~/generated/client-sqlite/client";
import { clearedStatuses, retentionCutoff, retentionStep } from "~/domain/privacy/retention";
import { audit } from "~/services/platform/audit.server";
import { db } from "~/services/platform/db.server";
import { storage } from "~/services/platform/storage.server";

/** Applications retention still has something to do to. */
const stillHeld = {
  OR: [
    { status: "DRAFT" as const, submittedAt: null },
    { status: { in: [...clearedStatuses] }, personalDataRemovedAt: null },
  ],
};

const BATCH = 200;

type Counts = { draftsDeleted: number; applicationsCleared: number; filesDeleted: number };

/**
 * The daily job behind each scheme's retention months: once a round closed that many months
 * ago, drafts nobody sent are deleted with their files, and withdrawn, declined and ineligible
 * applications lose their answers and files but keep what the ledger and the counts need
 * (reference, status, amounts, group, pot). One audit entry per round with what it did.
 * Safe to run twice: a deleted draft is gone and a cleared application is marked, so a second
 * run finds nothing; a run that dies after deleting bytes deletes them again (a no-op) next time.
 */
export async function applyRetention(now: Date) {
  const schemes = await db().scheme.findMany({
    select: { id: true, funderId: true, retentionMonths: true },
  });
  const totals: Counts = { draftsDeleted: 0, applicationsCleared: 0, filesDeleted: 0 };
  for (const scheme of schemes) {
    const rounds = await db().round.findMany({
      where: {
        schemeId: scheme.id,
        closesAt: { lte: retentionCutoff(now, scheme.retentionMonths) },
        pots: { some: { applications: { some: stillHeld } } },
      },
      select: { id: true, closesAt: true },
    });
    for (const round of rounds) {
      const counts = await applyToRound(round, scheme, now);
      totals.draftsDeleted += counts.draftsDeleted;
      totals.applicationsCleared += counts.applicationsCleared;
      totals.filesDeleted += counts.filesDeleted;
    }
  }
  return totals;
}

async function applyToRound(
  round: { id: string; closesAt: Date },
  scheme: { funderId: string; retentionMonths: number },
  now: Date,
): Promise<Counts> {
  const counts: Counts = { draftsDeleted: 0, applicationsCleared: 0, filesDeleted: 0 };
  for (;;) {
    const batch = await db().application.findMany({
      where: { pot: { roundId: round.id }, ...stillHeld },
      select: {
        id: true,
        status: true,
        submittedAt: true,
        personalDataRemovedAt: true,
        files: { select: { id: true, storageKey: true } },
      },
      orderBy: { id: "asc" },
      take: BATCH,
    });
    if (batch.length === 0) break;
    // Bytes first: if the database step then fails, the rows still point at them and the next
    // run deletes them again, so no file outlives its row unnoticed.
    for (const file of batch.flatMap((application) => application.files))
      await storage().delete(file.storageKey);
    const done = await db().$transaction(async (tx) => {
      const result: Counts = { draftsDeleted: 0, applicationsCleared: 0, filesDeleted: 0 };
      for (const application of batch) {
        const step = retentionStep(application);
        const files = await tx.storedFile.deleteMany({ where: { applicationId: application.id } });
        if (step === "delete") {
          // Guarded on its state, so a draft sent meanwhile (after the closing date it cannot
          // be) is never lost.
          const deleted = await tx.application.deleteMany({
            where: { id: application.id, status: "DRAFT", submittedAt: null },
          });
          result.draftsDeleted += deleted.count;
        } else if (step === "clear") {
          const cleared = await tx.application.updateMany({
            where: { id: application.id, status: application.status, personalDataRemovedAt: null },
            data: {
              answers: Prisma.DbNull,
              sectionRevisions: Prisma.DbNull,
              completedSections: Prisma.DbNull,
              ineligibleNote: null,
              personalDataRemovedAt: now,
            },
          });
          result.applicationsCleared += cleared.count;
        }
        result.filesDeleted += files.count;
      }
      if (result.draftsDeleted + result.applicationsCleared + result.filesDeleted > 0) {
        await audit(tx, {
          actorId: null,
          action: "privacy.retention-applied",
          entity: { type: "Round", id: round.id },
          funderId: scheme.funderId,
          detail: {
            ...result,
            retentionMonths: scheme.retentionMonths,
            roundClosedAt: round.closesAt.toISOString(),
          },
        });
      }
      return result;
    });
    counts.draftsDeleted += done.draftsDeleted;
    counts.applicationsCleared += done.applicationsCleared;
    counts.filesDeleted += done.filesDeleted;
    // An application whose state moved meanwhile stays held; stop rather than loop on it.
    if (done.draftsDeleted + done.applicationsCleared === 0) break;
  }
  return counts;
}
