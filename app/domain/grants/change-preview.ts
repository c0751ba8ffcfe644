import { dayOf } from "./grant-terms";
import type { GrantIntent } from "./grant-forms";
import {
  endingOf,
  paymentOf,
  scheduleChange,
  variationOf,
  type Ending,
  type GrantFacts,
  type GrantRefusal,
  type Variation,
} from "./lifecycle";
import { paidMinorOf, unpaidMinorOf, type PlannedTranche } from "./schedule";
import type { LedgerOperation } from "~/domain/schemes/ledger";

/**
 * Each staff change to a grant, described once: the lifecycle rule that says what it will do
 * (or why not), and the "check your answers" sentences staff read before confirming, with the
 * amounts and dates. Recording it (grant-changes.server.ts) asks the same rule, so the check
 * step and the change cannot disagree. Messages are "grants" keys.
 */

type Message = { key: string; values?: Record<string, unknown> };
type Format = { money: (minor: number) => string; date: (day: Date) => string };

/** What each change carries besides its kind. */
export type ChangeInputs = {
  pay: { trancheId: string; paidOn: Date };
  schedule: { planned: PlannedTranche[] };
  vary: { amountMinor: number | null; startsOn: Date; endsOn: Date };
  end: object;
  revoke: object;
};
export type ChangeInput = { [I in GrantIntent]: { intent: I } & ChangeInputs[I] }[GrantIntent];

/** What the rule of each change gives when it allows it. */
export type RuledChanges = {
  pay: LedgerOperation & { kind: "pay" };
  schedule: null;
  vary: Variation;
  end: Ending;
  revoke: Ending;
};

type Ruled<Value> = { ok: true; value: Value } | { ok: false; refusal: GrantRefusal };

type ChangeCheck<I extends GrantIntent> = {
  rule: (grant: GrantFacts, input: ChangeInputs[I], now: Date) => Ruled<RuledChanges[I]>;
  messages: (
    grant: GrantFacts,
    input: ChangeInputs[I],
    value: RuledChanges[I],
    now: Date,
    format: Format,
  ) => Message[];
};

const ending = <K extends "end" | "revoke">(kind: K): ChangeCheck<K> => ({
  rule: (grant, _input, now) => {
    const read = endingOf(grant, kind, now);
    return read.ok ? { ok: true, value: read.ending } : read;
  },
  messages: (grant, _input, ended, _now, { money, date }) => {
    const paid = paidMinorOf(grant.tranches);
    if (kind === "revoke" && paid === 0)
      return [
        { key: "grants:check.revokeNothingPaid", values: { amount: money(grant.awardedMinor) } },
      ];
    return [
      {
        key: kind === "end" ? "grants:check.end" : "grants:check.revokePaid",
        values: {
          paid: money(paid),
          cancelled: money(unpaidMinorOf(grant.tranches)),
          date: date(ended.endsOn),
        },
      },
    ];
  },
});

export const changeChecks: { [I in GrantIntent]: ChangeCheck<I> } = {
  pay: {
    rule: (grant, input, now) => {
      const read = paymentOf(grant, input.trancheId, input.paidOn, now);
      return read.ok ? { ok: true, value: read.operation } : read;
    },
    messages: (grant, input, operation, _now, { money, date }) => [
      {
        key: "grants:check.pay",
        values: { amount: money(operation.amountMinor), date: date(input.paidOn) },
      },
      {
        key: "grants:check.paidAfter",
        values: {
          paid: money(paidMinorOf(grant.tranches) + operation.amountMinor),
          awarded: money(grant.awardedMinor),
        },
      },
    ],
  },
  schedule: {
    rule: (grant, input) => {
      const read = scheduleChange(grant, input.planned);
      return read.ok ? { ok: true, value: null } : read;
    },
    messages: (_grant, input, _value, _now, { money, date }) => [
      { key: "grants:check.schedule", values: { count: input.planned.length } },
      ...input.planned.map((line) => ({
        key: "grants:check.scheduleLine",
        values: { amount: money(line.amountMinor), date: date(line.dueOn) },
      })),
    ],
  },
  vary: {
    rule: (grant, input) => {
      const read = variationOf(grant, input);
      return read.ok ? { ok: true, value: read.variation } : read;
    },
    messages: (grant, _input, variation, now, { money, date }) => [
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
  },
  end: ending("end"),
  revoke: ending("revoke"),
};

/** The rule of a change, on whichever kind it is. */
export function ruleOf<I extends GrantIntent>(
  intent: I,
  grant: GrantFacts,
  input: ChangeInputs[I],
  now: Date,
): Ruled<RuledChanges[I]> {
  const check: ChangeCheck<I> = changeChecks[intent];
  return check.rule(grant, input, now);
}

/** The "check your answers" step of a staff change: what it will do, or why it cannot. */
export function changePreview(
  grant: GrantFacts,
  input: ChangeInput,
  now: Date,
  format: Format,
): { ok: true; messages: Message[] } | { ok: false; refusal: GrantRefusal } {
  return checkOf(input.intent, grant, input, now, format);
}

function checkOf<I extends GrantIntent>(
  intent: I,
  grant: GrantFacts,
  input: ChangeInputs[I],
  now: Date,
  format: Format,
) {
  const check: ChangeCheck<I> = changeChecks[intent];
  const read = check.rule(grant, input, now);
  if (!read.ok) return read;
  return { ok: true as const, messages: check.messages(grant, input, read.value, now, format) };
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
