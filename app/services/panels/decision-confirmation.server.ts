import type { LedgerOperation, Refusal } from "~/domain/schemes/ledger";
import { decisionPath, readFeedback, type DecisionDraft } from "~/domain/panels/decisions";
import { feedbackAfterSave, readMachineDrafted } from "~/domain/panels/feedback-drafts";
import { reviewScopeStatuses } from "~/domain/panels/review-scope";
import { config } from "~/services/platform/env.server";
import { audit } from "~/services/platform/audit.server";
import { db, type Tx } from "~/services/platform/db.server";
import { enqueueEmail } from "~/services/platform/outbox.server";
import { nudgeMailWorker } from "~/services/platform/mail-worker.server";
import {
  applyLedgerOperations,
  inLedgerTransaction,
  LedgerConflict,
  previewLedgerOperations,
} from "~/services/schemes/ledger.server";
import { createGrantForAward } from "~/services/grants/grant-creation.server";
import { applicantOf, unreachableApplications, weightedScore } from "./decisions.server";

/**
 * Confirming a pot's decisions: in one transaction the money moves through the ledger, every
 * application moves through the state machine, the decisions are marked confirmed and each
 * applicant's email is queued. Two people confirming at once cannot both spend the pot: the
 * ledger claims the pot, the loser starts again on fresh figures and is told why.
 */

type Panel = { id: string; round: { closesAt: Date; scheme: { funderId: string } } };

/** A conflicted chair may not confirm a set that includes an application she is close to. */
async function conflictedIn(tx: Tx, panelId: string, userId: string, applicationIds: string[]) {
  return tx.conflictDeclaration.count({
    where: { panelId, userId, applicationId: { in: applicationIds } },
  });
}

/**
 * What the confirm page shows: the pot's unconfirmed drafts, the money they need, warnings.
 * Applications she declared a conflict with are left out and counted, never named. Groups are
 * named only to someone who may see who applied (`names`).
 */
export async function confirmationPage(
  panel: Panel & { roundId: string },
  potId: string,
  userId: string,
  names: boolean,
) {
  const conflicts = await db().conflictDeclaration.findMany({
    where: { panelId: panel.id, userId, application: { potId } },
    select: { applicationId: true },
  });
  const hidden = conflicts.map((conflict) => conflict.applicationId);
  const allDrafts = await db().decision.findMany({
    where: { potId, confirmedAt: null },
    include: {
      application: {
        select: { id: true, reference: true, status: true, requestedMinor: true },
      },
    },
    orderBy: { application: { reference: "asc" } },
  });
  const drafts = allDrafts.filter((decision) => !hidden.includes(decision.applicationId));
  const awards: LedgerOperation[] = allDrafts
    .filter((decision) => decision.outcome === "AWARD" && decision.amountMinor !== null)
    .map((decision) => ({
      kind: "award",
      applicationId: decision.applicationId,
      amountMinor: decision.amountMinor!,
    }));
  const [preview, undecided, scores, waitlisted, unreachable] = await Promise.all([
    previewLedgerOperations(panel.roundId, awards),
    db().application.findMany({
      where: {
        potId,
        status: { in: [...reviewScopeStatuses] },
        decision: null,
        id: { notIn: hidden },
      },
      select: { id: true, reference: true },
      orderBy: { reference: "asc" },
    }),
    Promise.all(drafts.map((decision) => weightedScore(db(), panel.id, decision.applicationId))),
    db().decision.findMany({
      where: {
        potId,
        outcome: "WAITLIST",
        confirmedAt: { not: null },
        applicationId: { notIn: hidden },
      },
      select: { applicationId: true, application: { select: { reference: true } } },
      orderBy: { application: { reference: "asc" } },
    }),
    unreachableApplications(
      db(),
      drafts.map((decision) => decision.applicationId),
    ),
  ]);
  const before = await previewLedgerOperations(panel.roundId, []);
  const potBefore = before.ledger.pots.find((pot) => pot.potId === potId)!;
  const awardsMinor = awards.reduce(
    (total, op) => total + ("amountMinor" in op ? op.amountMinor : 0),
    0,
  );
  return {
    decisions: drafts.map((decision, index) => ({
      id: decision.id,
      revision: decision.revision,
      applicationId: decision.applicationId,
      reference: decision.application.reference,
      requestedMinor: decision.application.requestedMinor,
      outcome: decision.outcome,
      amountMinor: decision.amountMinor,
      score: scores[index]!.score,
      hasFeedback: Object.keys(readFeedback(decision.feedback)).length > 0,
      machineDrafted: readMachineDrafted(decision.machineDrafted, decision.feedback).length > 0,
    })),
    awardsMinor,
    remainingMinor: potBefore.remainingMinor,
    overdrawMinor: Math.max(0, awardsMinor - potBefore.remainingMinor),
    refused: preview.refused,
    floors: preview.ledger.floors,
    undecided,
    waitlisted: waitlisted.map((decision) => ({
      id: decision.applicationId,
      reference: decision.application.reference,
    })),
    conflicted: allDrafts.length - drafts.length,
    /** Confirming sends these groups no email: nobody in them has an account. */
    unreachable: unreachable.map((application) => ({
      id: application.id,
      reference: application.reference,
      organisation: names ? application.organisation.name : null,
    })),
  };
}

