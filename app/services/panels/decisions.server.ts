import type { LoaderFunctionArgs } from "@remix-run/node";
import { can } from "~/domain/access/permissions";
import {
  decisionScopeStatuses,
  feedbackLanguages,
  isDecisionOpen,
  outcomesFor,
  readFeedback,
  type DecisionDraft,
  type DecisionOutcome,
} from "~/domain/panels/decisions";
import {
  draftOrigins,
  feedbackAfterSave,
  feedbackForReader,
  isStaleDraft,
  mayDraftInto,
  readMachineDrafted,
  type FeedbackSave,
} from "~/domain/panels/feedback-drafts";
import { potsInScope } from "~/domain/panels/review-scope";
import { scoreApplication } from "~/domain/panels/scores";
import { readCriteria, scoringCriteria } from "~/domain/panels/rubric";
import { isLocale, defaultLocale, type Locale } from "~/domain/shared/locales";
import type { Prisma } from "~/generated/client-sqlite/client";
import { forbidden } from "~/services/access/permissions.server";
import { audit } from "~/services/platform/audit.server";
import {
  keptTranslations,
  machineTranslationAvailable,
} from "~/services/platform/machine-translation.server";
import { db, isUniqueViolation, type Db, type Tx } from "~/services/platform/db.server";
import { requirePanel } from "./panels.server";
import { panelApplicationResources } from "./review-scope.server";

/**
 * The panel's decisions, one per application: drafted by the chair or staff, confirmed for a
 * pot as a set (decision-confirmation.server.ts). Drafts are never shown to applicants.
 */

/** The panel and one of the pots it covers, for those who may decide on the panel's behalf. */
export async function requirePanelPot(request: Request, params: LoaderFunctionArgs["params"]) {
  const { user, panel } = await requirePanel(request, params, "decide");
  const potIds = potsInScope(
    panel.pots.map((pot) => pot.potId),
    panel.round.pots.map((pot) => pot.id),
  );
  if (!potIds.includes(params.potId ?? "")) throw forbidden();
  const pot = await db().pot.findUniqueOrThrow({ where: { id: params.potId! } });
  return { user, panel, pot, currency: await currencyOf(panel.round.schemeId) };
}

async function currencyOf(schemeId: string) {
  const scheme = await db().scheme.findUniqueOrThrow({
    where: { id: schemeId },
    select: { currency: true },
  });
  return scheme.currency;
}

/**
 * An application of the pot in the address, for someone who may decide on it: the chair or
 * the funder's admins and programme officers, never a member with a conflict. Missing,
 * elsewhere or off-limits: the same 403.
 */
export async function requireDecisionApplication(
  request: Request,
  params: LoaderFunctionArgs["params"],
) {
  const access = await requirePanelPot(request, params);
  const application = await db().application.findFirst({
    where: {
      id: params.applicationId ?? "",
      potId: access.pot.id,
      status: { in: [...decisionScopeStatuses] },
    },
    include: { decision: true, organisation: { select: { name: true } } },
  });
  if (!application) throw forbidden();
  const resources = await panelApplicationResources(db(), access.panel, [application.id]);
  if (!can(access.user, "decide", resources.get(application.id)!)) throw forbidden();
  return { ...access, application };
}

/**
 * The application's score: the mean of its counted reviews' totals, each on the criteria of
 * the rubric version it was written on (decision 0023). Null while no review counts.
 */
export async function weightedScore(client: Db | Tx, panelId: string, applicationId: string) {
  const reviews = await client.review.findMany({
    where: { panelId, applicationId, status: "SUBMITTED", excludedAt: null },
    select: { userId: true, scores: true, rubricVersion: { select: { criteria: true } } },
  });
  // Only the score is read here: no criterion means, no disagreement threshold.
  const { reviewsCounted, score } = scoreApplication(
    [],
    reviews.map((review) => ({
      reviewerId: review.userId,
      counts: true,
      criteria: scoringCriteria(readCriteria(review.rubricVersion.criteria)),
      scores: (review.scores ?? {}) as Record<string, number>,
    })),
    Infinity,
  );
  return { reviews: reviewsCounted, score };
}

