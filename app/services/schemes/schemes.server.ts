import {
  parseRules,
  eligibilityRuleSchema,
  type EligibilityRule,
  type GroupProfile,
  type LegalForm,
} from "~/domain/eligibility/eligibility";
import type { PlannedPot } from "~/domain/schemes/round-plan";
import { roundPhaseWhere } from "~/domain/schemes/round-phase";
import { db } from "~/services/platform/db.server";

/** Read models shared by the public pages, the funder pages and applying. */

export async function loadRound(roundId: string) {
  return db().round.findUnique({
    where: { id: roundId },
    include: { pots: { orderBy: { position: "asc" } }, scheme: true },
  });
}

export function potRules(pot: { eligibility: unknown }): EligibilityRule[] {
  return parseRules(pot.eligibility);
}

export function potFloorRule(pot: { floorRule: unknown }): EligibilityRule | null {
  if (pot.floorRule === null || pot.floorRule === undefined) return null;
  return eligibilityRuleSchema.parse(pot.floorRule);
}

export function toPlannedPot(pot: {
  id: string;
  amountMinor: number | null;
  shareBasisPoints: number | null;
  minGrantMinor: number;
  maxGrantMinor: number;
  eligibility: unknown;
  floorBasisPoints: number | null;
  floorRule: unknown;
}): PlannedPot {
  return {
    id: pot.id,
    amountMinor: pot.amountMinor,
    shareBasisPoints: pot.shareBasisPoints,
    minGrantMinor: pot.minGrantMinor,
    maxGrantMinor: pot.maxGrantMinor,
    eligibility: potRules(pot),
    floorBasisPoints: pot.floorBasisPoints,
    floorRule: potFloorRule(pot),
  };
}

/** What the eligibility rules see of an organisation's profile. */
export function organisationProfile(organisation: {
  legalForm: string;
  hostOrganisationId: string | null;
  hostOrganisationName: string | null;
  byAndFor: boolean;
  leadershipPercent: number | null;
  annualIncomeMinor: number | null;
  areaServed: string | null;
  yearsActive: number | null;
}): GroupProfile {
  return {
    legalForm: organisation.legalForm as LegalForm,
    hasHost: Boolean(organisation.hostOrganisationId || organisation.hostOrganisationName),
    byAndFor: organisation.byAndFor,
    leadershipPercent: organisation.leadershipPercent,
    annualIncomeMinor: organisation.annualIncomeMinor,
    areaServed: organisation.areaServed,
    yearsActive: organisation.yearsActive,
  };
}

/** A scheme the public sees: published by a funder that is not deactivated (decision 0034). */
export const publiclyListed = { published: true, funder: { deactivatedAt: null } } as const;

/** Schemes anyone may see: published, with a round that is open or still to open. */
export async function publicSchemes(now = new Date()) {
  return db().scheme.findMany({
    where: { ...publiclyListed, rounds: { some: roundPhaseWhere("notClosed", now) } },
    include: {
      funder: { select: { name: true } },
      rounds: {
        where: roundPhaseWhere("notClosed", now),
        orderBy: { opensAt: "asc" },
        include: { pots: { orderBy: { position: "asc" } } },
      },
    },
    orderBy: { createdAt: "desc" },
  });
}

export async function publicScheme(slug: string, now = new Date()) {
  return db().scheme.findFirst({
    where: { slug, ...publiclyListed },
    include: {
      funder: { select: { name: true } },
      rounds: {
        where: roundPhaseWhere("notClosed", now),
        orderBy: { opensAt: "asc" },
        include: { pots: { orderBy: { position: "asc" } } },
      },
    },
  });
}