export type ConfirmRefusal =
  | { reason: "nothing-to-confirm" }
  | { reason: "already-confirmed" }
  | { reason: "conflicted" }
  | { reason: "changed" }
  | { reason: "not-allowed"; applicationId: string }
  | { reason: "ledger"; applicationId: string; refusal: Refusal; overdrawMinor: number };

export type ConfirmResult =
  { ok: true; confirmed: number } | { ok: false; refusal: ConfirmRefusal };

class Refused extends Error {
  constructor(readonly refusal: ConfirmRefusal) {
    super("confirmation refused; the transaction is undone");
  }
}

/**
 * Confirms the decisions the person saw on the confirm page (ids with the revision she saw).
 * Anything confirmed or changed meanwhile refuses the whole set, so nobody confirms
 * decisions she has not read.
 */
export async function confirmDecisions(
  actor: { id: string },
  panel: Panel,
  potId: string,
  seen: readonly { id: string; revision: number }[],
): Promise<ConfirmResult> {
  try {
    return await inLedgerTransaction(async (tx) => {
      // The whole pot's set, as she saw it: a draft added or changed since is not confirmed
      // unread, and a chair close to any application of the set leaves it to someone else.
      const drafts = await tx.decision.findMany({
        where: { potId, confirmedAt: null },
        select: { id: true, revision: true, applicationId: true },
      });
      if (drafts.length > 0) {
        const conflicted = await conflictedIn(
          tx,
          panel.id,
          actor.id,
          drafts.map((draft) => draft.applicationId),
        );
        if (conflicted > 0) throw new Refused({ reason: "conflicted" });
      }
      const sameSet =
        drafts.length === seen.length &&
        drafts.every((draft) =>
          seen.some((item) => item.id === draft.id && item.revision === draft.revision),
        );
      const gone = seen.some((item) => !drafts.some((draft) => draft.id === item.id));
      if (gone) throw new Refused({ reason: "already-confirmed" });
      if (seen.length > 0 && !sameSet) throw new Refused({ reason: "changed" });
      return confirmWithin(tx, actor, panel, potId, seen);
    });
  } catch (error) {
    if (error instanceof Refused) return { ok: false, refusal: error.refusal };
    throw error;
  } finally {
    nudgeMailWorker();
  }
}

/**
 * A confirmed waiting-list place becomes an award when money frees up: the decision is
 * changed and confirmed on its own, through the same confirmation, in one transaction.
 */
export async function awardFromWaitlist(
  actor: { id: string },
  panel: Panel,
  decisionId: string,
  revision: number,
  draft: DecisionDraft,
  confirmedChecked: boolean,
): Promise<ConfirmResult> {
  try {
    return await inLedgerTransaction(async (tx) => {
      const decision = await tx.decision.findUnique({ where: { id: decisionId } });
      const { feedback, machineDrafted } = feedbackAfterSave(decision, draft, {
        confirmedChecked,
      });
      const reopened = await tx.decision.updateMany({
        where: { id: decisionId, revision, outcome: "WAITLIST", confirmedAt: { not: null } },
        data: {
          outcome: "AWARD",
          amountMinor: draft.amountMinor,
          ...(draft.rationale ? { rationale: draft.rationale } : {}),
          feedback,
          machineDrafted,
          confirmedAt: null,
          confirmedById: null,
          draftedById: actor.id,
          revision: { increment: 1 },
        },
      });
      if (reopened.count !== 1 || !decision) throw new Refused({ reason: "already-confirmed" });
      return confirmWithin(tx, actor, panel, decision.potId, [
        { id: decisionId, revision: revision + 1 },
      ]);
    });
  } catch (error) {
    if (error instanceof Refused) return { ok: false, refusal: error.refusal };
    throw error;
  } finally {
    nudgeMailWorker();
  }
}

