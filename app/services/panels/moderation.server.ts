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
import { readCriteria, scoringCriteria } from "~/domain/panels/rubric";
import { scoreApplication, type Criterion } from "~/domain/panels/scores";
import type { Locale } from "~/domain/shared/locales";
import { translated } from "~/domain/shared/translated-text";
import { forbidden } from "~/services/access/permissions.server";
import { db } from "~/services/platform/db.server";
import { fingerprintCache } from "~/services/platform/fingerprint-cache.server";
import { loadRoundLedger } from "~/services/schemes/ledger.server";
import { organisationProfile, potFloorRule } from "~/services/schemes/schemes.server";
import { requirePanel } from "./panels.server";
import { moderationFingerprint } from "./moderation-fingerprint.server";
import { panelApplicationResources } from "./review-scope.server";

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

type Organisation = Parameters<typeof organisationProfile>[0];

/** Whether a group meets any floor rule of the round, judged on its profile today. */
function floorRuleCheck(roundPots: { floorRule: unknown }[]) {
  const rules = roundPots.map(potFloorRule).filter((rule) => rule !== null);
  if (rules.length === 0) return () => null;
  return (organisation: Organisation) =>
    rules.some((rule) => evaluateRule(rule, organisationProfile(organisation)).result === "pass");
}

/**
 * The pot's moderated applications with what the ranking needs of each: its group (name and
 * the profile the floor rule reads), its draft or confirmed decision, and who reviews it and
 * who declared a conflict with it.
 */
async function potApplications(panel: ModeratedPanel, potId: string) {
  const applications = await db().application.findMany({
    where: { potId, status: { in: [...moderatedStatuses] } },
    orderBy: { reference: "asc" },
    select: {
      id: true,
      reference: true,
      status: true,
      requestedMinor: true,
      meetsFloorRule: true,
      organisation: { select: organisationForRanking },
      decision: { select: { outcome: true, amountMinor: true, confirmedAt: true } },
    },
  });
  const resources = await panelApplicationResources(
    db(),
    panel,
    applications.map((application) => application.id),
  );
  return applications.map((application) => ({
    ...application,
    resource: resources.get(application.id)!,
  }));
}

/** What the ranking reads of a group: its name, and the profile the floor rule is judged on. */
const organisationForRanking = {
  name: true,
  legalForm: true,
  hostOrganisationId: true,
  hostOrganisationName: true,
  byAndFor: true,
  leadershipPercent: true,
  annualIncomeMinor: true,
  areaServed: true,
  yearsActive: true,
} as const;

/**
 * The panel's rubric versions, newest first, each read once however many reviews use it: every
 * review is scored on its own version's criteria, and the newest gives the table its columns.
 */
async function rubricVersions(panelId: string) {
  const versions = await db().rubricVersion.findMany({
    where: { panelId },
    orderBy: { version: "desc" },
    select: { id: true, criteria: true },
  });
  return versions.map((version) => ({ id: version.id, criteria: readCriteria(version.criteria) }));
}

