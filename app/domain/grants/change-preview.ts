import { dayOf } from "./grant-terms";
import {
  endingOf,
  paymentOf,
  scheduleChange,
  variationOf,
  type GrantFacts,
  type GrantRefusal,
  type Variation,
} from "./lifecycle";
import { paidMinorOf, unpaidMinorOf, type PlannedTranche } from "./schedule";

/**
 * The "check your answers" step of each staff change: what it will do, in sentences with the
 * amounts and dates, computed by the same rules that record it. Messages are "grants" keys.
 */

type Message = { key: string; values?: Record<string, unknown> };
type Format = { money: (minor: number) => string; date: (day: Date) => string };

export type ChangeInput =
  | { intent: "pay"; trancheId: string; paidOn: Date }
  | { intent: "schedule"; planned: PlannedTranche[] }
  | { intent: "vary"; amountMinor: number | null; startsOn: Date; endsOn: Date }
  | { intent: "end" | "revoke" };

export function changePreview(
  grant: GrantFacts,
  input: ChangeInput,
  now: Date,
  format: Format,
): { ok: true; messages: Message[] } | { ok: false; refusal: GrantRefusal } {
  const { money, date } = format;
  const paid = paidMinorOf(grant.tranches);
  switch (input.intent) {
    case "pay": {
      const read = paymentOf(grant, input.trancheId, input.paidOn, now);
      if (!read.ok) return read;
      return {
        ok: true,
        messages: [
          {
            key: "grants:check.pay",
            values: { amount: money(read.operation.amountMinor), date: date(input.paidOn) },
          },
          {
            key: "grants:check.paidAfter",
            values: {
              paid: money(paid + read.operation.amountMinor),
              awarded: money(grant.awardedMinor),
            },
          },
        ],
      };
    }
    case "schedule": {
      const read = scheduleChange(grant, input.planned);
      if (!read.ok) return read;
      return {
        ok: true,
        messages: [
          { key: "grants:check.schedule", values: { count: input.planned.length } },
          ...input.planned.map((line) => ({
            key: "grants:check.scheduleLine",
            values: { amount: money(line.amountMinor), date: date(line.dueOn) },
          })),
        ],
      };
    }
    case "vary": {
      const read = variationOf(grant, input);
      if (!read.ok) return read;
      const { variation } = read;
      return {
        ok: true,
        messages: [
          variation.operation
            ? {
                key: "grants:check.varyAmount",
                values: { before: money(grant.awardedMinor), after: money(variation.awardedMinor) },
              }
            : { key: "grants:check.varySameAmount", values: { amount: money(grant.awardedMinor) } },
          {
            key: "grants:check.varyDates",
            values: { start: date(variation.startsOn), end: date(variation.endsOn) },
          },
          ...checkInMessages(grant, variation, now, date),
        ],
      };
    }
    case "end":
    case "revoke": {
      const read = endingOf(grant, input.intent, now);
      if (!read.ok) return read;
      const cancelled = money(unpaidMinorOf(grant.tranches));
      if (input.intent === "revoke" && paid === 0)
        return {
          ok: true,
          messages: [
            {
              key: "grants:check.revokeNothingPaid",
              values: { amount: money(grant.awardedMinor) },
            },
          ],
        };
      return {
        ok: true,
        messages: [
          {
            key: input.intent === "end" ? "grants:check.end" : "grants:check.revokePaid",
            values: { paid: money(paid), cancelled, date: date(read.ending.endsOn) },
          },
        ],
      };
    }
  }
}

/**
 * Which check-ins move with new dates and to which day, so staff see it before confirming: one
 * the group has started is named as such (its words stay), one moved to a day already past is
 * said to show as late, and sent ones are said to stay.
 */
function checkInMessages(
  grant: GrantFacts,
  variation: Variation,
  now: Date,
  date: Format["date"],
): Message[] {
  const today = dayOf(now).getTime();
  const moves: Message[] = variation.checkIns.map((move) => ({
    key: move.started ? "grants:check.checkInMovesStarted" : "grants:check.checkInMoves",
    values: { number: move.number, from: date(move.from), to: date(move.to) },
  }));
  const datesMoved =
    variation.startsOn.getTime() !== grant.startsOn.getTime() ||
    variation.endsOn.getTime() !== grant.endsOn.getTime();
  return [
    ...moves,
    ...(variation.checkIns.some((move) => move.to.getTime() < today)
      ? [{ key: "grants:check.checkInsMovedLate" }]
      : []),
    ...(datesMoved && grant.checkIns.some((checkIn) => checkIn.sent)
      ? [{ key: "grants:check.checkInsSentStay" }]
      : []),
  ];
}
