import { atLeastShareOf, basisPointsOf, meetsShare, shareOf } from "~/domain/shared/money";

/**
 * The pot ledger: budget, requested, recommended, awarded, paid and remaining, derived from
 * the application records and never typed in; and the operations that change those records,
 * which refuse anything that would award more than a pot holds.
 */

export const applicationStatuses = [
  "DRAFT",
  "SUBMITTED",
  "WITHDRAWN",
  "INELIGIBLE",
  "IN_REVIEW",
  "RECOMMENDED",
  "AWARDED",
  "DECLINED",
  "WAITLISTED",
] as const;
export type ApplicationStatus = (typeof applicationStatuses)[number];

/** Submitted applications count as demand unless they left the process. */
const notDemand: ReadonlySet<ApplicationStatus> = new Set(["DRAFT", "WITHDRAWN", "INELIGIBLE"]);

export type PotMoney = {
  id: string;
  amountMinor: number | null;
  shareBasisPoints: number | null;
  minGrantMinor: number;
  maxGrantMinor: number;
  floorBasisPoints: number | null;
};

export type GrantRecord = {
  applicationId: string;
  potId: string;
  status: ApplicationStatus;
  requestedMinor: number;
  recommendedMinor: number | null;
  awardedMinor: number | null;
  paidMinor: number;
  /** Whether the organisation meets the floor rule of the round (e.g. is by-and-for). */
  meetsFloorRule: boolean;
};

export function potBudget(
  pot: Pick<PotMoney, "amountMinor" | "shareBasisPoints">,
  roundBudgetMinor: number,
) {
  if (pot.amountMinor !== null) return pot.amountMinor;
  return shareOf(roundBudgetMinor, pot.shareBasisPoints ?? 0);
}

export type PotLedger = {
  potId: string;
  budgetMinor: number;
  requestedMinor: number;
  recommendedMinor: number;
  awardedMinor: number;
  paidMinor: number;
  remainingMinor: number;
};

const sum = (values: number[]) => values.reduce((total, value) => total + value, 0);

export function potLedger(
  pot: PotMoney,
  roundBudgetMinor: number,
  records: GrantRecord[],
): PotLedger {
  const own = records.filter((record) => record.potId === pot.id);
  const budgetMinor = potBudget(pot, roundBudgetMinor);
  const awardedMinor = sum(own.map((r) => r.awardedMinor ?? 0));
  return {
    potId: pot.id,
    budgetMinor,
    requestedMinor: sum(own.filter((r) => !notDemand.has(r.status)).map((r) => r.requestedMinor)),
    recommendedMinor: sum(own.map((r) => r.recommendedMinor ?? 0)),
    awardedMinor,
    paidMinor: sum(own.map((r) => r.paidMinor)),
    remainingMinor: budgetMinor - awardedMinor,
  };
}

export type FloorReport = {
  potId: string;
  floorBasisPoints: number;
  roundAwardedMinor: number;
  qualifyingAwardedMinor: number;
  /** Share that went to qualifying organisations, rounded down for display. */
  achievedBasisPoints: number;
  /** Least qualifying money the floor asks for, given what has been awarded so far. */
  requiredMinor: number;
  shortfallMinor: number;
  met: boolean;
};

/** "At least X% of the round's awarded money goes to organisations meeting the rule." */
export function floorReport(pot: PotMoney, roundRecords: GrantRecord[]): FloorReport | null {
  if (pot.floorBasisPoints === null) return null;
  const roundAwardedMinor = sum(roundRecords.map((r) => r.awardedMinor ?? 0));
  const qualifyingAwardedMinor = sum(
    roundRecords.filter((r) => r.meetsFloorRule).map((r) => r.awardedMinor ?? 0),
  );
  const requiredMinor = atLeastShareOf(roundAwardedMinor, pot.floorBasisPoints);
  return {
    potId: pot.id,
    floorBasisPoints: pot.floorBasisPoints,
    roundAwardedMinor,
    qualifyingAwardedMinor,
    achievedBasisPoints: basisPointsOf(qualifyingAwardedMinor, roundAwardedMinor),
    requiredMinor,
    shortfallMinor: Math.max(0, requiredMinor - qualifyingAwardedMinor),
    met: meetsShare(qualifyingAwardedMinor, roundAwardedMinor, pot.floorBasisPoints),
  };
}

export type RoundLedger = {
  budgetMinor: number;
  allocatedMinor: number;
  unallocatedMinor: number;
  pots: PotLedger[];
  floors: FloorReport[];
  totals: Omit<PotLedger, "potId">;
};

