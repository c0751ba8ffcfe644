import { byNextDue, checkInStatus, pageOf, statusCounts } from "~/domain/outcomes/check-in-status";
import { roundTotals } from "~/domain/outcomes/light-numbers";
import { monthStart, type OutcomeFilters } from "~/domain/outcomes/outcome-filters";
import { periodOf, periodsBetween } from "~/domain/outcomes/outcome-periods";
import { regroup, themeSeries } from "~/domain/outcomes/theme-counts";
import { translated } from "~/domain/shared/translated-text";
import { db } from "~/services/platform/db.server";
import { grantScope } from "./outcome-scope.server";
import { lightNumberSumsByRound, tagCountsByPotAndMonth } from "./outcome-sql.server";

/**
 * The numbers behind the outcome views. Everything is counted by the database (tags per theme,
 * pot and month in one statement; sums of light numbers in SQL; open check-ins grouped per
 * grant); only the filter choices, the codebook and one page of grants are read as rows.
 */

/** The most pots the "themes by pot" chart compares; a narrower filter shows the rest. */
export const MAX_POTS = 12;

/** The schemes, rounds and pots staff can narrow the views to, names in her language. */
export async function outcomeChoices(funderId: string, locale: string) {
  const schemes = await db().scheme.findMany({
    where: { funderId },
    orderBy: { createdAt: "desc" },
    select: {
      id: true,
      title: true,
      currency: true,
      rounds: {
        orderBy: { opensAt: "desc" },
        select: {
          id: true,
          name: true,
          lightNumbers: true,
          pots: { orderBy: { position: "asc" }, select: { id: true, name: true } },
        },
      },
    },
  });
  return schemes.map((scheme) => ({
    id: scheme.id,
    currency: scheme.currency,
    title: translated(scheme.title, locale),
    rounds: scheme.rounds.map((round) => ({
      id: round.id,
      name: translated(round.name, locale),
      lightNumbers: round.lightNumbers,
      pots: round.pots.map((pot) => ({ id: pot.id, name: translated(pot.name, locale) })),
    })),
  }));
}
export type OutcomeChoices = Awaited<ReturnType<typeof outcomeChoices>>;

/** The rounds and pots inside the chosen scheme, round or pot. */
export function inScope(choices: OutcomeChoices, filters: OutcomeFilters) {
  const rounds = choices
    .filter((scheme) => !filters.schemeId || scheme.id === filters.schemeId)
    .flatMap((scheme) =>
      scheme.rounds.map((round) => ({
        ...round,
        schemeTitle: scheme.title,
        currency: scheme.currency,
      })),
    )
    .filter((round) => !filters.roundId || round.id === filters.roundId);
  const pots = rounds
    .flatMap((round) =>
      round.pots.map((pot) => ({ ...pot, roundId: round.id, roundName: round.name })),
    )
    .filter((pot) => !filters.potId || pot.id === filters.potId);
  return { rounds, pots };
}

async function codebook(funderId: string, locale: string) {
  const themes = await db().theme.findMany({
    where: { funderId },
    select: { id: true, name: true, mergedIntoId: true, position: true },
  });
  return {
    refs: themes,
    names: new Map(themes.map((theme) => [theme.id, translated(theme.name, locale)])),
  };
}

function named(
  series: ReturnType<typeof themeSeries>,
  names: Map<string, { text: string; locale: string }>,
) {
  return series.themes.map((row) => ({
    ...row,
    name: names.get(row.id) ?? { text: "", locale: "en" },
  }));
}

/**
 * Check-ins tagged with each theme, per month or quarter of the period and per pot in scope,
 * from one count by the database. A merged theme's tags count under the theme it joined.
 */
export async function themeViews(
  funderId: string,
  filters: OutcomeFilters,
  pots: readonly { id: string; name: { text: string; locale: string } }[],
  locale: string,
) {
  const periods = periodsBetween(filters.from, filters.until, filters.per);
  const shownPots = pots.slice(0, MAX_POTS);
  const [{ refs, names }, rows] = await Promise.all([
    codebook(funderId, locale),
    tagCountsByPotAndMonth(funderId, filters),
  ]);
  const perPeriod = regroup(
    rows,
    periods.map((period) => period.key),
    (row) => {
      const start = monthStart(row.month);
      return start ? (periodOf(periods, start)?.key ?? null) : null;
    },
  );
  const perPot = regroup(
    rows,
    shownPots.map((pot) => pot.id),
    (row) => row.potId,
  );
  return {
    overTime: { periods, themes: named(themeSeries(perPeriod, refs), names) },
    byPot: {
      pots: shownPots,
      more: pots.length - shownPots.length,
      themes: named(themeSeries(perPot, refs), names),
    },
  };
}