/**
 * Who hears of the decision: the person who sent the application if she belongs to the
 * group, otherwise the group's first owner (staff sent it for them). Her language is her
 * account's; failing that, the language of the answers.
 */
export async function applicantOf(
  client: Db | Tx,
  application: {
    organisationId: string;
    submittedById: string | null;
    answerLanguage: string | null;
  },
) {
  const members = await client.organisationMember.findMany({
    where: { organisationId: application.organisationId },
    orderBy: { createdAt: "asc" },
    include: { user: { select: { id: true, email: true, locale: true } } },
  });
  const sender = members.find((member) => member.userId === application.submittedById);
  const recipient = sender ?? members.find((member) => member.role === "OWNER") ?? members[0];
  const locale: Locale = isLocale(recipient?.user.locale)
    ? recipient.user.locale
    : isLocale(application.answerLanguage)
      ? application.answerLanguage
      : defaultLocale;
  return { user: recipient?.user ?? null, locale };
}

/**
 * Of these applications, those whose group nobody can be emailed about: applicantOf finds no
 * one when the group has no member account (staff applied for it, or its only member erased
 * her account), so the screening and decision emails are not sent, and staff must be told.
 */
export async function unreachableApplications(client: Db | Tx, applicationIds: readonly string[]) {
  if (applicationIds.length === 0) return [];
  return client.application.findMany({
    where: { id: { in: [...applicationIds] }, organisation: { members: { none: {} } } },
    select: { id: true, reference: true, organisation: { select: { name: true } } },
    orderBy: { reference: "asc" },
  });
}

type DecisionApplication = Awaited<ReturnType<typeof requireDecisionApplication>>["application"];

export async function decisionPage(
  access: Awaited<ReturnType<typeof requireDecisionApplication>>,
  feedbackLanguage: string | null,
) {
  const { application, panel } = access;
  const decision = application.decision;
  const [score, applicant, staleDrafts] = await Promise.all([
    weightedScore(db(), panel.id, application.id),
    applicantOf(db(), application),
    decision ? staleMachineDrafts(decision) : ([] as Locale[]),
  ]);
  const machineDrafted = decision
    ? readMachineDrafted(decision.machineDrafted, decision.feedback)
    : [];
  // The box opens on what a person wrote, not on a machine's draft of it.
  const written = decision
    ? feedbackLanguages(decision.feedback).filter((language) => !machineDrafted.includes(language))
    : [];
  const writing: Locale = isLocale(feedbackLanguage)
    ? feedbackLanguage
    : (written[0] ?? applicant.locale);
  const draftable =
    machineTranslationAvailable() &&
    !decision?.confirmedAt &&
    mayDraftInto({
      source: writing,
      target: applicant.locale,
      feedback: decision?.feedback,
      machineDrafted,
    });
  return {
    application: {
      id: application.id,
      reference: application.reference,
      status: application.status,
      requestedMinor: application.requestedMinor,
    },
    pot: {
      id: access.pot.id,
      name: access.pot.name,
      minGrantMinor: access.pot.minGrantMinor,
      maxGrantMinor: access.pot.maxGrantMinor,
    },
    currency: access.currency,
    score,
    applicantLocale: applicant.locale,
    decision: decision
      ? {
          outcome: decision.outcome,
          amountMinor: decision.amountMinor,
          rationale: decision.rationale,
          revision: decision.revision,
          confirmed: decision.confirmedAt !== null,
          feedbackLanguages: feedbackLanguages(decision.feedback),
          machineDrafted,
          staleDrafts,
        }
      : null,
    open: isDecisionOpen(decision),
    outcomes: outcomesFor(decision),
    feedbackLanguage: writing,
    feedbackText: decision ? (readFeedback(decision.feedback)[writing] ?? "") : "",
    feedbackMachineDrafted: machineDrafted.includes(writing),
    /** The box holds a machine draft of feedback that has been changed since it was drafted. */
    feedbackDraftStale: staleDrafts.includes(writing),
    /** The language a machine translation of the box may be drafted into, when offered. */
    draftInto: draftable ? applicant.locale : null,
  };
}

/**
 * The unchecked machine drafts made from feedback that has changed since. Nothing on the
 * decision says which text a draft came from, but the translation cache does: a draft is
 * current while some text a person wrote is still cached as translating to it.
 */
