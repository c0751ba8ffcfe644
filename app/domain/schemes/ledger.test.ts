import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  applyOperation,
  floorReport,
  potLedger,
  roundLedger,
  type GrantRecord,
  type LedgerOperation,
  type PotMoney,
} from "./ledger";

const pots: PotMoney[] = [
  {
    id: "women",
    amountMinor: null,
    shareBasisPoints: 6000,
    minGrantMinor: 50_000,
    maxGrantMinor: 500_000,
    floorBasisPoints: 6000,
  },
  {
    id: "community",
    amountMinor: 3_000_000,
    shareBasisPoints: null,
    minGrantMinor: 100_000,
    maxGrantMinor: 1_000_000,
    floorBasisPoints: null,
  },
];

const roundBudget = fc.integer({ min: 0, max: 20_000_000 });

const recordArbitrary = (index: number) =>
  fc
    .record({
      potId: fc.constantFrom("women", "community"),
      requestedMinor: fc.integer({ min: 0, max: 2_000_000 }),
      meetsFloorRule: fc.boolean(),
      status: fc.constantFrom("SUBMITTED", "IN_REVIEW", "DRAFT", "WITHDRAWN"),
    })
    .map((r): GrantRecord => ({
      ...r,
      applicationId: `app-${index}`,
      recommendedMinor: null,
      awardedMinor: null,
      paidMinor: 0,
      status: r.status as GrantRecord["status"],
    }));

const recordsArbitrary = fc
  .integer({ min: 1, max: 12 })
  .chain((count) => fc.tuple(...Array.from({ length: count }, (_, i) => recordArbitrary(i))));

const operationArbitrary = (count: number): fc.Arbitrary<LedgerOperation> => {
  const applicationId = fc.integer({ min: 0, max: count - 1 }).map((i) => `app-${i}`);
  const amount = fc.oneof(
    fc.integer({ min: 0, max: 1_200_000 }),
    fc.constantFrom(50_000, 100_000, 500_000, 1_000_000),
  );
  return fc.oneof(
    fc.record({ kind: fc.constant("recommend" as const), applicationId, amountMinor: amount }),
    fc.record({ kind: fc.constant("award" as const), applicationId, amountMinor: amount }),
    fc.record({ kind: fc.constant("revoke" as const), applicationId }),
    fc.record({
      kind: fc.constant("pay" as const),
      applicationId,
      amountMinor: fc.integer({ min: -10, max: 600_000 }),
    }),
  );
};

const scenario = fc
  .tuple(roundBudget, recordsArbitrary)
  .chain(([budget, records]) =>
    fc.tuple(
      fc.constant(budget),
      fc.constant(records),
      fc.array(operationArbitrary(records.length), { maxLength: 60 }),
    ),
  );

/** Runs operations the way the services do: ask, and keep only what was allowed. */
function replay(
  budget: number,
  initial: GrantRecord[],
  operations: LedgerOperation[],
  onStep?: (records: GrantRecord[]) => void,
) {
  let records = initial;
  let awardedByPot = new Map(pots.map((pot) => [pot.id, 0]));
  let paidTotal = 0;
  for (const operation of operations) {
    const record = records.find((r) => r.applicationId === operation.applicationId)!;
    const pot = pots.find((p) => p.id === record.potId)!;
    const result = applyOperation(operation, pot, budget, records);
    if (!result.ok) continue;
    // Counters kept incrementally, to compare with the ledger's recomputation.
    awardedByPot = new Map(awardedByPot).set(
      pot.id,
      awardedByPot.get(pot.id)! - (record.awardedMinor ?? 0) + (result.record.awardedMinor ?? 0),
    );
    paidTotal += result.record.paidMinor - record.paidMinor;
    records = records.map((r) => (r.applicationId === record.applicationId ? result.record : r));
    onStep?.(records);
  }
  return { records, awardedByPot, paidTotal };
}