/** Check-ins tagged with each theme, per month or quarter of the period. */
export async function themesOverTime(funderId: string, filters: OutcomeFilters, locale: string) {
  return (await themeViews(funderId, filters, [], locale)).overTime;
}

/** Check-ins tagged with each theme, per pot, for the pots in scope. */
export async function themesByPot(
  funderId: string,
  filters: OutcomeFilters,
  pots: readonly { id: string; name: { text: string; locale: string } }[],
  locale: string,
) {
  return (await themeViews(funderId, filters, pots, locale)).byPot;
}

/** The most used themes over the whole period, for the printed summary. */
export async function topThemes(
  funderId: string,
  filters: OutcomeFilters,
  locale: string,
  limit = 6,
) {
  const [{ refs, names }, rows] = await Promise.all([
    codebook(funderId, locale),
    tagCountsByPotAndMonth(funderId, filters),
  ]);
  return named(
    themeSeries(
      regroup(rows, ["all"], () => "all"),
      refs,
      limit,
    ),
    names,
  );
}

/**
 * Every active grant's next due date (its earliest check-in not sent), in the status table's
 * order, and one page of them with the group and its reference. Nothing here depends on the
 * time of day, so it can be kept; `statusAt` reads where each grant stands at the moment.
 */
export async function grantDues(funderId: string, filters: OutcomeFilters) {
  const active = { ...grantScope(funderId, filters), status: "ACTIVE" as const };
  const [grants, open] = await Promise.all([
    db().grant.findMany({ where: active, select: { id: true } }),
    db().checkIn.groupBy({
      by: ["grantId"],
      where: { submittedAt: null, grant: active },
      _min: { dueOn: true },
    }),
  ]);
  const nextDue = new Map(open.map((row) => [row.grantId, row._min.dueOn]));
  const rows = byNextDue(
    grants.map((grant) => ({ grantId: grant.id, nextDue: nextDue.get(grant.id) ?? null })),
  );
  const page = pageOf(rows, filters.page);
  const details = await db().grant.findMany({
    where: { id: { in: page.rows.map((row) => row.grantId) } },
    select: {
      id: true,
      application: { select: { reference: true, organisation: { select: { name: true } } } },
    },
  });
  const byId = new Map(details.map((grant) => [grant.id, grant]));
  return {
    nextDueTimes: rows.flatMap((row) => (row.nextDue ? [row.nextDue.getTime()] : [])),
    total: rows.length,
    page: page.page,
    pages: page.pages,
    rows: page.rows.map((row) => ({
      grantId: row.grantId,
      reference: byId.get(row.grantId)?.application.reference ?? "",
      group: byId.get(row.grantId)?.application.organisation.name ?? "",
      nextDue: row.nextDue,
    })),
  };
}
export type GrantDues = Awaited<ReturnType<typeof grantDues>>;

/** Every active grant's check-in status at this moment, counted, and the page of them. */
export function statusAt(dues: GrantDues, now: Date) {
  return {
    counts: statusCounts(dues.nextDueTimes, dues.total, now),
    total: dues.total,
    page: dues.page,
    pages: dues.pages,
    rows: dues.rows.map((row) => ({
      ...row,
      nextDue: row.nextDue?.toISOString() ?? null,
      status: checkInStatus(row.nextDue, now),
    })),
  };
}

export async function checkInStatusPage(funderId: string, filters: OutcomeFilters, now: Date) {
  return statusAt(await grantDues(funderId, filters), now);
}

/** The light numbers' totals per round in scope, over the check-ins sent in the period. */
export async function lightNumberTotals(
  funderId: string,
  filters: OutcomeFilters,
  rounds: readonly { id: string; name: { text: string; locale: string }; lightNumbers: unknown }[],
  locale: string,
) {
  const rows = await lightNumberSumsByRound(funderId, filters);
  const sums = new Map(rows.map((row) => [`${row.roundId}:${row.key}`, row]));
  return roundTotals(rounds, sums, locale);
}
