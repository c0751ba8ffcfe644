import { groupBy } from "~/domain/shared/group-by";
import type { LoaderFunctionArgs } from "@remix-run/node";
import { can, type Action, type Actor } from "~/domain/access/permissions";
import { evaluateRule } from "~/domain/eligibility/eligibility";
import { communityPoints } from "~/domain/panels/community-ranking";
import { countsTowardScore } from "~/domain/panels/membership";
import {
  byScore,
  communityPositions,
  moderatedStatuses,
  ranks,
  runningTotal,
} from "~/domain/panels/moderation";
import { potsInScope } from "~/domain/panels/review-scope";
import { scoringCriteria } from "~/domain/panels/rubric";
import { scoreApplication } from "~/domain/panels/scores";
import type { Locale } from "~/domain/shared/locales";
import { translated } from "~/domain/shared/translated-text";
import { forbidden } from "~/services/access/permissions.server";
import { db } from "~/services/platform/db.server";
import { loadRoundLedger } from "~/services/schemes/ledger.server";
import { organisationProfile, potFloorRule } from "~/services/schemes/schemes.server";
import { requirePanel } from "./panels.server";
import { panelApplicationResources } from "./review-scope.server";
import { latestRubric } from "./rubric.server";

type Params = LoaderFunctionArgs["params"];

/**
 * A pot the panel in the address covers, for someone who may moderate the panel (its chair,
 * the funder's staff). A pot the panel does not cover gets the same 403 as a missing one.
 */
export async function requirePanelPot(request: Request, params: Params, action: Action) {
  const { user, panel } = await requirePanel(request, params, action);
  const covered = potsInScope(
    panel.pots.map((pot) => pot.potId),
    panel.round.pots.map((pot) => pot.id),
  );
  if (!covered.includes(params.potId ?? "")) throw forbidden();
  const pot = await db().pot.findUniqueOrThrow({
    where: { id: params.potId },
    include: { round: { select: { scheme: { select: { currency: true } } } } },
  });
  return { user, panel, pot, currency: pot.round.scheme.currency };
}

export type ModeratedPanel = Awaited<ReturnType<typeof requirePanelPot>>["panel"];

/** The funder's own staff see who applied even when the panel reviews blind; the chair does not. */
export function seesNames(actor: Actor, panel: ModeratedPanel) {
  const staff =
    actor.isPlatformAdmin ||
    actor.funders.some((membership) => membership.funderId === panel.round.scheme.funderId);
  return staff || !panel.blindReview;
}

type Organisation = Parameters<typeof organisationProfile>[0] & { name: string };

/** Whether a group meets any floor rule of the round, judged on its profile today. */
function floorRuleCheck(roundPots: { floorRule: unknown }[]) {
  const rules = roundPots.map(potFloorRule).filter((rule) => rule !== null);
  if (rules.length === 0) return () => null;
  return (organisation: Organisation) =>
    rules.some((rule) => evaluateRule(rule, organisationProfile(organisation)).result === "pass");
}

/**
 * The pot's applications one person may moderate, with who can see them. Applications she
 * declared a conflict with are counted, never shown.
 */
async function moderatedApplications(panel: ModeratedPanel, potId: string, actor: Actor) {
  const applications = await db().application.findMany({
    where: { potId, status: { in: [...moderatedStatuses] } },
    orderBy: { reference: "asc" },
    include: { organisation: true, decision: true },
  });
  const resources = await panelApplicationResources(
    db(),
    panel,
    applications.map((application) => application.id),
  );
  const visible = applications.filter((application) =>
    can(actor, "moderate", resources.get(application.id)!),
  );
  const hidden = applications.filter((application) =>
    resources.get(application.id)!.conflicted.includes(actor.id),
  ).length;
  return { visible, hidden, resources };
}

