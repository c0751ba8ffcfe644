import {
  applyOperation,
  roundLedger,
  type ApplicationStatus,
  type GrantRecord,
  type LedgerOperation,
  type Refusal,
} from "~/domain/schemes/ledger";
import { audit } from "~/services/platform/audit.server";
import { db, type Tx } from "~/services/platform/db.server";
import { evaluateRule } from "~/domain/eligibility/eligibility";
import { ledgerConfirmation } from "~/domain/schemes/ledger-form";
import { organisationProfile, potFloorRule } from "./schemes.server";

async function grantRecords(tx: Tx, roundId: string): Promise<GrantRecord[]> {
  const applications = await tx.application.findMany({
    where: { pot: { roundId } },
    include: { payments: { select: { amountMinor: true } } },
  });
  return applications.map((application) => ({
    applicationId: application.id,
    potId: application.potId,
    status: application.status,
    requestedMinor: application.requestedMinor,
    recommendedMinor: application.recommendedMinor,
    awardedMinor: application.awardedMinor,
    paidMinor: application.payments.reduce((total, payment) => total + payment.amountMinor, 0),
    meetsFloorRule: application.meetsFloorRule,
  }));
}

function potMoney(pot: {
  id: string;
  amountMinor: number | null;
  shareBasisPoints: number | null;
  minGrantMinor: number;
  maxGrantMinor: number;
  floorBasisPoints: number | null;
}) {
  return {
    id: pot.id,
    amountMinor: pot.amountMinor,
    shareBasisPoints: pot.shareBasisPoints,
    minGrantMinor: pot.minGrantMinor,
    maxGrantMinor: pot.maxGrantMinor,
    floorBasisPoints: pot.floorBasisPoints,
  };
}

/** The ledger of a round and each of its pots, computed from the records every time. */
export async function loadRoundLedger(roundId: string) {
  const round = await db().round.findUnique({
    where: { id: roundId },
    include: { pots: { orderBy: { position: "asc" } } },
  });
  if (!round) return null;
  const records = await grantRecords(db() as unknown as Tx, roundId);
  return { round, ledger: roundLedger(round.budgetMinor, round.pots.map(potMoney), records) };
}

type RoundForLedger = { id: string; budgetMinor: number; pots: Parameters<typeof potMoney>[0][] };

/**
 * The ledgers of several rounds at once (the funder dashboard), and how many applications each
 * round has in each status. The ledger's figures are sums, so applications are summed by the
 * database per pot, status and floor rule, and each sum goes through the same ledger rules as a
 * single application would: the figures match the round's own ledger page without reading
 * every application.
 */
export async function loadRoundLedgers(rounds: RoundForLedger[]) {
  const potIds = rounds.flatMap((round) => round.pots.map((pot) => pot.id));
  const [sums, paid] = await Promise.all([
    db().application.groupBy({
      by: ["potId", "status", "meetsFloorRule"],
      where: { potId: { in: potIds } },
      _sum: { requestedMinor: true, recommendedMinor: true, awardedMinor: true },
      _count: { _all: true },
    }),
    // Payments only ever add to "paid", so one total per pot is all the ledger needs of them.
    Promise.all(
      potIds.map((potId) =>
        db().payment.aggregate({ where: { application: { potId } }, _sum: { amountMinor: true } }),
      ),
    ),
  ]);
  const records: GrantRecord[] = sums.map((sum) => ({
    applicationId: `${sum.potId}:${sum.status}:${sum.meetsFloorRule}`,
    potId: sum.potId,
    status: sum.status,
    requestedMinor: sum._sum.requestedMinor ?? 0,
    recommendedMinor: sum._sum.recommendedMinor,
    awardedMinor: sum._sum.awardedMinor,
    paidMinor: 0,
    meetsFloorRule: sum.meetsFloorRule,
  }));
  potIds.forEach((potId, index) => {
    const paidMinor = paid[index]?._sum.amountMinor ?? 0;
    if (paidMinor > 0) {
      records.push({
        applicationId: `${potId}:paid`,
        potId,
        status: "AWARDED",
        requestedMinor: 0,
        recommendedMinor: null,
        awardedMinor: null,
        paidMinor,
        meetsFloorRule: false,
      });
    }
  });
  return new Map(
    rounds.map((round) => {
      const own = new Set(round.pots.map((pot) => pot.id));
      const roundRecords = records.filter((record) => own.has(record.potId));
      const byStatus: Partial<Record<ApplicationStatus, number>> = {};
      for (const sum of sums.filter((s) => own.has(s.potId)))
        byStatus[sum.status] = (byStatus[sum.status] ?? 0) + sum._count._all;
      return [
        round.id,
        {
          ledger: roundLedger(round.budgetMinor, round.pots.map(potMoney), roundRecords),
          applicationsByStatus: byStatus,
        },
      ];
    }),
  );
}

