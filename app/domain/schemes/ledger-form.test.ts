import { describe, expect, it } from "vitest";
import { ledgerChangeSchema, ledgerOperation, refusalMessage } from "./ledger-form";

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
