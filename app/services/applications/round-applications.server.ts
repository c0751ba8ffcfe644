import { applicationResource, can, type Actor } from "~/domain/access/permissions";
import { db } from "~/services/platform/db.server";

/** Applications that reached the funder (anything but drafts), for recording money decisions. */
/** How many sent applications the ledger page lists at a time. */
export const LEDGER_PAGE_SIZE = 50;

/**
 * A round's sent applications with their money, oldest sent first, a page at a time: a decided
 * round of a large scheme has hundreds. `page` beyond the last shows the last.
 */
export async function submittedApplications(roundId: string, page = 1) {
  const where = { pot: { roundId }, status: { not: "DRAFT" as const } };
  const count = await db().application.count({ where });
  const pages = Math.max(1, Math.ceil(count / LEDGER_PAGE_SIZE));
  const shown = Math.min(Math.max(1, page), pages);
  const applications = await db().application.findMany({
    where,
    include: {
      organisation: { select: { name: true } },
      payments: { select: { amountMinor: true } },
    },
    orderBy: [{ submittedAt: "asc" }, { createdAt: "asc" }, { id: "asc" }],
    skip: (shown - 1) * LEDGER_PAGE_SIZE,
    take: LEDGER_PAGE_SIZE,
  });
  return {
    page: shown,
    pages,
    rows: applications.map((application) => ({
      id: application.id,
      reference: application.reference,
      potId: application.potId,
      organisation: application.organisation.name,
      status: application.status,
      requestedMinor: application.requestedMinor,
      recommendedMinor: application.recommendedMinor,
      awardedMinor: application.awardedMinor,
      paidMinor: application.payments.reduce((total, payment) => total + payment.amountMinor, 0),
    })),
  };
}

/** Whether the application belongs to this round, so a form cannot reach another funder's money. */
export async function applicationInRound(roundId: string, applicationId: string) {
  return (await db().application.count({ where: { id: applicationId, pot: { roundId } } })) > 0;
}

/**
 * The application with this reference, among this funder's schemes only, and only if the one
 * searching may see it: staff of one funder learn nothing about another's applications, and
 * nothing about a group's unsent draft, not even that its reference exists.
 */
export async function applicationByReference(actor: Actor, funderId: string, reference: string) {
  const application = await db().application.findFirst({
    where: { reference, pot: { round: { scheme: { funderId } } } },
    include: {
      organisation: { select: { name: true } },
      pot: { select: { name: true, round: { select: { id: true, name: true, schemeId: true } } } },
    },
  });
  if (!application || !can(actor, "view", applicationResource({ ...application, funderId })))
    return null;
  return {
    id: application.id,
    reference: application.reference,
    organisation: application.organisation.name,
    status: application.status,
    potName: application.pot.name,
    round: application.pot.round,
  };
}