/**
 * What a money operation would do, without recording it: the step before "Yes, record this".
 * Recording checks again in its own transaction, so a change made in between is still refused.
 */
export async function previewLedgerChange(operation: LedgerOperation) {
  const application = await db().application.findUniqueOrThrow({
    where: { id: operation.applicationId },
    include: { pot: { include: { round: true } }, organisation: { select: { name: true } } },
  });
  const records = await grantRecords(db() as unknown as Tx, application.pot.roundId);
  return {
    ...ledgerConfirmation(
      operation,
      potMoney(application.pot),
      application.pot.round.budgetMinor,
      records,
    ),
    organisation: application.organisation.name,
    potId: application.potId,
  };
}

export class LedgerConflict extends Error {}

export type LedgerChange = { ok: true } | { ok: false; refusal: Refusal };

/**
 * Applies a money operation to an application, checked by the pure ledger rules. The pot's
 * ledgerVersion is bumped only if nobody changed the pot's money since we read it; otherwise
 * the transaction is retried, so two awards made at the same moment cannot both spend the
 * last of a pot.
 */
export async function changeLedger(
  actorId: string,
  operation: LedgerOperation,
  funderId: string,
): Promise<LedgerChange> {
  for (let attempt = 0; attempt < 5; attempt++) {
    try {
      return await db().$transaction(async (tx) => {
        const application = await tx.application.findUniqueOrThrow({
          where: { id: operation.applicationId },
          include: { pot: { include: { round: { include: { pots: true } } } }, organisation: true },
        });
        const pot = application.pot;
        const records = await grantRecords(tx, pot.roundId);
        const result = applyOperation(operation, potMoney(pot), pot.round.budgetMinor, records);
        if (!result.ok) return result;

        const claimed = await tx.pot.updateMany({
          where: { id: pot.id, ledgerVersion: pot.ledgerVersion },
          data: { ledgerVersion: { increment: 1 } },
        });
        if (claimed.count !== 1) throw new LedgerConflict();

        // Whether a grant counts towards a floor is judged on the profile at decision time.
        const floorRules = pot.round.pots.map(potFloorRule).filter((rule) => rule !== null);
        const meetsFloorRule = floorRules.some(
          (rule) =>
            evaluateRule(rule, organisationProfile(application.organisation)).result === "pass",
        );
        if (operation.kind === "pay") {
          await tx.payment.create({
            data: {
              applicationId: application.id,
              amountMinor: operation.amountMinor,
              paidAt: new Date(),
              recordedById: actorId,
            },
          });
        } else {
          await tx.application.update({
            where: { id: application.id },
            data: {
              status: result.record.status,
              recommendedMinor: result.record.recommendedMinor,
              awardedMinor: result.record.awardedMinor,
              meetsFloorRule,
            },
          });
        }
        await audit(tx, {
          actorId,
          action: `schemes.ledger-${operation.kind}`,
          entity: { type: "Application", id: application.id },
          funderId,
          detail: {
            potId: pot.id,
            ...("amountMinor" in operation ? { amountMinor: operation.amountMinor } : {}),
          },
        });
        return { ok: true } as const;
      });
    } catch (error) {
      if (!(error instanceof LedgerConflict)) throw error;
    }
  }
  throw new Error(
    "The pot's money was changed by someone else several times in a row; please try again.",
  );
}
