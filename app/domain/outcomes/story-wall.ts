import { mayAppear, type ShareConsent } from "./consent";

/**
 * What of a check-in may go on the story wall or the printed summary: its story when staff
 * highlighted it, its quote when staff highlighted that, each only while the group's consent
 * reaches the funder's reports; and only the photos whose own consent reaches them too. Asked
 * at every render, so consent narrowed after a highlight takes the story off at once.
 */

export type StoryCandidate = {
  id: string;
  storyConsent: ShareConsent | null;
  storyHighlightedAt: Date | null;
  quoteHighlightedAt: Date | null;
  answers: unknown;
  photos: { id: string; consent: ShareConsent | null; caption: string | null }[];
};

export type WallStory = {
  id: string;
  /** The most significant change, and who it happened to. */
  change: string | null;
  changeFor: string | null;
  whyItMatters: string | null;
  quote: string | null;
  photos: { id: string; caption: string | null }[];
  highlightedAt: Date;
};

const wallAnswerKeys = ["change", "changeFor", "whyItMatters", "quote"] as const;

function text(answers: unknown, key: (typeof wallAnswerKeys)[number]): string | null {
  if (!answers || typeof answers !== "object") return null;
  const value = (answers as Record<string, unknown>)[key];
  return typeof value === "string" && value.trim() ? value.trim() : null;
}

/** Only the answers a wall story is made of, so that a kept wall holds no more of a check-in. */
export function wallAnswers(answers: unknown): Record<string, string> {
  const kept: Record<string, string> = {};
  for (const key of wallAnswerKeys) {
    const value = text(answers, key);
    if (value) kept[key] = value;
  }
  return kept;
}

export function wallStory(candidate: StoryCandidate): WallStory | null {
  if (!mayAppear(candidate.storyConsent, "reports")) return null;
  const story = candidate.storyHighlightedAt ? text(candidate.answers, "change") : null;
  const quote = candidate.quoteHighlightedAt ? text(candidate.answers, "quote") : null;
  if (!story && !quote) return null;
  const highlightedAt = [candidate.storyHighlightedAt, candidate.quoteHighlightedAt]
    .filter((date): date is Date => date !== null)
    .sort((a, b) => b.getTime() - a.getTime())[0]!;
  return {
    id: candidate.id,
    change: story,
    changeFor: story ? text(candidate.answers, "changeFor") : null,
    whyItMatters: story ? text(candidate.answers, "whyItMatters") : null,
    quote,
    photos: story
      ? candidate.photos
          .filter((photo) => mayAppear(photo.consent, "reports"))
          .map(({ id, caption }) => ({ id, caption }))
      : [],
    highlightedAt,
  };
}

/** The stories that may appear, most recently highlighted first. */
export function wallStories(candidates: readonly StoryCandidate[], limit = Infinity): WallStory[] {
  return candidates
    .map(wallStory)
    .filter((story): story is WallStory => story !== null)
    .sort((a, b) => b.highlightedAt.getTime() - a.highlightedAt.getTime())
    .slice(0, limit);
}

/** Whether a photo may be served to someone reading the story wall or the printed summary. */
export function photoMayAppear(photo: {
  consent: ShareConsent | null;
  checkIn: { storyConsent: ShareConsent | null; storyHighlightedAt: Date | null } | null;
}): boolean {
  return (
    !!photo.checkIn &&
    !!photo.checkIn.storyHighlightedAt &&
    mayAppear(photo.checkIn.storyConsent, "reports") &&
    mayAppear(photo.consent, "reports")
  );
}
