import type { GrantFacts, GrantStatus } from "~/domain/grants/lifecycle";
import { isCheckInStarted } from "~/domain/monitoring/check-in-status";
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
  // A query of its own: with a second list in the include above, Prisma reads both at once on
  // the transaction's one connection, which the PostgreSQL driver warns it will stop allowing.
  const checkIns = await tx.checkIn.findMany({
    where: { grantId },
    select: {
      id: true,
      position: true,
      dueOn: true,
      submittedAt: true,
      answers: true,
      _count: { select: { files: true } },
    },
  });
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
    checkIns: checkIns.map((checkIn) => ({
      id: checkIn.id,
      position: checkIn.position,
      dueOn: checkIn.dueOn,
      sent: checkIn.submittedAt !== null,
      started: isCheckInStarted(checkIn.answers, checkIn._count.files),
    })),
  };
  return { ...grant, facts };
}

export type GrantForChange = NonNullable<Awaited<ReturnType<typeof loadGrantForChange>>>;
