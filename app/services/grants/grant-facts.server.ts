import type { GrantFacts, GrantStatus } from "~/domain/grants/lifecycle";
import type { Tx } from "~/services/platform/db.server";

/** A grant as the lifecycle rules read it, with what its emails and audit rows name. */
export async function loadGrantForChange(tx: Tx, grantId: string) {
  const grant = await tx.grant.findUnique({
    where: { id: grantId },
    include: {
      tranches: { orderBy: { position: "asc" } },
      application: {
        select: {
          id: true,
          reference: true,
          awardedMinor: true,
          organisationId: true,
          submittedById: true,
          answerLanguage: true,
          organisation: { select: { name: true } },
          pot: {
            select: {
              name: true,
              round: { select: { scheme: { select: { title: true, currency: true } } } },
            },
          },
        },
      },
    },
  });
  if (!grant) return null;
  const facts: GrantFacts = {
    applicationId: grant.applicationId,
    status: grant.status as GrantStatus,
    awardedMinor: grant.application.awardedMinor ?? 0,
    startsOn: grant.startsOn,
    endsOn: grant.endsOn,
    tranches: grant.tranches.map((tranche) => ({
      id: tranche.id,
      position: tranche.position,
      amountMinor: tranche.amountMinor,
      dueOn: tranche.dueOn,
      paid: tranche.paymentId !== null,
      cancelled: tranche.cancelledAt !== null,
    })),
  };
  return { ...grant, facts };
}

export type GrantForChange = NonNullable<Awaited<ReturnType<typeof loadGrantForChange>>>;
