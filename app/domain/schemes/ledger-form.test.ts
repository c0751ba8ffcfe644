import { describe, expect, it } from "vitest";
import type { GrantRecord, LedgerOperation } from "./ledger";
import {
  confirmationMessages,
  ledgerChangeSchema,
  ledgerConfirmation,
  ledgerOperation,
  refusalMessage,
} from "./ledger-form";

const money = (minor: number) => `€${minor / 100}`;

describe("the ledger form", () => {
  it("reads an amount in the scheme's currency", () => {
    expect(
      ledgerOperation({ applicationId: "a1", operation: "award", amount: "1,250.50" }, "EUR"),
    ).toEqual({
      ok: true,
      operation: { kind: "award", applicationId: "a1", amountMinor: 125_050 },
    });
  });

  it("revokes without an amount, ignoring one typed by mistake", () => {
    expect(
      ledgerOperation({ applicationId: "a1", operation: "revoke", amount: "x" }, "EUR"),
    ).toEqual({ ok: true, operation: { kind: "revoke", applicationId: "a1" } });
  });

  it("asks for a missing amount, and says when one cannot be read", () => {
    expect(ledgerOperation({ applicationId: "a1", operation: "pay" }, "EUR")).toEqual({
      ok: false,
      error: { key: "schemes:errors.amountRequired" },
    });
    expect(
      ledgerOperation({ applicationId: "a1", operation: "pay", amount: "lots" }, "EUR"),
    ).toEqual({ ok: false, error: { key: "schemes:errors.moneyInvalid" } });
  });

  it("trims the typed amount and refuses an unknown operation", () => {
    const form = new FormData();
    form.set("applicationId", "a1");
    form.set("operation", "recommend");
    form.set("amount", "  500 ");
    expect(ledgerChangeSchema.parse(Object.fromEntries(form))).toMatchObject({ amount: "500" });
    form.set("operation", "steal");
    expect(ledgerChangeSchema.safeParse(Object.fromEntries(form)).success).toBe(false);
  });

  it("explains a refusal with the amounts that matter", () => {
    expect(
      refusalMessage(
        { reason: "outside-grant-limits", minMinor: 50_000, maxMinor: 500_000 },
        money,
      ),
    ).toEqual({
      key: "schemes:ledger.refusals.outside-grant-limits",
      values: { min: "€500", max: "€5000" },
    });
    expect(refusalMessage({ reason: "overpays", unpaidMinor: 100 }, money)).toEqual({
      key: "schemes:ledger.refusals.overpays",
      values: { unpaid: "€1" },
    });
    expect(refusalMessage({ reason: "not-awarded" }, money)).toEqual({
      key: "schemes:ledger.refusals.not-awarded",
    });
  });
});

describe("confirming a money decision", () => {
  const pot = {
    id: "p",
    amountMinor: 1_000_000,
    shareBasisPoints: null,
    minGrantMinor: 10_000,
    maxGrantMinor: 600_000,
    floorBasisPoints: null,
  };
  const record = (id: string, change: Partial<GrantRecord> = {}): GrantRecord => ({
    applicationId: id,
    potId: "p",
    status: "SUBMITTED",
    requestedMinor: 300_000,
    recommendedMinor: null,
    awardedMinor: null,
    paidMinor: 0,
    meetsFloorRule: false,
    ...change,
  });
  const records = [record("a"), record("b", { status: "AWARDED", awardedMinor: 500_000 })];
  const confirm = (operation: LedgerOperation) =>
    ledgerConfirmation(operation, pot, 2_000_000, records);

  it("shows what is left in the pot before and after an award, or a change of one", () => {
    const award = confirm({ kind: "award", applicationId: "a", amountMinor: 300_000 });
    expect(award).toMatchObject({
      ok: true,
      confirmation: {
        amountMinor: 300_000,
        remainingBeforeMinor: 500_000,
        remainingAfterMinor: 200_000,
      },
    });
    const lower = confirm({ kind: "award", applicationId: "b", amountMinor: 400_000 });
    expect(lower).toMatchObject({
      confirmation: { remainingBeforeMinor: 500_000, remainingAfterMinor: 600_000 },
    });
  });

  it("says what taking an award back returns to the pot", () => {
    const result = confirm({ kind: "revoke", applicationId: "b" });
    expect(
      result.ok &&
        confirmationMessages(result.confirmation, { organisation: "Amal", pot: "Open" }, money),
    ).toEqual([
      { key: "schemes:ledger.confirm.revoke", values: { amount: "€5000", organisation: "Amal" } },
      {
        key: "schemes:ledger.confirm.potAfter",
        values: { pot: "Open", before: "€5000", after: "€10000" },
      },
    ]);
  });

  it("refuses what the ledger would refuse, so nothing impossible is ever confirmed", () => {
    expect(confirm({ kind: "award", applicationId: "a", amountMinor: 600_000 })).toEqual({
      ok: false,
      refusal: { reason: "overdraws-pot", remainingMinor: 500_000 },
    });
  });
});