/** Reviews of a panel, with whether each counts (drafts of removed members, excluded ones do not). */
async function panelReviews(panelId: string, applicationIds: string[]) {
  const [reviews, members] = await Promise.all([
    db().review.findMany({
      where: { panelId, applicationId: { in: applicationIds } },
      select: {
        applicationId: true,
        userId: true,
        status: true,
        scores: true,
        excludedAt: true,
      },
    }),
    db().panelMember.findMany({ where: { panelId }, select: { userId: true, removedAt: true } }),
  ]);
  const removedAt = new Map(members.map((member) => [member.userId, member.removedAt]));
  return reviews.map((review) => ({
    applicationId: review.applicationId,
    reviewerId: review.userId,
    // A draft counts towards nothing until it is submitted; a removed member's draft never will.
    counts:
      review.status === "SUBMITTED" &&
      countsTowardScore(review, { removedAt: removedAt.get(review.userId) ?? null }),
    scores: (review.scores ?? {}) as Record<string, number>,
  }));
}

async function communityPointsOf(panelId: string) {
  const [rankings, assignments] = await Promise.all([
    db().communityRanking.findMany({ where: { panelId } }),
    db().reviewAssignment.findMany({
      where: { panelId },
      select: { userId: true, applicationId: true },
    }),
  ]);
  return communityPoints(
    rankings.map((ranking) => ({
      reviewerId: ranking.userId,
      read: assignments.filter((a) => a.userId === ranking.userId).map((a) => a.applicationId),
      picks: Array.isArray(ranking.applicationIds)
        ? ranking.applicationIds.filter((id): id is string => typeof id === "string")
        : [],
    })),
  );
}

/** Rows per page of the moderation table: the ranking is the whole pot's, a page shows part of it. */
export const MODERATION_PAGE_SIZE = 100;

export type ModerationRow = Awaited<ReturnType<typeof moderationPage>>["rows"][number];

/**
 * The moderation table of one pot: ranked by weighted mean score, each criterion's mean,
 * reviews in against needed, disagreement, community points, the amount asked, the floor rule,
 * and the draft decision where there is one; above it, the pot's money and what the drafted
 * awards would do to it and to the round's floor.
 */
export async function moderationPage(
  panel: ModeratedPanel,
  pot: { id: string },
  money: PotMoney,
  actor: Actor,
  locale: Locale,
  page = 1,
) {
  const { visible, hidden, resources } = await moderatedApplications(panel, pot.id, actor);
  const ids = visible.map((application) => application.id);
  const [rubric, reviews, points] = await Promise.all([
    latestRubric(panel.id),
    panelReviews(panel.id, ids),
    panel.communityRanking ? communityPointsOf(panel.id) : Promise.resolve(null),
  ]);
  const criteria = scoringCriteria(rubric?.criteria ?? []);
  const reviewsByApplication = groupBy(reviews, (review) => review.applicationId);
  const names = seesNames(actor, panel);
  const meetsFloorRule = floorRuleCheck(money.roundPots);
  const visiblePoints = new Map(
    ids.flatMap((id) => (points?.[id] ? [[id, points[id].points] as const] : [])),
  );
  const positions = communityPositions(visiblePoints);
  const unsorted = visible.map((application) => {
    const own = reviewsByApplication.get(application.id) ?? [];
    const score = scoreApplication(criteria, own, panel.disagreementThreshold);
    const decision = application.decision;
    return {
      id: application.id,
      reference: application.reference,
      organisation: names ? application.organisation.name : null,
      score: score.score,
      criterionMeans: score.criterionMeans,
      reviewsIn: score.reviewsCounted,
      spread: score.spread,
      disagreement: score.disagreement,
      community: visiblePoints.has(application.id)
        ? {
            points: visiblePoints.get(application.id)!,
            position: positions.get(application.id)!,
            rankedBy: points![application.id]!.rankedBy,
          }
        : null,
      requestedMinor: application.requestedMinor,
      meetsFloorRule:
        application.status === "AWARDED"
          ? application.meetsFloorRule
          : meetsFloorRule(application.organisation),
      status: application.status,
      canDecide: can(actor, "decide", resources.get(application.id)!),
      decision: decision
        ? {
            outcome: decision.outcome,
            amountMinor: decision.amountMinor,
            confirmed: decision.confirmedAt !== null,
          }
        : null,
    };
  });
  const sorted = unsorted.sort(byScore);
  const rowRanks = ranks(sorted);
  const ranked = sorted.map((row, index) => ({ ...row, rank: rowRanks[index] ?? null }));
  const pages = Math.max(1, Math.ceil(ranked.length / MODERATION_PAGE_SIZE));
  const shownPage = Math.min(Math.max(1, page), pages);
  const rows = ranked.slice(
    (shownPage - 1) * MODERATION_PAGE_SIZE,
    shownPage * MODERATION_PAGE_SIZE,
  );
  const drafted = await draftedAwards(panel.round.id, meetsFloorRule);
  return {
    criteria: (rubric?.criteria ?? []).map((criterion) => ({
      id: criterion.id,
      title: translated(criterion.title, locale),
      scaleMin: criterion.scaleMin,
      scaleMax: criterion.scaleMax,
    })),
    reviewsNeeded: panel.reviewsNeeded,
    communityRanking: panel.communityRanking,
    showsNames: names,
    hidden,
    rows,
    page: shownPage,
    pages,
    rowCount: ranked.length,
    money: {
      budgetMinor: money.ledger.budgetMinor,
      awardedMinor: money.ledger.awardedMinor,
      remainingMinor: money.ledger.remainingMinor,
    },
    ifDrafted: runningTotal({
      potId: pot.id,
      remainingMinor: money.ledger.remainingMinor,
      drafted,
      roundAwardedMinor: money.roundAwardedMinor,
      roundQualifyingMinor: money.roundQualifyingMinor,
      floorBasisPoints: money.floorBasisPoints,
    }),
  };
}

