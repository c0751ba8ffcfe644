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

export async function grantRecords(tx: Tx, roundId: string): Promise<GrantRecord[]> {
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

export function potMoney(pot: {
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
/** On success, the ids of the payments recorded, in the order of the `pay` operations. */
export type LedgerChanges =
  { ok: true; paymentIds: string[] } | { ok: false; applicationId: string; refusal: Refusal };

/**
 * The one way money moves: applies money operations to applications of one round, inside the
 * caller's transaction, each checked by the pure ledger rules against the records as the
 * operations before it left them. Nothing is written unless every operation passes. Each pot
 * touched has its ledgerVersion bumped only if nobody changed its money since it was read;
 * otherwise LedgerConflict is thrown and the caller's transaction must be run again
 * (`inLedgerTransaction`), so two changes made at the same moment cannot both spend the last
 * of a pot.
 */
export async function applyLedgerOperations(
  tx: Tx,
  input: { actorId: string; funderId: string; operations: readonly LedgerOperation[] },
): Promise<LedgerChanges> {
  const { operations } = input;
  if (operations.length === 0) return { ok: true, paymentIds: [] };
  const applications = await tx.application.findMany({
    where: { id: { in: operations.map((operation) => operation.applicationId) } },
    include: { pot: { include: { round: { include: { pots: true } } } }, organisation: true },
  });
  const byId = new Map(applications.map((application) => [application.id, application]));
  const roundId = applications[0]?.pot.roundId;
  const strayed = operations.find(
    (operation) => byId.get(operation.applicationId)?.pot.roundId !== roundId,
  );
  if (strayed || roundId === undefined)
    return {
      ok: false,
      applicationId: (strayed ?? operations[0]!).applicationId,
      refusal: { reason: "unknown-application" },
    };

  let records = await grantRecords(tx, roundId);
  const outcomes = new Map<string, GrantRecord>();
  for (const operation of operations) {
    const { pot } = byId.get(operation.applicationId)!;
    const result = applyOperation(operation, potMoney(pot), pot.round.budgetMinor, records);
    if (!result.ok)
      return { ok: false, applicationId: operation.applicationId, refusal: result.refusal };
    records = records.map((record) =>
      record.applicationId === operation.applicationId ? result.record : record,
    );
    outcomes.set(operation.applicationId, result.record);
  }

  const pots = new Map(applications.map((application) => [application.potId, application.pot]));
  for (const pot of pots.values()) {
    const claimed = await tx.pot.updateMany({
      where: { id: pot.id, ledgerVersion: pot.ledgerVersion },
      data: { ledgerVersion: { increment: 1 } },
    });
    if (claimed.count !== 1) throw new LedgerConflict();
  }

  const paymentIds: string[] = [];
  for (const operation of operations) {
    const application = byId.get(operation.applicationId)!;
    const pot = application.pot;
    const record = outcomes.get(operation.applicationId)!;
    // Whether a grant counts towards a floor is judged on the profile at decision time.
    const floorRules = pot.round.pots.map(potFloorRule).filter((rule) => rule !== null);
    const meetsFloorRule = floorRules.some(
      (rule) => evaluateRule(rule, organisationProfile(application.organisation)).result === "pass",
    );
    if (operation.kind === "pay") {
      const payment = await tx.payment.create({
        data: {
          applicationId: application.id,
          amountMinor: operation.amountMinor,
          paidAt: operation.paidAt ?? new Date(),
          recordedById: input.actorId,
        },
      });
      paymentIds.push(payment.id);
    } else {
      await tx.application.update({
        where: { id: application.id },
        data: {
          status: record.status,
          recommendedMinor: record.recommendedMinor,
          awardedMinor: record.awardedMinor,
          meetsFloorRule,
        },
      });
    }
    await audit(tx, {
      actorId: input.actorId,
      action: `schemes.ledger-${operation.kind}`,
      entity: { type: "Application", id: application.id },
      funderId: input.funderId,
      detail: {
        potId: pot.id,
        ...("amountMinor" in operation ? { amountMinor: operation.amountMinor } : {}),
      },
    });
  }
  return { ok: true, paymentIds };
}

/**
 * Runs work that moves money in a transaction of its own, again from the start when a pot's
 * money changed under it (LedgerConflict), so the work always decides on fresh figures.
 */
export async function inLedgerTransaction<T>(work: (tx: Tx) => Promise<T>): Promise<T> {
  for (let attempt = 0; attempt < 5; attempt++) {
    try {
      return await db().$transaction(work);
    } catch (error) {
      if (!(error instanceof LedgerConflict)) throw error;
    }
  }
  throw new Error(
    "The pot's money was changed by someone else several times in a row; please try again.",
  );
}

/** Applies one money operation to an application (the round's ledger page). */
export async function changeLedger(
  actorId: string,
  operation: LedgerOperation,
  funderId: string,
): Promise<LedgerChange> {
  const result = await inLedgerTransaction((tx) =>
    applyLedgerOperations(tx, { actorId, funderId, operations: [operation] }),
  );
  return result.ok ? result : { ok: false, refusal: result.refusal };
}

/**
 * What several operations would leave, without recording them: the round's ledger afterwards,
 * or the first refusal. Recording checks again in its own transaction.
 */
export async function previewLedgerOperations(
  roundId: string,
  operations: readonly LedgerOperation[],
) {
  const round = await db().round.findUniqueOrThrow({
    where: { id: roundId },
    include: { pots: { orderBy: { position: "asc" } } },
  });
  let records = await grantRecords(db() as unknown as Tx, roundId);
  let refused: { applicationId: string; refusal: Refusal } | null = null;
  for (const operation of operations) {
    const potId = records.find((record) => record.applicationId === operation.applicationId)?.potId;
    const pot = round.pots.find((candidate) => candidate.id === potId);
    const result = pot
      ? applyOperation(operation, potMoney(pot), round.budgetMinor, records)
      : ({ ok: false, refusal: { reason: "unknown-application" } } as const);
    if (!result.ok) {
      refused ??= { applicationId: operation.applicationId, refusal: result.refusal };
      continue;
    }
    records = records.map((record) =>
      record.applicationId === operation.applicationId ? result.record : record,
    );
  }
  return { refused, ledger: roundLedger(round.budgetMinor, round.pots.map(potMoney), records) };
}
