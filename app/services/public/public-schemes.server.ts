import { potBudget } from "~/domain/schemes/ledger";
import { roundPhase, type RoundTimes } from "~/domain/schemes/round-phase";
import { translated } from "~/domain/shared/translated-text";
import { floorSentence, grantRange, whoCanApply } from "~/domain/eligibility/who-can-apply";
import {
  potFloorRule,
  potRules,
  publicScheme,
  publicSchemes,
} from "~/services/schemes/schemes.server";

/**
 * What the public pages show of published schemes, already in the visitor's language where
 * the funder wrote it (each text says which language it is in) and as plain data the pages
 * put into words.
 */

/** Optional funder texts: absent rather than an empty paragraph. */
function optionalText(value: unknown, locale: string) {
  const text = translated(value, locale);
  return text.text.trim() ? text : null;
}

/** Open now, or opening later; publicScheme(s) only return rounds that have not closed. */
function roundState(round: RoundTimes, now: Date) {
  return roundPhase(round, now) === "upcoming"
    ? ({ state: "upcoming", date: round.opensAt.toISOString() } as const)
    : ({ state: "open", date: round.closesAt.toISOString() } as const);
}

export async function schemeCards(locale: string, now = new Date()) {
  const schemes = await publicSchemes(now);
  return schemes.map((scheme) => ({
    slug: scheme.slug,
    title: translated(scheme.title, locale),
    funder: scheme.funder.name,
    timeZone: scheme.timeZone,
    rounds: scheme.rounds.map((round) => ({
      id: round.id,
      name: translated(round.name, locale),
      ...roundState(round, now),
    })),
  }));
}

export async function schemeDetails(slug: string, locale: string, now = new Date()) {
  const scheme = await publicScheme(slug, now);
  if (!scheme) return null;
  return {
    slug: scheme.slug,
    title: translated(scheme.title, locale),
    description: optionalText(scheme.description, locale),
    moneyUse: optionalText(scheme.moneyUse, locale),
    helpText: optionalText(scheme.helpText, locale),
    funder: scheme.funder.name,
    currency: scheme.currency,
    timeZone: scheme.timeZone,
    rounds: scheme.rounds.map((round) => ({
      id: round.id,
      name: translated(round.name, locale),
      ...roundState(round, now),
      opensAt: round.opensAt.toISOString(),
      closesAt: round.closesAt.toISOString(),
      decisionAt: round.decisionAt?.toISOString() ?? null,
      budgetMinor: round.budgetMinor,
      floors: round.pots
        .map((pot) => floorSentence(pot.floorBasisPoints, potFloorRule(pot)))
        .filter((floor) => floor !== null),
      pots: round.pots.map((pot) => ({
        id: pot.id,
        name: translated(pot.name, locale),
        description: optionalText(pot.description, locale),
        moneyMinor: potBudget(pot, round.budgetMinor),
        grants: grantRange(pot.minGrantMinor, pot.maxGrantMinor),
        whoCanApply: whoCanApply(potRules(pot)),
      })),
    })),
  };
}

/**
 * The round the checker answers for: the one open now, else the next to open. Null for an
 * unknown or unpublished scheme, or one with no round left.
 */
export async function checkerRound(slug: string, locale: string, now = new Date()) {
  const scheme = await publicScheme(slug, now);
  if (!scheme) return null;
  const round =
    scheme.rounds.find((candidate) => roundPhase(candidate, now) === "open") ?? scheme.rounds[0];
  if (!round) return null;
  return {
    slug: scheme.slug,
    title: translated(scheme.title, locale),
    helpText: optionalText(scheme.helpText, locale),
    currency: scheme.currency,
    timeZone: scheme.timeZone,
    round: { id: round.id, name: translated(round.name, locale), ...roundState(round, now) },
    pots: round.pots.map((pot) => ({
      id: pot.id,
      name: translated(pot.name, locale),
      rules: potRules(pot),
    })),
  };
}
