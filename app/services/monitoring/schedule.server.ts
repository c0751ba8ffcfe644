import { isCheckInStarted } from "~/domain/monitoring/check-in-status";
import type { ScheduleChange } from "~/domain/monitoring/schedule";
import type { SignedInUser } from "~/services/access/permissions.server";
import type { LoadedGrant } from "~/services/grants/grant-access.server";
import { completeAfterChange } from "~/services/grants/grant-completion.server";
import { audit } from "~/services/platform/audit.server";
import { db, type Tx } from "~/services/platform/db.server";

/**
 * Staff choose how many check-ins a grant has and when. A check-in already sent stays as it
 * is; one the group has started writing is not removed (its words would go with it), only
 * moved. Positions follow the dates, so the group sees them in order.
 */

export type ScheduleOutcome = { ok: true } | { ok: false; field: string; key: string };

export function grantCheckIns(grantId: string) {
  return db().checkIn.findMany({
    where: { grantId },
    orderBy: [{ dueOn: "asc" }, { position: "asc" }],
    select: {
      id: true,
      kind: true,
      dueOn: true,
      submittedAt: true,
      answers: true,
      position: true,
    },
  });
}

export async function changeSchedule(
  actor: SignedInUser,
  grant: LoadedGrant,
  change: ScheduleChange,
): Promise<ScheduleOutcome> {
  const outcome = await db().$transaction(async (tx): Promise<ScheduleOutcome> => {
    if (change.kind !== "add") {
      const checkIn = await tx.checkIn.findFirst({
        where: { id: change.checkInId, grantId: grant.id },
      });
      const field = change.kind === "move" ? `dueOn.${change.checkInId}` : "form";
      if (!checkIn || checkIn.kind !== "CHECK_IN")
        return { ok: false, field, key: "monitoring:schedule.errors.unknown" };
      if (checkIn.submittedAt)
        return { ok: false, field, key: "monitoring:schedule.errors.alreadySent" };
      if (change.kind === "remove") {
        const files = await tx.storedFile.count({ where: { checkInId: checkIn.id } });
        if (isCheckInStarted(checkIn.answers, files))
          return { ok: false, field, key: "monitoring:schedule.errors.started" };
        await tx.checkIn.delete({ where: { id: checkIn.id } });
      } else {
        await tx.checkIn.update({ where: { id: checkIn.id }, data: { dueOn: change.dueOn } });
      }
    } else {
      await tx.checkIn.create({
        data: { grantId: grant.id, position: 9999, dueOn: change.dueOn },
      });
    }
    await renumberCheckIns(tx, grant.id);
    await audit(tx, {
      actorId: actor.id,
      action: "monitoring.schedule-changed",
      entity: { type: "Grant", id: grant.id },
      funderId: grant.funderId,
      detail: {
        change: change.kind,
        ...("checkInId" in change ? { checkInId: change.checkInId } : {}),
        ...("dueOn" in change ? { dueOn: change.dueOn.toISOString().slice(0, 10) } : {}),
      },
    });
    return { ok: true };
  });
  // Removing the one check-in a grant past its end and fully paid waited for completes it.
  if (outcome.ok && change.kind === "remove") await completeAfterChange(grant.id);
  return outcome;
}

/** Positions follow the due dates again after dates changed. */
export async function renumberCheckIns(tx: Tx, grantId: string) {
  const all = await tx.checkIn.findMany({
    where: { grantId },
    orderBy: [{ dueOn: "asc" }, { createdAt: "asc" }],
    select: { id: true, position: true },
  });
  for (const [position, checkIn] of all.entries())
    if (checkIn.position !== position)
      await tx.checkIn.update({ where: { id: checkIn.id }, data: { position } });
}