export function roundLedger(
  roundBudgetMinor: number,
  pots: PotMoney[],
  records: GrantRecord[],
): RoundLedger {
  const ledgers = pots.map((pot) => potLedger(pot, roundBudgetMinor, records));
  const total = (key: keyof Omit<PotLedger, "potId">) => sum(ledgers.map((l) => l[key]));
  const allocatedMinor = total("budgetMinor");
  return {
    budgetMinor: roundBudgetMinor,
    allocatedMinor,
    unallocatedMinor: roundBudgetMinor - allocatedMinor,
    pots: ledgers,
    floors: pots
      .map((pot) => floorReport(pot, records))
      .filter((r): r is FloorReport => r !== null),
    totals: {
      budgetMinor: allocatedMinor,
      requestedMinor: total("requestedMinor"),
      recommendedMinor: total("recommendedMinor"),
      awardedMinor: total("awardedMinor"),
      paidMinor: total("paidMinor"),
      remainingMinor: total("remainingMinor"),
    },
  };
}

export type LedgerOperation =
  | { kind: "recommend"; applicationId: string; amountMinor: number }
  | {
      kind: "award";
      applicationId: string;
      amountMinor: number;
      /**
       * A grant varied down or ended early: the award only shrinks, so the pot's grant limits
       * (which guard decisions) do not apply; it still never goes below what was paid.
       */
      lowering?: true;
    }
  | { kind: "revoke"; applicationId: string }
  | { kind: "pay"; applicationId: string; amountMinor: number; paidAt?: Date };

export type Refusal =
  | { reason: "unknown-application" }
  | { reason: "not-submitted" }
  | { reason: "outside-grant-limits"; minMinor: number; maxMinor: number }
  | { reason: "overdraws-pot"; remainingMinor: number }
  | { reason: "not-awarded" }
  | { reason: "already-paid"; paidMinor: number }
  | { reason: "overpays"; unpaidMinor: number }
  | { reason: "not-positive" };

export type OperationResult = { ok: true; record: GrantRecord } | { ok: false; refusal: Refusal };

const reviewable: ReadonlySet<ApplicationStatus> = new Set([
  "SUBMITTED",
  "IN_REVIEW",
  "RECOMMENDED",
  "AWARDED",
  "WAITLISTED",
  "DECLINED",
]);

/**
 * Applies one money operation to the records of a round, returning the changed record or the
 * reason it is refused. The same function guards the database (services) and the property
 * tests, so "awarded never exceeds the pot" is checked where it is enforced.
 */
export function applyOperation(
  operation: LedgerOperation,
  pot: PotMoney,
  roundBudgetMinor: number,
  records: GrantRecord[],
): OperationResult {
  const record = records.find(
    (r) => r.applicationId === operation.applicationId && r.potId === pot.id,
  );
  if (!record) return { ok: false, refusal: { reason: "unknown-application" } };

  switch (operation.kind) {
    case "recommend":
    case "award": {
      if (!reviewable.has(record.status))
        return { ok: false, refusal: { reason: "not-submitted" } };
      const amount = operation.amountMinor;
      const lowering =
        operation.kind === "award" &&
        operation.lowering === true &&
        record.status === "AWARDED" &&
        record.awardedMinor !== null &&
        Number.isSafeInteger(amount) &&
        amount >= 0 &&
        amount <= record.awardedMinor;
      if (
        !lowering &&
        (!Number.isSafeInteger(amount) || amount < pot.minGrantMinor || amount > pot.maxGrantMinor)
      ) {
        return {
          ok: false,
          refusal: {
            reason: "outside-grant-limits",
            minMinor: pot.minGrantMinor,
            maxMinor: pot.maxGrantMinor,
          },
        };
      }
      if (operation.kind === "recommend") {
        return { ok: true, record: { ...record, recommendedMinor: amount, status: "RECOMMENDED" } };
      }
      const ledger = potLedger(pot, roundBudgetMinor, records);
      const remainingWithoutThis = ledger.remainingMinor + (record.awardedMinor ?? 0);
      if (amount > remainingWithoutThis) {
        return {
          ok: false,
          refusal: { reason: "overdraws-pot", remainingMinor: remainingWithoutThis },
        };
      }
      if (amount < record.paidMinor)
        return { ok: false, refusal: { reason: "already-paid", paidMinor: record.paidMinor } };
      return { ok: true, record: { ...record, awardedMinor: amount, status: "AWARDED" } };
    }
    case "revoke": {
      if (record.awardedMinor === null) return { ok: false, refusal: { reason: "not-awarded" } };
      if (record.paidMinor > 0)
        return { ok: false, refusal: { reason: "already-paid", paidMinor: record.paidMinor } };
      return { ok: true, record: { ...record, awardedMinor: null, status: "DECLINED" } };
    }
    case "pay": {
      if (record.awardedMinor === null) return { ok: false, refusal: { reason: "not-awarded" } };
      if (!Number.isSafeInteger(operation.amountMinor) || operation.amountMinor <= 0) {
        return { ok: false, refusal: { reason: "not-positive" } };
      }
      const unpaidMinor = record.awardedMinor - record.paidMinor;
      if (operation.amountMinor > unpaidMinor)
        return { ok: false, refusal: { reason: "overpays", unpaidMinor } };
      return {
        ok: true,
        record: { ...record, paidMinor: record.paidMinor + operation.amountMinor },
      };
    }
  }
}
