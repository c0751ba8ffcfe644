import { roundPhaseWhere } from "~/domain/schemes/round-phase";
import { db, type Db, type Tx } from "~/services/platform/db.server";
import { sentApplication } from "~/services/organisations/organisations.server";

/** What programme staff choose from when entering an application for a group (phone call, drop-in session). */

const normalised = (text: string) => text.normalize("NFKC").toLocaleLowerCase().trim();

/**
 * The groups staff may work for: those that have sent this funder an application before (the
 * policy's rule for starting one on a group's behalf). Every other group stays invisible here.
 */
const groupsOf = (funderId: string) => ({
  applications: { some: { ...sentApplication, pot: { round: { scheme: { funderId } } } } },
});

/**
 * Groups of this funder whose name contains the words typed, in any letter case or script.
 * Matched here rather than in SQL because SQLite and PostgreSQL disagree on case-insensitive
 * matching of non-Latin names; the number of groups a funder works with is small.
 */
export async function findOrganisations(funderId: string, query: string, limit = 20) {
  const words = normalised(query).split(/\s+/u).filter(Boolean);
  if (words.length === 0) return [];
  const known = await db().organisation.findMany({
    where: groupsOf(funderId),
    select: { id: true, name: true, legalForm: true },
    orderBy: { name: "asc" },
  });
  return known
    .filter((organisation) => words.every((word) => normalised(organisation.name).includes(word)))
    .slice(0, limit);
}

export async function organisationName(funderId: string, organisationId: string) {
  return db().organisation.findFirst({
    where: { id: organisationId, ...groupsOf(funderId) },
    select: { id: true, name: true },
  });
}

/** Pots of this funder's rounds that are open now and have a form to fill in. */
export async function openPotsOf(funderId: string, now = new Date(), client: Db | Tx = db()) {
  return client.pot.findMany({
    where: {
      round: {
        scheme: { funderId },
        ...roundPhaseWhere("open", now),
        formVersionId: { not: null },
      },
    },
    include: { round: { include: { scheme: true } } },
    orderBy: [{ round: { closesAt: "asc" } }, { position: "asc" }],
  });
}
