import { z } from "zod";
import { mayAppear, type ShareConsent } from "./consent";
import { currentTheme, type CodebookTheme } from "./themes";

/**
 * Staff reading check-ins: tagging stories with themes, marking highlights within the consent
 * the group gave, and the rules the reading pages and outcome views share.
 */

export type HighlightState = {
  storyConsent: ShareConsent | null;
  storyHighlightedAt: Date | string | null;
  quoteHighlightedAt: Date | string | null;
};

/**
 * Whether the story and the quote count as highlights in anything made to show others (story
 * wall, summary, exports). Asked at the moment of showing: consent narrowed after staff marked
 * a highlight takes it off at once, without anyone having to unmark it.
 */
export function highlightsForReports(checkIn: HighlightState): { story: boolean; quote: boolean } {
  const allowed = mayAppear(checkIn.storyConsent, "reports");
  return {
    story: allowed && checkIn.storyHighlightedAt !== null,
    quote: allowed && checkIn.quoteHighlightedAt !== null,
  };
}

/** Whether anything of the check-in (its story or its quote) is a highlight for reports. */
export function highlightedForReports(checkIn: HighlightState): boolean {
  const { story, quote } = highlightsForReports(checkIn);
  return story || quote;
}

/** Staff may mark highlights only when the group agreed the story may reach the funder's reports. */
export function mayHighlight(consent: ShareConsent | null): boolean {
  return mayAppear(consent, "reports");
}

/**
 * The highlights staff asked for, or a refusal: marking needs consent; taking a highlight off
 * is always allowed (it narrows what travels).
 */
export function highlightChange(
  consent: ShareConsent | null,
  wanted: { story: boolean; quote: boolean },
): { ok: true } | { ok: false; reason: "no-consent" } {
  if ((wanted.story || wanted.quote) && !mayHighlight(consent))
    return { ok: false, reason: "no-consent" };
  return { ok: true };
}

/**
 * The themes a tagging form chose, as today's live themes. A theme merged since the form was
 * opened stands for the theme it went into; a theme that is gone refuses the save, so staff
 * choose again rather than lose a tag silently.
 */
export function chosenThemes(
  chosenIds: readonly string[],
  codebook: readonly CodebookTheme[],
): { ok: true; themeIds: string[] } | { ok: false; reason: "theme-gone" } {
  const themeIds = new Set<string>();
  for (const id of chosenIds) {
    const theme = currentTheme(id, codebook);
    if (!theme) return { ok: false, reason: "theme-gone" };
    themeIds.add(theme.id);
  }
  return { ok: true, themeIds: [...themeIds] };
}

/** What saving the tags changes: the chosen set replaces the current one. */
export function tagChanges(current: readonly string[], chosen: readonly string[]) {
  const before = new Set(current);
  const after = new Set(chosen);
  return {
    add: chosen.filter((id) => !before.has(id)),
    remove: current.filter((id) => !after.has(id)),
  };
}

export const MAX_REPLY = 4000;

export const replyForm = z.object({
  reply: z
    .string()
    .trim()
    .min(1, "outcomes:reading.errors.replyRequired")
    .max(MAX_REPLY, "outcomes:reading.errors.replyTooLong"),
});

export const CHECK_INS_PER_PAGE = 50;

export type CheckInFilters = {
  schemeId: string | null;
  roundId: string | null;
  coded: "yes" | "no" | null;
  page: number;
};

/**
 * The list's filters from the address. Anything unreadable is ignored rather than refused: a
 * stale bookmark still opens the list.
 */
export function readCheckInFilters(params: URLSearchParams): CheckInFilters {
  const text = (name: string) => params.get(name)?.trim() || null;
  const coded = text("coded");
  const page = Number(params.get("page"));
  return {
    schemeId: text("scheme"),
    roundId: text("round"),
    coded: coded === "yes" || coded === "no" ? coded : null,
    page: Number.isInteger(page) && page > 1 ? page : 1,
  };
}

/** The address query for the list with these filters, for links between its pages. */
export function checkInFiltersQuery(filters: CheckInFilters, page = filters.page): string {
  const params = new URLSearchParams();
  if (filters.schemeId) params.set("scheme", filters.schemeId);
  if (filters.roundId) params.set("round", filters.roundId);
  if (filters.coded) params.set("coded", filters.coded);
  if (page > 1) params.set("page", String(page));
  const query = params.toString();
  return query ? `?${query}` : "";
}

/** The fields of a check-in's answers, in the order the group wrote them. */
export const storyFields = [
  "whatHappened",
  "change",
  "changeFor",
  "whyItMatters",
  "quote",
  "hard",
  "learned",
] as const;
export type StoryField = (typeof storyFields)[number];

/** The written answers as stored; anything not text is left out. */
export function storyTexts(answers: unknown): Partial<Record<StoryField, string>> {
  const stored = answers && typeof answers === "object" ? (answers as Record<string, unknown>) : {};
  const texts: Partial<Record<StoryField, string>> = {};
  for (const field of storyFields) {
    const value = stored[field];
    if (typeof value === "string" && value.trim()) texts[field] = value;
  }
  return texts;
}

/** The light numbers the group gave, by the round's number id. */
export function lightNumberValues(answers: unknown): Record<string, number> {
  const stored = answers && typeof answers === "object" ? (answers as Record<string, unknown>) : {};
  const numbers =
    stored.numbers && typeof stored.numbers === "object"
      ? (stored.numbers as Record<string, unknown>)
      : {};
  const values: Record<string, number> = {};
  for (const [id, value] of Object.entries(numbers)) {
    const number = typeof value === "string" ? Number(value) : value;
    if (typeof number === "number" && Number.isFinite(number)) values[id] = number;
  }
  return values;
}
