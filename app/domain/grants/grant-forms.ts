import { z } from "zod";
import { parseMoney } from "~/domain/shared/money";
import type { FieldErrors } from "~/domain/shared/validation";
import { readDay } from "./grant-terms";
import type { GrantRefusal } from "./lifecycle";
import type { PlannedTranche } from "./schedule";

/**
 * What the grant pages post, read into values the lifecycle rules take. Messages are "grants"
 * translation keys; each error belongs to the field it is about.
 */

type Message = { key: string; values?: Record<string, unknown> };
export type Read<T> = { ok: true; data: T } | { ok: false; errors: FieldErrors };

export const grantIntents = ["schedule", "pay", "vary", "end", "revoke"] as const;
export type GrantIntent = (typeof grantIntents)[number];

export const maxReasonLength = 2000;
const reason = z
  .string({ message: "grants:errors.reasonRequired" })
  .trim()
  .min(1, "grants:errors.reasonRequired")
  .max(maxReasonLength, "grants:errors.reasonTooLong");

export const acceptSchema = z.object({
  agree: z.literal("yes", { message: "grants:errors.agreeRequired" }),
});

export const reasonSchema = z.object({ reason });

function day(values: Record<string, string>, field: string, errors: FieldErrors) {
  const text = values[field] ?? "";
  const read = readDay(text);
  if (!read)
    errors[field] = { key: text ? "grants:errors.dateInvalid" : "grants:errors.dateRequired" };
  return read;
}

function money(
  values: Record<string, string>,
  field: string,
  currency: string,
  errors: FieldErrors,
) {
  const text = (values[field] ?? "").trim();
  const read = text ? parseMoney(text, currency) : null;
  if (read === null || read <= 0)
    errors[field] = { key: text ? "grants:errors.amountInvalid" : "grants:errors.amountRequired" };
  return read;
}

export function readPayment(
  values: Record<string, string>,
): Read<{ trancheId: string; paidOn: Date }> {
  const errors: FieldErrors = {};
  const paidOn = day(values, "paidOn", errors);
  const trancheId = values.trancheId ?? "";
  if (!trancheId) errors.paidOn ??= { key: "grants:errors.trancheRequired" };
  return paidOn && trancheId ? { ok: true, data: { trancheId, paidOn } } : { ok: false, errors };
}

/**
 * The schedule form: one row per unpaid tranche (amount-<id>, dueOn-<id>, remove-<id>) and an
 * optional new row (amount-new, dueOn-new), with the reason for the change.
 */
export function readSchedule(
  values: Record<string, string>,
  unpaidIds: readonly string[],
  currency: string,
): Read<{ planned: PlannedTranche[]; reason: string }> {
  const errors: FieldErrors = {};
  const planned: PlannedTranche[] = [];
  for (const id of unpaidIds) {
    if (values[`remove-${id}`] === "yes") continue;
    const amountMinor = money(values, `amount-${id}`, currency, errors);
    const dueOn = day(values, `dueOn-${id}`, errors);
    if (amountMinor !== null && dueOn) planned.push({ id, amountMinor, dueOn });
  }
  if ((values["amount-new"] ?? "").trim() || (values["dueOn-new"] ?? "").trim()) {
    const amountMinor = money(values, "amount-new", currency, errors);
    const dueOn = day(values, "dueOn-new", errors);
    if (amountMinor !== null && dueOn) planned.push({ amountMinor, dueOn });
  }
  const why = reasonSchema.safeParse({ reason: values.reason });
  if (!why.success) errors.reason = { key: why.error.issues[0]!.message };
  if (Object.keys(errors).length > 0 || !why.success) return { ok: false, errors };
  planned.sort((a, b) => a.dueOn.getTime() - b.dueOn.getTime());
  return { ok: true, data: { planned, reason: why.data.reason } };
}

export function readVariation(
  values: Record<string, string>,
  currency: string,
): Read<{ amountMinor: number | null; startsOn: Date; endsOn: Date; reason: string }> {
  const errors: FieldErrors = {};
  const amountMinor = (values.amount ?? "").trim()
    ? money(values, "amount", currency, errors)
    : null;
  const startsOn = day(values, "startsOn", errors);
  const endsOn = day(values, "endsOn", errors);
  const why = reasonSchema.safeParse({ reason: values.reason });
  if (!why.success) errors.reason = { key: why.error.issues[0]!.message };
  if (Object.keys(errors).length > 0 || !startsOn || !endsOn || !why.success)
    return { ok: false, errors };
  return { ok: true, data: { amountMinor, startsOn, endsOn, reason: why.data.reason } };
}

const scheduleRefusalKeys = {
  over: "grants:refusals.scheduleOver",
  under: "grants:refusals.scheduleUnder",
  empty: "grants:refusals.scheduleEmpty",
} as const;

/** Which field a refusal belongs to, and its message with the amounts in the reader's format. */
export function refusalError(
  intent: GrantIntent,
  refusal: GrantRefusal,
  money: (minor: number) => string,
): FieldErrors {
  const key = `grants:refusals.${refusal.reason}`;
  const message: Message =
    refusal.reason === "not-lower"
      ? { key, values: { amount: money(refusal.awardedMinor) } }
      : refusal.reason === "below-paid"
        ? { key, values: { amount: money(refusal.paidMinor) } }
        : refusal.reason === "schedule"
          ? {
              key: scheduleRefusalKeys[refusal.check.reason],
              values: "byMinor" in refusal.check ? { amount: money(refusal.check.byMinor) } : {},
            }
          : { key };
  const field =
    intent === "pay"
      ? "paidOn"
      : intent === "vary"
        ? refusal.reason === "dates-order"
          ? "endsOn"
          : "amount"
        : intent === "schedule"
          ? "schedule"
          : "reason";
  return { [field]: message };
}
