import { z } from "zod";
import {
  applyOperation,
  potLedger,
  type GrantRecord,
  type LedgerOperation,
  type PotMoney,
  type Refusal,
} from "./ledger";
import { parseMoney } from "~/domain/shared/money";

/**
 * What funder staff post to record a money decision on one application. Messages are
 * "schemes" translation keys.
 */

export const ledgerOperations = ["recommend", "award", "revoke", "pay"] as const;

export const ledgerChangeSchema = z.object({
  applicationId: z.string().min(1, "schemes:ledger.errors.operation"),
  operation: z.enum(ledgerOperations, { message: "schemes:ledger.errors.operation" }),
  amount: z.string().trim().optional(),
});

type Message = { key: string; values?: Record<string, unknown> };

/** Every operation but revoke needs an amount, typed in the scheme's currency. */
export function ledgerOperation(
  input: z.infer<typeof ledgerChangeSchema>,
  currency: string,
): { ok: true; operation: LedgerOperation } | { ok: false; error: Message } {
  const { applicationId, operation, amount } = input;
  if (operation === "revoke") return { ok: true, operation: { kind: "revoke", applicationId } };
  const amountMinor = amount ? parseMoney(amount, currency) : null;
  if (amountMinor === null)
    return {
      ok: false,
      error: { key: amount ? "schemes:errors.moneyInvalid" : "schemes:errors.amountRequired" },
    };
  return { ok: true, operation: { kind: operation, applicationId, amountMinor } };
}

/** Why the ledger refused, with the amounts that explain it in the reader's format. */
export function refusalMessage(refusal: Refusal, money: (minor: number) => string): Message {
  const key = `schemes:ledger.refusals.${refusal.reason}`;
  switch (refusal.reason) {
    case "outside-grant-limits":
      return { key, values: { min: money(refusal.minMinor), max: money(refusal.maxMinor) } };
    case "overdraws-pot":
      return { key, values: { remaining: money(refusal.remainingMinor) } };
    case "already-paid":
      return { key, values: { paid: money(refusal.paidMinor) } };
    case "overpays":
      return { key, values: { unpaid: money(refusal.unpaidMinor) } };
    default:
      return { key };
  }
}

/**
 * What a money decision will do, read before it is recorded: the amount, and the pot's money
 * left to award before and after (an award or its withdrawal), or the total paid after a
 * payment. Computed with the same rule that records it, so what is confirmed is what happens.
 */
export type LedgerConfirmation = {
  operation: LedgerOperation["kind"];
  /** The amount recommended, awarded or paid; for taking an award back, the award. */
  amountMinor: number;
  remainingBeforeMinor: number;
  remainingAfterMinor: number;
  awardedMinor: number;
  paidAfterMinor: number;
};

export function ledgerConfirmation(
  operation: LedgerOperation,
  pot: PotMoney,
  roundBudgetMinor: number,
  records: GrantRecord[],
): { ok: true; confirmation: LedgerConfirmation } | { ok: false; refusal: Refusal } {
  const result = applyOperation(operation, pot, roundBudgetMinor, records);
  if (!result.ok) return result;
  const before = records.find((record) => record.applicationId === operation.applicationId)!;
  const after = records.map((record) => (record === before ? result.record : record));
  return {
    ok: true,
    confirmation: {
      operation: operation.kind,
      amountMinor: "amountMinor" in operation ? operation.amountMinor : (before.awardedMinor ?? 0),
      remainingBeforeMinor: potLedger(pot, roundBudgetMinor, records).remainingMinor,
      remainingAfterMinor: potLedger(pot, roundBudgetMinor, after).remainingMinor,
      awardedMinor: result.record.awardedMinor ?? 0,
      paidAfterMinor: result.record.paidMinor,
    },
  };
}

/** The confirmation's sentences: translation keys with the amounts in the reader's format. */
export function confirmationMessages(
  confirmation: LedgerConfirmation,
  names: { organisation: string; pot: string },
  money: (minor: number) => string,
): Message[] {
  const key = (name: string) => `schemes:ledger.confirm.${name}`;
  const amount = money(confirmation.amountMinor);
  const potAfter = {
    key: key("potAfter"),
    values: {
      pot: names.pot,
      before: money(confirmation.remainingBeforeMinor),
      after: money(confirmation.remainingAfterMinor),
    },
  };
  switch (confirmation.operation) {
    case "recommend":
      return [
        { key: key("recommend"), values: { amount, organisation: names.organisation } },
        { key: key("recommendNoMoney") },
      ];
    case "award":
      return [
        { key: key("award"), values: { amount, organisation: names.organisation } },
        potAfter,
      ];
    case "revoke":
      return [
        { key: key("revoke"), values: { amount, organisation: names.organisation } },
        potAfter,
      ];
    case "pay":
      return [
        { key: key("pay"), values: { amount, organisation: names.organisation } },
        {
          key: key("paidAfter"),
          values: {
            paid: money(confirmation.paidAfterMinor),
            awarded: money(confirmation.awardedMinor),
          },
        },
      ];
  }
}