describe("pot ledger", () => {
  it("never lets awarded money exceed a pot, whatever the sequence of operations", () => {
    fc.assert(
      fc.property(scenario, ([budget, records, operations]) => {
        replay(budget, records, operations, (current) => {
          for (const pot of pots) {
            const ledger = potLedger(pot, budget, current);
            expect(ledger.awardedMinor).toBeLessThanOrEqual(ledger.budgetMinor);
            expect(ledger.remainingMinor).toBeGreaterThanOrEqual(0);
            expect(ledger.paidMinor).toBeLessThanOrEqual(ledger.awardedMinor);
          }
        });
      }),
      { numRuns: 300 },
    );
  });

  it("equals a recomputation from the records", () => {
    fc.assert(
      fc.property(scenario, ([budget, records, operations]) => {
        const outcome = replay(budget, records, operations);
        const ledger = roundLedger(budget, pots, outcome.records);
        for (const pot of ledger.pots)
          expect(pot.awardedMinor).toBe(outcome.awardedByPot.get(pot.potId));
        expect(ledger.totals.paidMinor).toBe(outcome.paidTotal);
        expect(ledger.totals.awardedMinor).toBe(
          [...outcome.awardedByPot.values()].reduce((a, b) => a + b, 0),
        );
        const demand = outcome.records.filter(
          (r) => r.status !== "DRAFT" && r.status !== "WITHDRAWN" && r.status !== "INELIGIBLE",
        );
        expect(ledger.totals.requestedMinor).toBe(
          demand.reduce((total, r) => total + r.requestedMinor, 0),
        );
      }),
      { numRuns: 300 },
    );
  });

  it("reports the floor exactly, without rounding drift", () => {
    fc.assert(
      fc.property(scenario, ([budget, records, operations]) => {
        const { records: final } = replay(budget, records, operations);
        const report = floorReport(pots[0]!, final)!;
        const total = BigInt(final.reduce((sum, r) => sum + (r.awardedMinor ?? 0), 0));
        const qualifying = BigInt(
          final.filter((r) => r.meetsFloorRule).reduce((sum, r) => sum + (r.awardedMinor ?? 0), 0),
        );
        const floor = 6000n;
        expect(report.met).toBe(qualifying * 10_000n >= total * floor);
        expect(BigInt(report.requiredMinor)).toBe((total * floor + 9_999n) / 10_000n);
        expect(BigInt(report.achievedBasisPoints)).toBe(
          total === 0n ? 0n : (qualifying * 10_000n) / total,
        );
        expect(report.met).toBe(report.shortfallMinor === 0);
      }),
      { numRuns: 300 },
    );
  });

  it("refuses an award that would overdraw the pot and says how much is left", () => {
    const records: GrantRecord[] = [
      {
        applicationId: "a",
        potId: "community",
        status: "AWARDED",
        requestedMinor: 1_000_000,
        recommendedMinor: null,
        awardedMinor: 1_000_000,
        paidMinor: 0,
        meetsFloorRule: false,
      },
      {
        applicationId: "b",
        potId: "community",
        status: "AWARDED",
        requestedMinor: 1_000_000,
        recommendedMinor: null,
        awardedMinor: 1_000_000,
        paidMinor: 0,
        meetsFloorRule: false,
      },
      {
        applicationId: "c",
        potId: "community",
        status: "SUBMITTED",
        requestedMinor: 1_000_000,
        recommendedMinor: null,
        awardedMinor: null,
        paidMinor: 0,
        meetsFloorRule: false,
      },
    ];
    const refused = applyOperation(
      { kind: "award", applicationId: "c", amountMinor: 1_000_001 },
      pots[1]!,
      0,
      records,
    );
    expect(refused).toEqual({
      ok: false,
      refusal: { reason: "outside-grant-limits", minMinor: 100_000, maxMinor: 1_000_000 },
    });
    const full = [
      ...records.slice(0, 2),
      { ...records[2]!, applicationId: "d", status: "AWARDED" as const, awardedMinor: 900_000 },
      records[2]!,
    ];
    const overdraw = applyOperation(
      { kind: "award", applicationId: "c", amountMinor: 200_000 },
      pots[1]!,
      0,
      full,
    );
    expect(overdraw).toEqual({
      ok: false,
      refusal: { reason: "overdraws-pot", remainingMinor: 100_000 },
    });
    expect(
      applyOperation({ kind: "award", applicationId: "c", amountMinor: 100_000 }, pots[1]!, 0, full)
        .ok,
    ).toBe(true);
  });

  it("will not revoke an award that has been paid, nor pay more than was awarded", () => {
    const paid: GrantRecord = {
      applicationId: "a",
      potId: "community",
      status: "AWARDED",
      requestedMinor: 0,
      recommendedMinor: null,
      awardedMinor: 300_000,
      paidMinor: 100_000,
      meetsFloorRule: false,
    };
    expect(applyOperation({ kind: "revoke", applicationId: "a" }, pots[1]!, 0, [paid])).toEqual({
      ok: false,
      refusal: { reason: "already-paid", paidMinor: 100_000 },
    });
    expect(
      applyOperation({ kind: "pay", applicationId: "a", amountMinor: 200_001 }, pots[1]!, 0, [
        paid,
      ]),
    ).toEqual({ ok: false, refusal: { reason: "overpays", unpaidMinor: 200_000 } });
  });

  it("reads the 60% floor the way the funder says it", () => {
    const award = (id: string, amount: number, byAndFor: boolean): GrantRecord => ({
      applicationId: id,
      potId: "women",
      status: "AWARDED",
      requestedMinor: amount,
      recommendedMinor: null,
      awardedMinor: amount,
      paidMinor: 0,
      meetsFloorRule: byAndFor,
    });
    const report = floorReport(pots[0]!, [award("a", 620_000, true), award("b", 380_000, false)])!;
    expect(report).toMatchObject({
      achievedBasisPoints: 6200,
      met: true,
      requiredMinor: 600_000,
      shortfallMinor: 0,
    });
    const short = floorReport(pots[0]!, [award("a", 590_000, true), award("b", 410_000, false)])!;
    expect(short).toMatchObject({ achievedBasisPoints: 5900, met: false, shortfallMinor: 10_000 });
  });
});
