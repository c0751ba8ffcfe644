import type { Screening } from "~/domain/eligibility/screening";
import { config } from "~/services/platform/env.server";
import type { Tx } from "~/services/platform/db.server";
import { enqueueEmail } from "~/services/platform/outbox.server";
import { applicantOf } from "~/services/panels/decisions.server";
import { nextStepsFor } from "./next-steps.server";
import type { ScreenedApplication } from "./screen.server";

export async function queueIneligibleEmail(
  tx: Tx,
  application: ScreenedApplication,
  screening: Extract<Screening, { decision: "ineligible" }>,
  screenedAt: Date,
) {
  // The same person hears of the screening and, later, of the decision.
  const { user: recipient, locale } = await applicantOf(tx, application);
  if (!recipient) return;
  const next = await nextStepsFor(application, screenedAt, tx);
  const appUrl = config().appUrl;
  await enqueueEmail(tx, {
    to: recipient.email,
    locale,
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
