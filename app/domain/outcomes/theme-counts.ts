/**
 * Counting check-ins per theme. A merged theme's tags count under the theme it was merged into
 * (following a chain of merges to its end), so a chart never shows a theme that no longer
 * exists and never splits one theme in two.
 */

export type ThemeRef = { id: string; mergedIntoId: string | null };

/** The theme a tag on `themeId` counts under. A loop of merges stops at the theme it started from. */
export function countingTheme(themeId: string, themes: ReadonlyMap<string, ThemeRef>): string {
  let current = themeId;
  const seen = new Set<string>([current]);
  for (;;) {
    const next = themes.get(current)?.mergedIntoId;
    if (!next || seen.has(next) || !themes.has(next)) return current;
    seen.add(next);
    current = next;
  }
}

export type TagCount = { themeId: string; count: number };

/** Tag counts folded into the themes they count under. */
export function foldMerged(
  counts: readonly TagCount[],
  themes: readonly ThemeRef[],
): Map<string, number> {
  const byId = new Map(themes.map((theme) => [theme.id, theme]));
  const folded = new Map<string, number>();
  for (const { themeId, count } of counts) {
    const target = countingTheme(themeId, byId);
    folded.set(target, (folded.get(target) ?? 0) + count);
  }
  return folded;
}

/** A table of counts: one row per theme, one column per group (a period or a pot). */
export type ThemeSeries = {
  groups: { key: string }[];
  themes: { id: string; counts: number[]; total: number }[];
};

/**
 * Rows for the themes still in the codebook that were counted at least once, most used first,
 * at most `limit` of them.
 */
export function themeSeries(
  groups: readonly { key: string; counts: readonly TagCount[] }[],
  themes: readonly (ThemeRef & { position: number })[],
  limit = Infinity,
): ThemeSeries {
  const folded = groups.map((group) => foldMerged(group.counts, themes));
  const rows = themes
    .filter((theme) => !theme.mergedIntoId)
    .map((theme) => {
      const counts = folded.map((counts) => counts.get(theme.id) ?? 0);
      return {
        id: theme.id,
        counts,
        total: counts.reduce((a, b) => a + b, 0),
        position: theme.position,
      };
    })
    .filter((row) => row.total > 0)
    .sort((a, b) => b.total - a.total || a.position - b.position)
    .slice(0, limit)
    .map(({ id, counts, total }) => ({ id, counts, total }));
  return { groups: groups.map(({ key }) => ({ key })), themes: rows };
}

/**
 * Tag counts the database made per theme and some other key (a pot, a month), regrouped into
 * the chart's groups: `groupOf` names the group a row belongs to, or null to leave it out.
 */
export function regroup<Row extends TagCount>(
  rows: readonly Row[],
  keys: readonly string[],
  groupOf: (row: Row) => string | null,
): { key: string; counts: TagCount[] }[] {
  const groups = new Map(keys.map((key) => [key, new Map<string, number>()]));
  for (const row of rows) {
    const key = groupOf(row);
    const counts = key === null ? undefined : groups.get(key);
    if (!counts) continue;
    counts.set(row.themeId, (counts.get(row.themeId) ?? 0) + row.count);
  }
  return keys.map((key) => ({
    key,
    counts: [...groups.get(key)!].map(([themeId, count]) => ({ themeId, count })),
  }));
}
