import { checkRanking, type RankingCheck } from "~/domain/panels/ranking-form";
import type { Locale } from "~/domain/shared/locales";
import { translated } from "~/domain/shared/translated-text";
import { forbidden } from "~/services/access/permissions.server";
import { audit } from "~/services/platform/audit.server";
import { db } from "~/services/platform/db.server";
import { requirePanelMember } from "./panels.server";
import { inReviewScope, type ScopedPanel } from "./review-scope.server";

/**
 * Community reviewers rank their top picks among the applications they have reviewed, where
 * the panel asks for it. Only reviews she submitted and that still count can be ranked: an
 * application she declared a conflict with never can.
 */

/** The panel for one of its community reviewers, when the panel asks for rankings. */
export async function requireCommunityReviewer(request: Request, params: { panelId?: string }) {
  const access = await requirePanelMember(request, params);
  if (!access.panel.communityRanking || access.membership.role !== "COMMUNITY_REVIEWER")
    throw forbidden();
  return access;
}

type Panel = ScopedPanel & { blindReview: boolean };

/** The applications she may rank, by reference. */
async function rankable(panel: Panel, userId: string) {
  const conflicts = await db().conflictDeclaration.findMany({
    where: { panelId: panel.id, userId },
    select: { applicationId: true },
  });
  const reviews = await db().review.findMany({
    where: {
      panelId: panel.id,
      userId,
      status: "SUBMITTED",
      excludedAt: null,
      applicationId: { notIn: conflicts.map((conflict) => conflict.applicationId) },
      application: inReviewScope(panel),
    },
    orderBy: { application: { reference: "asc" } },
    select: {
      application: {
        select: {
          id: true,
          reference: true,
          organisation: { select: { name: true } },
          pot: { select: { name: true } },
        },
      },
    },
  });
  return reviews.map((review) => review.application);
}

export async function rankingPage(panel: Panel, userId: string, locale: Locale) {
  const [applications, saved] = await Promise.all([
    rankable(panel, userId),
    db().communityRanking.findUnique({
      where: { panelId_userId: { panelId: panel.id, userId } },
      select: { applicationIds: true, updatedAt: true },
    }),
  ]);
  const ids = applications.map((application) => application.id);
  const picks = (Array.isArray(saved?.applicationIds) ? saved.applicationIds : []).filter(
    (id): id is string => typeof id === "string" && ids.includes(id),
  );
  return {
    applications: applications.map((application) => ({
      id: application.id,
      reference: application.reference,
      pot: translated(application.pot.name, locale),
      organisation: panel.blindReview ? null : application.organisation.name,
    })),
    picks,
    savedAt: saved?.updatedAt.toISOString() ?? null,
  };
}

/** Saves her picks, best first, replacing any earlier ranking. */
export async function saveRanking(
  panel: Panel,
  userId: string,
  posted: (place: number) => string,
): Promise<RankingCheck> {
  const ids = (await rankable(panel, userId)).map((application) => application.id);
  const checked = checkRanking(posted, ids);
  if (!checked.ok) return checked;
  await db().$transaction(async (tx) => {
    const ranking = await tx.communityRanking.upsert({
      where: { panelId_userId: { panelId: panel.id, userId } },
      create: { panelId: panel.id, userId, applicationIds: checked.picks },
      update: { applicationIds: checked.picks },
      select: { id: true },
    });
    await audit(tx, {
      actorId: userId,
      action: "panels.ranking-saved",
      entity: { type: "community-ranking", id: ranking.id },
      funderId: panel.round.scheme.funderId,
      detail: { panelId: panel.id, applicationIds: checked.picks },
    });
  });
  return checked;
}