async function staleMachineDrafts(decision: {
  feedback: unknown;
  machineDrafted: unknown;
}): Promise<Locale[]> {
  const stale: Locale[] = [];
  for (const draft of draftOrigins(decision.feedback, decision.machineDrafted)) {
    const translations = await keptTranslations(draft.originals, draft.language);
    if (isStaleDraft(draft.text, translations)) stale.push(draft.language);
  }
  return stale;
}

export type SaveRefusal = "stale" | "closed";

/**
 * Saves a draft decision. The revision the page was read at must still be the decision's,
 * so a save from an older copy is refused rather than written over a newer one. A confirmed
 * decision is not changed here: a waiting-list place becomes an award through confirmation.
 */
export async function saveDraftDecision(
  access: { user: { id: string }; panel: { id: string; round: { scheme: { funderId: string } } } },
  application: DecisionApplication,
  draft: DecisionDraft,
  revision: number,
  feedbackSave: FeedbackSave = { confirmedChecked: false },
): Promise<{ ok: true } | { ok: false; reason: SaveRefusal }> {
  try {
    return await db().$transaction((tx) =>
      writeDraft(tx, access, application, draft, revision, feedbackSave),
    );
  } catch (error) {
    // Two first drafts written at once: the later one is a save from an older copy.
    if (isUniqueViolation(error)) return { ok: false, reason: "stale" };
    throw error;
  }
}

async function writeDraft(
  tx: Tx,
  access: Parameters<typeof saveDraftDecision>[0],
  application: DecisionApplication,
  draft: DecisionDraft,
  revision: number,
  feedbackSave: FeedbackSave,
): Promise<{ ok: true } | { ok: false; reason: SaveRefusal }> {
  const current = await tx.decision.findUnique({ where: { applicationId: application.id } });
  if (current?.confirmedAt) return { ok: false, reason: "closed" };
  if ((current?.revision ?? 0) !== revision) return { ok: false, reason: "stale" };
  const { feedback, machineDrafted } = feedbackAfterSave(current, draft, feedbackSave);
  const data = {
    outcome: draft.outcome,
    amountMinor: draft.outcome === "AWARD" ? draft.amountMinor : null,
    rationale: draft.rationale,
    feedback,
    machineDrafted: machineDrafted as Prisma.InputJsonValue,
    draftedById: access.user.id,
    panelId: access.panel.id,
  };
  if (current) {
    const written = await tx.decision.updateMany({
      where: { id: current.id, revision, confirmedAt: null },
      data: { ...data, revision: { increment: 1 } },
    });
    if (written.count !== 1) return { ok: false, reason: "stale" };
  } else {
    await tx.decision.create({
      data: { ...data, applicationId: application.id, potId: application.potId, revision: 1 },
    });
  }
  await audit(tx, {
    actorId: access.user.id,
    action: "panels.decision-drafted",
    entity: { type: "Application", id: application.id },
    funderId: access.panel.round.scheme.funderId,
    detail: {
      panelId: access.panel.id,
      outcome: draft.outcome,
      ...(draft.amountMinor !== null ? { amountMinor: draft.amountMinor } : {}),
      feedbackLanguage: draft.feedbackLanguage,
      ...(feedbackSave.machineDraft
        ? { machineTranslatedInto: feedbackSave.machineDraft.language }
        : {}),
    },
  });
  return { ok: true };
}

export type { DecisionOutcome };

/**
 * The decision as its applicant reads it: only once confirmed (a draft is the panel's own
 * business), with the feedback in her language or the funder's, saying which.
 */
export async function confirmedDecisionFor(applicationId: string, locale: Locale) {
  const decision = await db().decision.findFirst({
    where: { applicationId, confirmedAt: { not: null } },
    select: {
      outcome: true,
      amountMinor: true,
      feedback: true,
      machineDrafted: true,
      application: { select: { pot: { select: { round: { select: { scheme: true } } } } } },
    },
  });
  if (!decision) return null;
  return {
    outcome: decision.outcome,
    amountMinor: decision.amountMinor,
    currency: decision.application.pot.round.scheme.currency,
    feedback: feedbackForReader(decision.feedback, decision.machineDrafted, locale),
  };
}