/** Reviews of a panel, with whether each counts (drafts of removed members, excluded ones do not). */
async function panelReviews(
  panelId: string,
  applicationIds: string[],
  criteriaOf: ReadonlyMap<string, Criterion[]>,
) {
  const [reviews, members] = await Promise.all([
    db().review.findMany({
      where: { panelId, applicationId: { in: applicationIds } },
      select: {
        applicationId: true,
        userId: true,
        status: true,
        scores: true,
        excludedAt: true,
        rubricVersionId: true,
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
    criteria: criteriaOf.get(review.rubricVersionId) ?? [],
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

type PotForMoney = { id: string; floorBasisPoints: number | null };

/**
 * A pot's applications scored, its money and the round's drafted awards, as they are for
 * everyone: worked out once per change to the records behind them (decision 0046), because a
 * panel reads this table far more often than it writes to it.
 */
async function workOutStandings(panel: ModeratedPanel, pot: PotForMoney) {
  const [money, applications, versions, points] = await Promise.all([
    potMoney(panel.round.id, pot),
    potApplications(panel, pot.id),
    rubricVersions(panel.id),
    panel.communityRanking ? communityPointsOf(panel.id) : Promise.resolve(null),
  ]);
  const criteriaOf = new Map(
    versions.map((version) => [version.id, scoringCriteria(version.criteria)]),
  );
  const reviews = await panelReviews(
    panel.id,
    applications.map((application) => application.id),
    criteriaOf,
  );
  const latest = versions[0]?.criteria ?? [];
  const latestScoring = scoringCriteria(latest);
  const reviewsByApplication = groupBy(reviews, (review) => review.applicationId);
  const meetsFloorRule = floorRuleCheck(money.roundPots);
  return {
    money,
    criteria: latest,
    drafted: await draftedAwards(panel.round.id, meetsFloorRule),
    applications: applications.map((application) => ({
      id: application.id,
      reference: application.reference,
      organisation: application.organisation.name,
      status: application.status,
      requestedMinor: application.requestedMinor,
      meetsFloorRule:
        application.status === "AWARDED"
          ? application.meetsFloorRule
          : meetsFloorRule(application.organisation),
      decision: application.decision
        ? {
            outcome: application.decision.outcome,
            amountMinor: application.decision.amountMinor,
            confirmed: application.decision.confirmedAt !== null,
          }
        : null,
      score: scoreApplication(
        latestScoring,
        reviewsByApplication.get(application.id) ?? [],
        panel.disagreementThreshold,
      ),
      community: points?.[application.id] ?? null,
      resource: application.resource,
    })),
  };
}

type PotStandings = Awaited<ReturnType<typeof workOutStandings>>;

const standingsKept = fingerprintCache<PotStandings>(50);

async function potStandings(panel: ModeratedPanel, pot: PotForMoney) {
  const records = await moderationFingerprint(panel.id, panel.round.id);
  // The panel's own settings (threshold, community ranking, pots covered) come with the panel.
  const settings = `${panel.updatedAt.toISOString()},${panel.pots.map((own) => own.potId).join(",")}`;
  return standingsKept(`${panel.id}:${pot.id}`, `${records};panel=${settings}`, () =>
    workOutStandings(panel, pot),
  );
}

/**
 * The pot's applications one person may moderate, ranked by weighted mean score: each
 * criterion's mean, reviews in, disagreement, community points among what she sees, the amount
 * asked, the floor rule, and the decision. Applications she declared a conflict with are
 * counted, never shown, and take no place in her ranking.
 */
export async function moderatedRanking(panel: ModeratedPanel, pot: PotForMoney, actor: Actor) {
  const standings = await potStandings(panel, pot);
  const visible = standings.applications.filter((application) =>
    can(actor, "moderate", application.resource),
  );
  const hidden = standings.applications.filter((application) =>
    application.resource.conflicted.includes(actor.id),
  ).length;
  const names = seesNames(actor, panel);
  const visiblePoints = new Map(
    visible.flatMap((application) =>
      application.community ? [[application.id, application.community.points] as const] : [],
    ),
  );
  const positions = communityPositions(visiblePoints);
  const sorted = visible
    .map((application) => ({
      id: application.id,
      reference: application.reference,
      organisation: names ? application.organisation : null,
      score: application.score.score,
      criterionMeans: application.score.criterionMeans,
      reviewsIn: application.score.reviewsCounted,
      spread: application.score.spread,
      disagreement: application.score.disagreement,
      community: application.community
        ? {
            points: application.community.points,
            position: positions.get(application.id)!,
            rankedBy: application.community.rankedBy,
          }
        : null,
      requestedMinor: application.requestedMinor,
      meetsFloorRule: application.meetsFloorRule,
      status: application.status,
      canDecide: can(actor, "decide", application.resource),
      decision: application.decision,
    }))
    .sort(byScore);
  const rowRanks = ranks(sorted);
  return {
    standings,
    names,
    hidden,
    rows: sorted.map((row, index) => ({ ...row, rank: rowRanks[index] ?? null })),
  };
}

export type ModerationRow = Awaited<ReturnType<typeof moderatedRanking>>["rows"][number];

/**
 * The moderation table of one pot, a page of the ranking at a time; above it, the pot's money
 * and what the drafted awards would do to it and to the round's floor.
 */
export async function moderationPage(
  panel: ModeratedPanel,
  pot: PotForMoney,
  actor: Actor,
  locale: Locale,
  page = 1,
) {
  const { standings, names, hidden, rows: ranked } = await moderatedRanking(panel, pot, actor);
  const { money } = standings;
  const pages = Math.max(1, Math.ceil(ranked.length / MODERATION_PAGE_SIZE));
  const shownPage = Math.min(Math.max(1, page), pages);
  return {
    criteria: standings.criteria.map((criterion) => ({
      id: criterion.id,
      title: translated(criterion.title, locale),
      scaleMin: criterion.scaleMin,
      scaleMax: criterion.scaleMax,
    })),
    reviewsNeeded: panel.reviewsNeeded,
    communityRanking: panel.communityRanking,
    showsNames: names,
    hidden,
    rows: ranked.slice((shownPage - 1) * MODERATION_PAGE_SIZE, shownPage * MODERATION_PAGE_SIZE),
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
      drafted: standings.drafted,
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
      application: { select: { organisation: { select: organisationForRanking } } },
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
