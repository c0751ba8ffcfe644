import { db } from "./db.server";

/** What programme staff choose from when entering an application for a group (phone call, drop-in session). */

const normalised = (text: string) => text.normalize("NFKC").toLocaleLowerCase().trim();

/**
 * Groups whose name contains the words typed, in any letter case or script. Matched here
 * rather than in SQL because SQLite and PostgreSQL disagree on case-insensitive matching of
 * non-Latin names; the number of groups a funder works with is small.
 */
export async function findOrganisations(query: string, limit = 20) {
  const words = normalised(query).split(/\s+/u).filter(Boolean);
  if (words.length === 0) return [];
  const all = await db().organisation.findMany({ select: { id: true, name: true, legalForm: true }, orderBy: { name: "asc" } });
  return all.filter((organisation) => words.every((word) => normalised(organisation.name).includes(word))).slice(0, limit);
}

export async function organisationName(organisationId: string) {
  return db().organisation.findUnique({ where: { id: organisationId }, select: { id: true, name: true } });
}

/** Pots of this funder's rounds that are open now and have a form to fill in. */
export async function openPotsOf(funderId: string, now = new Date()) {
  return db().pot.findMany({
    where: { round: { scheme: { funderId }, opensAt: { lte: now }, closesAt: { gt: now }, formVersionId: { not: null } } },
    include: { round: { include: { scheme: true } } },
    orderBy: [{ round: { closesAt: "asc" } }, { position: "asc" }],
  });
}
