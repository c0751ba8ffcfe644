import { can, type Actor } from "~/domain/access/permissions";
import { transition } from "~/domain/applications/state-machine";
import { screeningChoices, type Screening } from "~/domain/eligibility/screening";
import type { ApplicationStatus } from "~/domain/schemes/ledger";
import { db, type Tx } from "~/services/platform/db.server";
import {
  guardedChange,
  guardedChangeWithin,
  pass,
  refuse,
  type GuardedChange,
} from "~/services/platform/guarded-change.server";
import { nudgeMailWorker } from "~/services/platform/mail-worker.server";
import { queueIneligibleEmail } from "./ineligible-email.server";

/**
 * Screening changes: eligible (to the panel), not eligible (the group is told why), and
 * reconsidering a refusal. Each is one guarded change of the application's status, so two
 * officers screening the same application at once cannot both do it, and the group is told
 * once per screening, by the change that made it.
 */

export type ScreeningRefusal = "reviewed" | "not-allowed";

async function loadForScreening(tx: Tx, roundId: string, applicationId: string) {
  const application = await tx.application.findFirst({
    where: { id: applicationId, pot: { roundId } },
    include: {
      organisation: true,
      pot: { include: { round: { include: { scheme: true } } } },
      _count: { select: { reviews: { where: { status: "SUBMITTED" } } } },
    },
  });
  return application ? { ...application, funderId: application.pot.round.scheme.funderId } : null;
}
export type ScreenedApplication = NonNullable<Awaited<ReturnType<typeof loadForScreening>>>;

const staffMay = (actor: Actor) => (application: ScreenedApplication) =>
  can(actor, "edit", { type: "funder", funderId: application.funderId });

function moveTo(application: ScreenedApplication, to: ApplicationStatus, now: Date) {
  return transition(application.status, to, "staff", {
    now,
    closesAt: application.pot.round.closesAt,
  }).ok;
}

function screeningChange(
  actor: Actor,
  roundId: string,
  applicationId: string,
  screening: Screening,
  now: Date,
): GuardedChange<ScreenedApplication, undefined, undefined, ScreeningRefusal> {
  const to: ApplicationStatus = screening.decision === "eligible" ? "IN_REVIEW" : "INELIGIBLE";
  return {
    actorId: actor.id,
    load: (tx) => loadForScreening(tx, roundId, applicationId),
    allowed: staffMay(actor),
    from: screening.decision === "eligible" ? ["SUBMITTED"] : ["SUBMITTED", "IN_REVIEW"],
    prepare: (application) => {
      const choices = screeningChoices(application.status, application._count.reviews);
      if (!choices.screen.includes(screening.decision)) return refuse("reviewed");
      return moveTo(application, to, now) ? pass() : refuse("not-allowed");
    },
    update: (tx, application) =>
      tx.application.updateMany({
        where: { id: application.id, status: application.status },
        data: {
          status: to,
          screenedAt: now,
          screenedById: actor.id,
          ineligibleReason: screening.decision === "ineligible" ? screening.reason : null,
          ineligibleNote: screening.decision === "ineligible" ? screening.note : null,
          revision: { increment: 1 },
        },
      }),
    then: async (tx, application) => {
      if (screening.decision === "ineligible")
        await queueIneligibleEmail(tx, application, screening, now);
      return pass();
    },
    audit: (application) => ({
      action:
        screening.decision === "eligible"
          ? "eligibility.screened-eligible"
          : "eligibility.screened-ineligible",
      entity: { type: "Application", id: application.id },
      funderId: application.funderId,
      detail:
        screening.decision === "eligible"
          ? { from: application.status }
          : { from: application.status, reason: screening.reason },
    }),
  };
}

/** Screens one application of the round. */
export async function screenApplication(
  actor: Actor,
  roundId: string,
  applicationId: string,
  screening: Screening,
  now = new Date(),
) {
  const result = await guardedChange(
    db(),
    screeningChange(actor, roundId, applicationId, screening, now),
  );
  if (result.ok && screening.decision === "ineligible") nudgeMailWorker();
  return result;
}

/**
 * Marks several of the round's applications eligible together. Ones that someone else screened
 * meanwhile are left as they are and not counted; the caller has already made sure every id is
 * one of the round's.
 */
export async function markEligible(
  actor: Actor,
  roundId: string,
  applicationIds: readonly string[],
  now = new Date(),
) {
  return db().$transaction(async (tx) => {
    let marked = 0;
    for (const applicationId of new Set(applicationIds)) {
      const change = screeningChange(actor, roundId, applicationId, { decision: "eligible" }, now);
      const result = await guardedChangeWithin(tx, change);
      if (result.ok) marked++;
    }
    return marked;
  });
}

/** Puts a refused application back to be screened again, forgetting the earlier screening. */
export async function reconsiderApplication(
  actor: Actor,
  roundId: string,
  applicationId: string,
  now = new Date(),
) {
  return guardedChange<ScreenedApplication, undefined, undefined, ScreeningRefusal>(db(), {
    actorId: actor.id,
    load: (tx) => loadForScreening(tx, roundId, applicationId),
    allowed: staffMay(actor),
    from: ["INELIGIBLE"],
    prepare: (application) =>
      moveTo(application, "SUBMITTED", now) ? pass() : refuse("not-allowed"),
    update: (tx, application) =>
      tx.application.updateMany({
        where: { id: application.id, status: "INELIGIBLE" },
        data: {
          status: "SUBMITTED",
          screenedAt: null,
          screenedById: null,
          ineligibleReason: null,
          ineligibleNote: null,
          revision: { increment: 1 },
        },
      }),
    audit: (application) => ({
      action: "eligibility.screening-reconsidered",
      entity: { type: "Application", id: application.id },
      funderId: application.funderId,
      detail: { reason: application.ineligibleReason },
    }),
  });
}
