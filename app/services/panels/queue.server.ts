import { can, type Actor } from "~/domain/access/permissions";
import { queueState } from "~/domain/panels/assignment-checks";
import type { Locale } from "~/domain/shared/locales";
import { translated } from "~/domain/shared/translated-text";
import { db } from "~/services/platform/db.server";
import { inReviewScope, panelApplicationResources, type ScopedPanel } from "./review-scope.server";

/**
 * A reviewer's own work on a panel: the applications she was given, where she stands with each.
 * The group's name only when the panel does not review blind.
 */
export async function reviewerQueue(
  panel: ScopedPanel & { blindReview: boolean },
  reviewer: Actor,
  locale: Locale,
) {
  const assignments = await db().reviewAssignment.findMany({
    where: { panelId: panel.id, userId: reviewer.id, application: inReviewScope(panel) },
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
  const applications = assignments.map((assignment) => assignment.application);
  const [resources, reviews] = await Promise.all([
    panelApplicationResources(
      db(),
      panel,
      applications.map((application) => application.id),
    ),
    db().review.findMany({
      where: { panelId: panel.id, userId: reviewer.id, excludedAt: null },
      select: { applicationId: true, status: true },
    }),
  ]);
  return applications
    .filter((application) => can(reviewer, "review", resources.get(application.id)!))
    .map((application) => ({
      id: application.id,
      reference: application.reference,
      pot: translated(application.pot.name, locale),
      organisation: panel.blindReview ? null : application.organisation.name,
      state: queueState(reviews.find((review) => review.applicationId === application.id) ?? null),
    }));
}
