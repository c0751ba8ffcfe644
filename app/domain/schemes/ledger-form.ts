import { z } from "zod";
import type { LedgerOperation, Refusal } from "../ledger";
import { parseMoney } from "../money";

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
