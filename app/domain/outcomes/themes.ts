import { z } from "zod";
import { textFieldsShape, textsFrom, type Texts } from "~/domain/schemes/translated-fields";
import { supportedLocales } from "~/domain/shared/locales";

/**
 * The funder's codebook of themes. A theme that tags stories is never deleted: staff merge it
 * into another, its tags move there, and it stays behind pointing at that theme (so old
 * links and audit rows still name it) while no longer being offered.
 */

export type CodebookTheme = { id: string; name: unknown; mergedIntoId: string | null };

export const MAX_THEME_NAME = 80;

/** Offered for tagging, listed in the codebook: not merged into another theme. */
export function isLive(theme: { mergedIntoId: string | null }): boolean {
  return theme.mergedIntoId === null;
}

/** The theme names of the add and rename forms: one field per language, English required. */
export const themeNamesForm = z.object(
  textFieldsShape("name", {
    required: true,
    maxLength: MAX_THEME_NAME,
    requiredKey: "outcomes:themes.errors.nameRequired",
  }),
);

export function themeNamesFrom(values: Record<string, unknown>): Texts {
  return textsFrom(values, "name");
}

const comparable = (text: string) => text.trim().toLocaleLowerCase();

/**
 * The language in which the new names repeat a name of another live theme, or null. Two
 * themes called the same would split a portfolio's stories between them without anyone noticing.
 */
export function clashingName(
  names: Texts,
  others: readonly CodebookTheme[],
  self: string | null = null,
): string | null {
  for (const locale of supportedLocales) {
    const name = names[locale];
    if (!name) continue;
    const taken = others.some((other) => {
      if (other.id === self || !isLive(other)) return false;
      const texts = (other.name ?? {}) as Record<string, unknown>;
      const existing = texts[locale];
      return typeof existing === "string" && comparable(existing) === comparable(name);
    });
    if (taken) return locale;
  }
  return null;
}

export type MergeRefusal = "same-theme" | "already-merged" | "target-merged";

/** Why A may not be merged into B, or null when it may. */
export function mergeRefusal(from: CodebookTheme, into: CodebookTheme): MergeRefusal | null {
  if (from.id === into.id) return "same-theme";
  if (!isLive(from)) return "already-merged";
  if (!isLive(into)) return "target-merged";
  return null;
}

/**
 * What merging does to tags: every check-in tagged A ends up tagged B. A check-in already
 * tagged both keeps its B tag and loses the A one (a story is tagged with a theme once).
 */
export function mergeMoves(
  taggedFrom: readonly string[],
  taggedInto: readonly string[],
): { move: string[]; drop: string[] } {
  const already = new Set(taggedInto);
  return {
    move: taggedFrom.filter((checkInId) => !already.has(checkInId)),
    drop: taggedFrom.filter((checkInId) => already.has(checkInId)),
  };
}

/** A theme in use cannot be deleted, only merged; null when it may go. */
export function deleteRefusal(tagCount: number): "in-use" | null {
  return tagCount > 0 ? "in-use" : null;
}

/**
 * The theme a tag means today: a merged theme's tags were moved, but a form opened before the
 * merge still names the old theme, so its choice is carried to where the theme went.
 */
export function currentTheme(
  themeId: string,
  codebook: readonly CodebookTheme[],
): CodebookTheme | null {
  const byId = new Map(codebook.map((theme) => [theme.id, theme]));
  let theme = byId.get(themeId) ?? null;
  const seen = new Set<string>();
  while (theme && theme.mergedIntoId && !seen.has(theme.id)) {
    seen.add(theme.id);
    theme = byId.get(theme.mergedIntoId) ?? null;
  }
  return theme && isLive(theme) ? theme : null;
}
