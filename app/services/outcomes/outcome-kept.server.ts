import type { OutcomeFilters } from "~/domain/outcomes/outcome-filters";
import { fingerprintCache } from "~/services/platform/fingerprint-cache.server";
import { headlineFigures } from "./portfolio-summary.server";
import { storyCandidates, WALL_SIZE, wallOf } from "./story-wall.server";
import {
  grantDues,
  lightNumberTotals,
  outcomeChoices,
  statusAt,
  themeViews,
  topThemes,
} from "./outcome-views.server";

/**
 * The outcome pages' counts, worked out once per change of the funder's outcome records and
 * kept in this server's memory (see platform/fingerprint-cache). Each is kept under the
 * fingerprint of those records (outcome-fingerprint), read once per request before anything is
 * worked out, and under the filters (and the language, where names are put in) it was counted
 * for. Nothing that depends on the moment is kept: check-in statuses are read from the kept due
 * dates at every request, and consent is asked again as each story and photo is shown.
 *
 * Entries are capped per kind. Sizes per entry, at 2,000 active grants: the filter choices a few
 * KB (a name per scheme, round and pot); theme counts up to about 20 KB (a count per theme and
 * month or pot); due dates about 20 KB (8 bytes per grant, and one page of 25 rows); light
 * numbers, headline figures and top themes under 2 KB; a story wall up to 120 check-ins' story,
 * quote and photo captions, about 100 KB as typically written and 2 MB at every answer's
 * longest, hence the smaller cap.
 */

export type OutcomeRecords = { funderId: string; fingerprint: string };

/** What narrows the grants counted. */
const grantsOf = (filters: OutcomeFilters) => [
  filters.schemeId ?? "",
  filters.roundId ?? "",
  filters.potId ?? "",
];
/** What narrows the check-ins counted: the grants, and the period they were sent in. */
const checkInsOf = (filters: OutcomeFilters) => [
  ...grantsOf(filters),
  filters.from.toISOString(),
  filters.until.toISOString(),
];

/**
 * A count of the funder's records, kept under what it was counted for (`keyOf`: the filters it
 * reads, and the language where it puts names in; never what the records alone decide, such as
 * the pots in scope).
 */
function kept<Rest extends unknown[], Value extends object>(
  maxEntries: number,
  work: (funderId: string, filters: OutcomeFilters, ...rest: Rest) => Promise<Value>,
  keyOf: (filters: OutcomeFilters, ...rest: Rest) => unknown[],
) {
  const cached = fingerprintCache<Value>(maxEntries);
  return (records: OutcomeRecords, filters: OutcomeFilters, ...rest: Rest) =>
    cached(
      JSON.stringify([records.funderId, ...keyOf(filters, ...rest)]),
      records.fingerprint,
      () => work(records.funderId, filters, ...rest),
    );
}

const choices = fingerprintCache<Awaited<ReturnType<typeof outcomeChoices>>>(100);
export const keptOutcomeChoices = (records: OutcomeRecords, locale: string) =>
  choices(JSON.stringify([records.funderId, locale]), records.fingerprint, () =>
    outcomeChoices(records.funderId, locale),
  );

export const keptThemeViews = kept(200, themeViews, (filters, _pots, locale) => [
  ...checkInsOf(filters),
  filters.per,
  locale,
]);

export const keptLightNumberTotals = kept(200, lightNumberTotals, (filters, _rounds, locale) => [
  ...checkInsOf(filters),
  locale,
]);

export const keptHeadlineFigures = kept(200, headlineFigures, checkInsOf);

export const keptTopThemes = kept(200, topThemes, (filters, ...languageAndLimit) => [
  ...checkInsOf(filters),
  ...languageAndLimit,
]);

const dues = kept(200, grantDues, (filters) => [...grantsOf(filters), filters.page]);
/** Where each grant stands with its check-ins at `now`, from its kept next due date. */
export const keptCheckInStatus = async (
  records: OutcomeRecords,
  filters: OutcomeFilters,
  now: Date,
) => statusAt(await dues(records, filters), now);

const candidates = kept(40, storyCandidates, (filters, limit) => [...checkInsOf(filters), limit]);
/** The story wall from kept candidates, each story's and photo's consent asked as shown. */
export const keptStories = async (
  records: OutcomeRecords,
  filters: OutcomeFilters,
  locale: string,
  limit = WALL_SIZE,
) => wallOf(await candidates(records, filters, limit), limit, locale);