/** The pot's money from the ledger, and what the round has awarded so far towards its floor. */
export async function potMoney(
  roundId: string,
  pot: { id: string; floorBasisPoints: number | null },
) {
  const loaded = await loadRoundLedger(roundId);
  if (!loaded) throw forbidden();
  const ledger = loaded.ledger.pots.find((own) => own.potId === pot.id)!;
  const floors = loaded.ledger.floors;
  const ownFloor = floors.find((floor) => floor.potId === pot.id) ?? floors[0] ?? null;
  return {
    ledger,
    roundPots: loaded.round.pots,
    roundAwardedMinor: loaded.ledger.totals.awardedMinor,
    roundQualifyingMinor: ownFloor?.qualifyingAwardedMinor ?? 0,
    /** The pot's own floor, else the round's first: the floor is about the round's money. */
    floorBasisPoints: ownFloor?.floorBasisPoints ?? null,
    floors: floors.map((floor) => ({ basisPoints: floor.floorBasisPoints })),
  };
}

export type PotMoney = Awaited<ReturnType<typeof potMoney>>;

/** Awards drafted in the round and not yet confirmed: confirmed ones are in the ledger already. */
async function draftedAwards(
  roundId: string,
  meetsFloorRule: (organisation: Organisation) => boolean | null,
) {
  const decisions = await db().decision.findMany({
    where: { outcome: "AWARD", confirmedAt: null, application: { pot: { roundId } } },
    select: {
      potId: true,
      amountMinor: true,
      application: { select: { organisation: true } },
    },
  });
  return decisions.map((decision) => ({
    potId: decision.potId,
    amountMinor: decision.amountMinor ?? 0,
    meetsFloorRule: meetsFloorRule(decision.application.organisation) === true,
  }));
}

/** The pots a panel covers, by name, for the links to moderate each. */
export async function moderatedPots(
  panel: { pots: { potId: string }[]; round: { pots: { id: string }[] } },
  locale: Locale,
) {
  const ids = potsInScope(
    panel.pots.map((pot) => pot.potId),
    panel.round.pots.map((pot) => pot.id),
  );
  const pots = await db().pot.findMany({
    where: { id: { in: ids } },
    orderBy: { position: "asc" },
    select: { id: true, name: true },
  });
  return pots.map((pot) => ({ id: pot.id, name: translated(pot.name, locale) }));
}
