import { applicationResource, can, type Actor } from "~/domain/access/permissions";
import { db } from "~/services/platform/db.server";

/** Applications that reached the funder (anything but drafts), for recording money decisions. */
export async function submittedApplications(roundId: string) {
  const applications = await db().application.findMany({
    where: { pot: { roundId }, status: { not: "DRAFT" } },
    include: {
      organisation: { select: { name: true } },
      payments: { select: { amountMinor: true } },
    },
    orderBy: [{ submittedAt: "asc" }, { createdAt: "asc" }],
  });
  return applications.map((application) => ({
    id: application.id,
    reference: application.reference,
    potId: application.potId,
    organisation: application.organisation.name,
    status: application.status,
    requestedMinor: application.requestedMinor,
    recommendedMinor: application.recommendedMinor,
    awardedMinor: application.awardedMinor,
    paidMinor: application.payments.reduce((total, payment) => total + payment.amountMinor, 0),
  }));
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
