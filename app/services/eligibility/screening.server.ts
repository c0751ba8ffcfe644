import { screenableStatuses, type ScreeningGroup } from "~/domain/eligibility/screening";
import { evaluateEligibility, type EligibilityResult } from "~/domain/eligibility/eligibility";
import type { ApplicationStatus } from "~/domain/schemes/ledger";
import { unreachableApplications } from "~/services/panels/decisions.server";
import { db } from "~/services/platform/db.server";
import { organisationProfile, potRules } from "~/services/schemes/schemes.server";

/** Reading a round's sent applications for screening: the page's groups and one application. */

export const SCREENING_PAGE_SIZE = 50;

const statusOf: Record<ScreeningGroup, ApplicationStatus> = {
  "to-screen": "SUBMITTED",
  eligible: "IN_REVIEW",
  "not-eligible": "INELIGIBLE",
};

const withChecker = {
  organisation: true,
  pot: { select: { id: true, name: true, eligibility: true } },
} as const;

/** What the automatic checker says about the group against the pot's rules, as the group stands now. */
function checkerResult(application: {
  organisation: Parameters<typeof organisationProfile>[0];
  pot: { eligibility: unknown };
}): EligibilityResult {
  return evaluateEligibility(
    potRules(application.pot),
    organisationProfile(application.organisation),
  );
}

/** How many of the round's sent applications sit in each group. */
export async function screeningCounts(roundId: string): Promise<Record<ScreeningGroup, number>> {
  const rows = await db().application.groupBy({
    by: ["status"],
    where: { pot: { roundId }, status: { in: [...screenableStatuses] } },
    _count: { _all: true },
  });
  const count = (status: ApplicationStatus) =>
    rows.find((row) => row.status === status)?._count._all ?? 0;
  return {
    "to-screen": count("SUBMITTED"),
    eligible: count("IN_REVIEW"),
    "not-eligible": count("INELIGIBLE"),
  };
}

/** One page of one group, oldest sent first: the order they arrived in is the fair order to screen. */
export async function screeningPage(roundId: string, group: ScreeningGroup, page: number) {
  const applications = await db().application.findMany({
    where: { pot: { roundId }, status: statusOf[group] },
    include: withChecker,
    orderBy: [{ submittedAt: "asc" }, { id: "asc" }],
    skip: (page - 1) * SCREENING_PAGE_SIZE,
    take: SCREENING_PAGE_SIZE,
  });
  return applications.map((application) => ({
    id: application.id,
    reference: application.reference,
    organisation: application.organisation.name,
    pot: application.pot.name,
    requestedMinor: application.requestedMinor,
    ineligibleReason: application.ineligibleReason,
    checker: checkerResult(application),
  }));
}

/** A sent application of this round, for screening; null when it is not one (the same 403 either way). */
export async function screeningApplication(roundId: string, applicationId: string) {
  const application = await db().application.findFirst({
    where: { id: applicationId, pot: { roundId }, status: { in: [...screenableStatuses] } },
    include: {
      ...withChecker,
      _count: { select: { reviews: { where: { status: "SUBMITTED" } } } },
    },
  });
  if (!application) return null;
  const [screener, unreachable] = await Promise.all([
    application.screenedById
      ? db().user.findUnique({
          where: { id: application.screenedById },
          select: { name: true, email: true },
        })
      : null,
    unreachableApplications(db(), [application.id]),
  ]);
  return {
    ...application,
    screenedBy: screener ? (screener.name ?? screener.email) : null,
    checker: checkerResult(application),
    /** Nobody in the group has an account: no screening or decision email can reach it. */
    unreachable: unreachable.length > 0,
  };
}

/** The ids among these that are not sent applications of this round. */
export async function idsOutsideRound(roundId: string, applicationIds: readonly string[]) {
  const inRound = await db().application.findMany({
    where: {
      id: { in: [...applicationIds] },
      pot: { roundId },
      status: { in: [...screenableStatuses] },
    },
    select: { id: true },
  });
  const known = new Set(inRound.map((row) => row.id));
  return applicationIds.filter((id) => !known.has(id));
}
