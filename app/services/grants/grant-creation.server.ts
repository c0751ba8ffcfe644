import { checkInDueDates, readCheckInPlan } from "~/domain/monitoring/check-in-plan";
import { grantTerms } from "~/domain/grants/grant-terms";
import { audit } from "~/services/platform/audit.server";
import type { Tx } from "~/services/platform/db.server";

/**
 * An award, once confirmed, becomes a grant in the same transaction (decision 0045): offered
 * under the scheme's current conditions, for twelve months from the decision, with the whole
 * amount as one tranche two weeks on and the round's check-ins. Returns the grant's id.
 */
export async function createGrantForAward(
  tx: Tx,
  input: {
    actorId: string;
    funderId: string;
    application: { id: string; organisationId: string };
    round: { schemeId: string; checkInPlan: unknown };
    awardedMinor: number;
    confirmedAt: Date;
  },
): Promise<string> {
  const existing = await tx.grant.findUnique({
    where: { applicationId: input.application.id },
    select: { id: true },
  });
  // An award made again (a waiting-list place, after a revoke) keeps the one grant it had.
  if (existing) return existing.id;
  const conditions = await tx.grantConditions.findFirst({
    where: { schemeId: input.round.schemeId },
    orderBy: { version: "desc" },
    select: { id: true },
  });
  const terms = grantTerms(input.confirmedAt, input.awardedMinor);
  const plan = readCheckInPlan(input.round.checkInPlan);
  const grant = await tx.grant.create({
    data: {
      applicationId: input.application.id,
      funderId: input.funderId,
      organisationId: input.application.organisationId,
      status: "OFFERED",
      startsOn: terms.startsOn,
      endsOn: terms.endsOn,
      conditionsId: conditions?.id ?? null,
      tranches: { create: terms.tranches },
      checkIns: {
        create: checkInDueDates(plan, terms.startsOn, terms.endsOn).map((dueOn, position) => ({
          position,
          dueOn,
        })),
      },
    },
  });
  await audit(tx, {
    actorId: input.actorId,
    action: "grants.created",
    entity: { type: "Grant", id: grant.id },
    funderId: input.funderId,
    detail: { applicationId: input.application.id, amountMinor: input.awardedMinor },
  });
  return grant.id;
}
