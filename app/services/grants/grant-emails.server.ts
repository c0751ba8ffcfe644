import { config } from "~/services/platform/env.server";
import type { Tx } from "~/services/platform/db.server";
import { enqueueEmail } from "~/services/platform/outbox.server";
import { applicantOf } from "~/services/panels/decisions.server";
import type { GrantEmailEvent } from "../../../emails/grant-changed";
import type { GrantForChange } from "./grant-facts.server";

/**
 * Tells the group what changed on its grant, in its language, through the outbox. The grant's
 * revision after the change names the cause, so one change sends one email.
 */
export async function queueGrantEmail(
  tx: Tx,
  grant: GrantForChange,
  revision: number,
  event: GrantEmailEvent,
  detail: { reason?: string | null; amountMinor?: number; awardedMinor?: number },
) {
  const applicant = await applicantOf(tx, grant.application);
  if (!applicant.user) return;
  await enqueueEmail(tx, {
    to: applicant.user.email,
    locale: applicant.locale,
    template: "grant-changed",
    payload: {
      event,
      organisation: grant.application.organisation.name,
      reference: grant.application.reference,
      scheme: grant.application.pot.round.scheme.title as Record<string, string>,
      currency: grant.application.pot.round.scheme.currency,
      reason: detail.reason ?? null,
      amountMinor: detail.amountMinor ?? null,
      awardedMinor: detail.awardedMinor ?? null,
      link: `${config().appUrl}/grants/${grant.id}`,
    },
    dedupeKey: `grant-${event}:${grant.id}:${revision}`,
  });
}
