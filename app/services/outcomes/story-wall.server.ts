import { photoMayAppear, wallAnswers, wallStories } from "~/domain/outcomes/story-wall";
import type { OutcomeFilters } from "~/domain/outcomes/outcome-filters";
import { translated } from "~/domain/shared/translated-text";
import { db } from "~/services/platform/db.server";
import { checkInScope } from "./outcome-scope.server";

/**
 * Highlighted stories and quotes for the story wall and the printed summary. The database
 * narrows to highlighted check-ins whose consent could reach reports; the consent rule itself is
 * asked again for every story and photo as it is shown (domain/outcomes/story-wall).
 */

export const WALL_SIZE = 60;

/**
 * The highlighted check-ins in scope whose consent could reach reports, most recently changed
 * first, as read from the database; only the answers a wall story is made of are kept.
 */
export async function storyCandidates(funderId: string, filters: OutcomeFilters, limit: number) {
  const checkIns = await db().checkIn.findMany({
    where: {
      ...checkInScope(funderId, filters),
      storyConsent: { in: ["FUNDER_REPORTS", "PUBLIC"] },
      OR: [{ storyHighlightedAt: { not: null } }, { quoteHighlightedAt: { not: null } }],
    },
    orderBy: { updatedAt: "desc" },
    take: limit * 2,
    select: {
      id: true,
      storyConsent: true,
      storyHighlightedAt: true,
      quoteHighlightedAt: true,
      answers: true,
      answerLanguage: true,
      files: {
        where: { deletedAt: null, mimeType: { startsWith: "image/" } },
        orderBy: { createdAt: "asc" },
        select: { id: true, consent: true, caption: true },
      },
      grant: {
        select: {
          application: {
            select: {
              organisation: { select: { name: true } },
              pot: { select: { name: true } },
            },
          },
        },
      },
    },
  });
  return checkIns.map(({ files, grant, answers, ...checkIn }) => ({
    ...checkIn,
    answers: wallAnswers(answers),
    photos: files,
    group: grant.application.organisation.name,
    potName: grant.application.pot.name,
  }));
}
export type StoryCandidates = Awaited<ReturnType<typeof storyCandidates>>;

/** The stories that may appear now, each story's and photo's consent asked as it is shown. */
export function wallOf(candidates: StoryCandidates, limit: number, locale: string) {
  const byId = new Map(candidates.map((candidate) => [candidate.id, candidate]));
  return wallStories(candidates, limit).map((story) => {
    const candidate = byId.get(story.id)!;
    return {
      ...story,
      highlightedAt: story.highlightedAt.toISOString(),
      language: candidate.answerLanguage,
      group: candidate.group,
      potName: translated(candidate.potName, locale),
    };
  });
}

/**
 * A check-in photo of this funder that may be shown on the story wall: its story highlighted
 * and both the story's and the photo's consent reaching the funder's reports. Anything else,
 * another funder's photo included, is null.
 */
export async function wallPhoto(funderId: string, fileId: string) {
  const photo = await db().storedFile.findFirst({
    where: {
      id: fileId,
      deletedAt: null,
      mimeType: { startsWith: "image/" },
      checkIn: { grant: { funderId } },
    },
    select: {
      storageKey: true,
      mimeType: true,
      consent: true,
      checkIn: { select: { storyConsent: true, storyHighlightedAt: true } },
    },
  });
  return photo && photoMayAppear(photo) ? photo : null;
}
