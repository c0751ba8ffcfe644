import { completionOf, endedWhere, type CompletionWait } from "~/domain/grants/lifecycle";
import { paidMinorOf } from "~/domain/grants/schedule";
import { db } from "~/services/platform/db.server";
import { guardedChange, pass, refuse } from "~/services/platform/guarded-change.server";
import { log } from "~/services/platform/log.server";
import { nudgeMailWorker } from "~/services/platform/mail-worker.server";
import { queueGrantEmail } from "./grant-emails.server";
import { loadGrantForChange, type GrantForChange } from "./grant-facts.server";

/**
 * A grant that has run its course becomes COMPLETED (decision 0045): nobody decides it, so the
 * change is Withfund's own (no actor), recorded like every other change to a grant (a
 * GrantChange the group reads, an audit entry, one email) and guarded like them, so a second
 * run, or a staff change at the same moment, finds nothing left to do.
 */
export async function completeGrantIfDue(grantId: string, now: Date = new Date()) {
  const result = await guardedChange<GrantForChange, undefined, undefined, CompletionWait[]>(db(), {
    actorId: null,
    load: (tx) => loadGrantForChange(tx, grantId),
    // No person acts: the rule itself is what allows it.
    allowed: () => true,
    from: ["ACTIVE"],
    prepare: (grant) => {
      const check = completionOf(grant.facts, now);
      return check.ok ? pass() : refuse(check.waiting);
    },
    update: (tx, grant) =>
      tx.grant.updateMany({
        where: { id: grant.id, status: "ACTIVE", revision: grant.revision },
        data: { status: "COMPLETED", revision: { increment: 1 } },
      }),
    then: async (tx, grant) => {
      await tx.grantChange.create({
        data: { grantId: grant.id, kind: "COMPLETED", detail: detailOf(grant), createdAt: now },
      });
      await queueGrantEmail(tx, grant, grant.revision + 1, "completed", {
        awardedMinor: grant.facts.awardedMinor,
      });
      return pass();
    },
    audit: (grant) => ({
      action: "grants.completed",
      entity: { type: "Grant", id: grant.id },
      funderId: grant.funderId,
      detail: detailOf(grant),
    }),
  });
  if (result.ok) nudgeMailWorker();
  return result.ok;
}

const detailOf = (grant: GrantForChange) => ({
  endsOn: grant.endsOn.toISOString(),
  awardedMinor: grant.facts.awardedMinor,
  paidMinor: paidMinorOf(grant.facts.tranches),
  checkIns: grant.facts.checkIns.length,
});

/**
 * After a person's change that may have met the last condition (the last payment, the last
 * check-in): complete the grant at once rather than at the next run of the job. The change is
 * already saved, so a failure here is logged and left to the job.
 */
export async function completeAfterChange(grantId: string, now: Date = new Date()) {
  try {
    await completeGrantIfDue(grantId, now);
  } catch (error) {
    log().error({ component: "grants", err: error }, "completing a grant after a change failed");
  }
}

/**
 * The scheduled job: every grant still running whose last day has passed and whose check-ins
 * are all in is checked against the rule; those fully paid are completed. Safe to run twice: a
 * completed grant is no longer ACTIVE, so the second run finds nothing.
 */
export async function completeDueGrants(now: Date = new Date()) {
  const candidates = await db().grant.findMany({
    where: {
      status: "ACTIVE",
      ...endedWhere(now),
      checkIns: { none: { submittedAt: null } },
    },
    select: { id: true },
    orderBy: { endsOn: "asc" },
  });
  let completed = 0;
  for (const grant of candidates) if (await completeGrantIfDue(grant.id, now)) completed += 1;
  return completed;
}