async function confirmWithin(
  tx: Tx,
  actor: { id: string },
  panel: Panel,
  potId: string,
  seen: readonly { id: string; revision: number }[],
): Promise<ConfirmResult> {
  if (seen.length === 0) throw new Refused({ reason: "nothing-to-confirm" });
  const decisions = await tx.decision.findMany({
    where: { id: { in: seen.map((item) => item.id) }, potId },
    include: {
      application: {
        include: {
          organisation: { select: { name: true } },
          pot: { include: { round: { include: { scheme: true } } } },
        },
      },
    },
  });
  const current = seen.every((item) =>
    decisions.some(
      (decision) =>
        decision.id === item.id && decision.revision === item.revision && !decision.confirmedAt,
    ),
  );
  if (!current) throw new Refused({ reason: "already-confirmed" });
  const applicationIds = decisions.map((decision) => decision.applicationId);
  if ((await conflictedIn(tx, panel.id, actor.id, applicationIds)) > 0)
    throw new Refused({ reason: "conflicted" });

  const now = new Date();
  for (const decision of decisions) {
    const path = decisionPath(decision.application.status, decision.outcome, {
      now,
      closesAt: panel.round.closesAt,
    });
    if (!path) throw new Refused({ reason: "not-allowed", applicationId: decision.applicationId });
    const moved = await tx.application.updateMany({
      where: { id: decision.applicationId, status: decision.application.status },
      data: { status: path[path.length - 1]!, revision: { increment: 1 } },
    });
    // Someone else moved it meanwhile: start again on fresh figures, which say why.
    if (moved.count !== 1) throw new LedgerConflict();
  }

  const awards: LedgerOperation[] = decisions
    .filter((decision) => decision.outcome === "AWARD")
    .map((decision) => ({
      kind: "award",
      applicationId: decision.applicationId,
      amountMinor: decision.amountMinor ?? 0,
    }));
  const money = await applyLedgerOperations(tx, {
    actorId: actor.id,
    funderId: panel.round.scheme.funderId,
    operations: awards,
  });
  if (!money.ok) {
    // The set as a whole would overdraw by what it awards from the refused one on, less what
    // the pot still held when the ledger reached it.
    const from = awards.findIndex((op) => op.applicationId === money.applicationId);
    const rest = awards
      .slice(Math.max(0, from))
      .reduce((total, op) => total + ("amountMinor" in op ? op.amountMinor : 0), 0);
    const overdrawMinor =
      money.refusal.reason === "overdraws-pot" ? rest - money.refusal.remainingMinor : 0;
    throw new Refused({
      reason: "ledger",
      applicationId: money.applicationId,
      refusal: money.refusal,
      overdrawMinor: Math.max(0, overdrawMinor),
    });
  }

  for (const decision of decisions) {
    const confirmed = await tx.decision.updateMany({
      where: { id: decision.id, revision: decision.revision, confirmedAt: null },
      data: { confirmedAt: now, confirmedById: actor.id },
    });
    if (confirmed.count !== 1) throw new LedgerConflict();
    // An award is a grant from this moment; its email leads the group to the grant's page.
    const grantId =
      decision.outcome === "AWARD"
        ? await createGrantForAward(tx, {
            actorId: actor.id,
            funderId: panel.round.scheme.funderId,
            application: decision.application,
            round: decision.application.pot.round,
            awardedMinor: decision.amountMinor ?? 0,
            confirmedAt: now,
          })
        : null;
    await queueDecisionEmail(tx, decision, grantId);
  }
  await audit(tx, {
    actorId: actor.id,
    action: "panels.decisions-confirmed",
    entity: { type: "Pot", id: potId },
    funderId: panel.round.scheme.funderId,
    detail: {
      panelId: panel.id,
      decisions: decisions.map((decision) => ({
        applicationId: decision.applicationId,
        outcome: decision.outcome,
        ...(decision.amountMinor !== null ? { amountMinor: decision.amountMinor } : {}),
      })),
    },
  });
  return { ok: true, confirmed: decisions.length };
}

type ConfirmedDecision = Awaited<ReturnType<Tx["decision"]["findMany"]>>[number] & {
  application: {
    id: string;
    reference: string;
    organisationId: string;
    submittedById: string | null;
    answerLanguage: string | null;
    organisation: { name: string };
    pot: {
      name: unknown;
      round: {
        schemeId: string;
        checkInPlan: unknown;
        scheme: { title: unknown; currency: string };
      };
    };
  };
};

async function queueDecisionEmail(tx: Tx, decision: ConfirmedDecision, grantId: string | null) {
  const { application } = decision;
  const applicant = await applicantOf(tx, application);
  if (!applicant.user) return;
  await enqueueEmail(tx, {
    to: applicant.user.email,
    locale: applicant.locale,
    template: "application-decision",
    payload: {
      applicationId: application.id,
      reference: application.reference,
      organisation: application.organisation.name,
      scheme: application.pot.round.scheme.title as Record<string, string>,
      pot: application.pot.name as Record<string, string>,
      outcome: decision.outcome,
      amountMinor: decision.amountMinor,
      currency: application.pot.round.scheme.currency,
      feedback: readFeedback(decision.feedback) as Record<string, string>,
      machineDrafted: readMachineDrafted(decision.machineDrafted, decision.feedback),
      link: `${config().appUrl}/applications/${application.id}`,
      ...(grantId ? { grantLink: `${config().appUrl}/grants/${grantId}` } : {}),
    },
    // A waiting-list place later awarded is a second decision, with its own email.
    dedupeKey: `application-decision:${application.id}:${decision.outcome}`,
  });
}
