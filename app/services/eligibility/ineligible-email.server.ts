import type { Screening } from "~/domain/eligibility/screening";
import { config } from "~/services/platform/env.server";
import type { Tx } from "~/services/platform/db.server";
import { enqueueEmail } from "~/services/platform/outbox.server";
import { nextStepsFor } from "./next-steps.server";
import type { ScreenedApplication } from "./screen.server";

/**
 * Who hears about a screening: the member of the group who sent the application, in her
 * language; when staff sent it for the group, the group's owner.
 */
async function recipientOf(tx: Tx, application: ScreenedApplication) {
  const members = await tx.organisationMember.findMany({
    where: { organisationId: application.organisationId },
    include: { user: { select: { id: true, email: true, locale: true } } },
    orderBy: { createdAt: "asc" },
  });
  const sender = members.find((member) => member.userId === application.submittedById);
  const owner = members.find((member) => member.role === "OWNER");
  return (sender ?? owner)?.user ?? null;
}

export async function queueIneligibleEmail(
  tx: Tx,
  application: ScreenedApplication,
  screening: Extract<Screening, { decision: "ineligible" }>,
  screenedAt: Date,
) {
  const recipient = await recipientOf(tx, application);
  if (!recipient) return;
  const next = await nextStepsFor(application, screenedAt, tx);
  const appUrl = config().appUrl;
  await enqueueEmail(tx, {
    to: recipient.email,
    locale: recipient.locale,
    template: "application-ineligible",
    payload: {
      applicationId: application.id,
      reference: application.reference,
      organisation: application.organisation.name,
      scheme: application.pot.round.scheme.title as Record<string, string>,
      pot: application.pot.name as Record<string, string>,
      reason: screening.reason,
      note: screening.note,
      otherPots: next.pots.map((pot) => ({
        scheme: pot.scheme,
        pot: pot.pot,
        link: `${appUrl}/schemes/${pot.schemeSlug}`,
      })),
      help: next.help,
      link: `${appUrl}/applications/${application.id}`,
    },
    // One email per screening: a later screening of the same application is a new cause.
    dedupeKey: `application-ineligible:${application.id}:${screenedAt.toISOString()}`,
  });
}
