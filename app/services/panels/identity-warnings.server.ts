import { writtenAnswers } from "~/domain/panels/blind-review";
import { identityMentions } from "~/domain/panels/identity-mentions";
import { db } from "~/services/platform/db.server";
import { identityFrom, peopleOfGroups, readableSections } from "./panel-reading.server";
import { inReviewScope, type ScopedPanel } from "./review-scope.server";

/**
 * For the funder's panel page in blind review: the applications whose answers, as reviewers will
 * read them, name the group, its people, an email address or a phone number, and how many
 * answers do. Nothing is redacted; staff decide what to do.
 */
export async function identityMentionsOnPanel(panel: ScopedPanel & { blindReview: boolean }) {
  if (!panel.blindReview) return [];
  const applications = await db().application.findMany({
    where: inReviewScope(panel),
    orderBy: { reference: "asc" },
    select: {
      id: true,
      reference: true,
      organisationId: true,
      answers: true,
      formVersion: { select: { id: true, updatedAt: true, definition: true } },
      organisation: {
        select: { name: true, registrationNumber: true, hostOrganisationName: true },
      },
      pot: {
        select: {
          maxGrantMinor: true,
          round: { select: { scheme: { select: { currency: true } } } },
        },
      },
    },
  });
  const people = await peopleOfGroups([...new Set(applications.map((a) => a.organisationId))]);
  return applications.flatMap((application) => {
    const answers = identityMentions(
      writtenAnswers(readableSections(application, true, "en")),
      identityFrom(application.organisation, people.get(application.organisationId) ?? []),
    ).length;
    return answers > 0 ? [{ id: application.id, reference: application.reference, answers }] : [];
  });
}
