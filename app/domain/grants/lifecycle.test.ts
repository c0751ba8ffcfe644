import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { changePreview } from "./change-preview";
import { grantTerms, readDay } from "./grant-terms";
import {
  completionOf,
  endedWhere,
  endingOf,
  hasEnded,
  paymentOf,
  scheduleChange,
  variationOf,
  acceptanceOf,
  type CheckInFact,
  type GrantFacts,
} from "./lifecycle";
import { checkSchedule, shrinkUnpaid, type Tranche } from "./schedule";
import { applyOperation, type GrantRecord, type PotMoney } from "~/domain/schemes/ledger";

const day = (text: string) => readDay(text)!;
const tranche = (id: string, amountMinor: number, paid = false, cancelled = false): Tranche => ({
  id,
  position: Number(id.slice(1)),
  amountMinor,
  dueOn: day("2027-01-15"),
  paid,
  cancelled,
});
const grant = (overrides: Partial<GrantFacts> = {}): GrantFacts => ({
  applicationId: "a1",
  status: "ACTIVE",
  awardedMinor: 100_000,
  startsOn: day("2027-01-01"),
  endsOn: day("2028-01-01"),
  tranches: [tranche("t0", 40_000, true), tranche("t1", 60_000)],
  checkIns: [],
  ...overrides,
});
const now = new Date("2027-03-01T09:00:00Z");

describe("a grant's first terms", () => {
  it("runs twelve months from the decision's day, one tranche of the whole award two weeks on", () => {
    const terms = grantTerms(new Date("2027-02-10T23:30:00Z"), 250_000);
    expect(terms.startsOn.toISOString()).toBe("2027-02-10T12:00:00.000Z");
    expect(terms.endsOn.toISOString()).toBe("2028-02-10T12:00:00.000Z");
    expect(terms.tranches).toEqual([
      { position: 0, amountMinor: 250_000, dueOn: new Date("2027-02-24T12:00:00.000Z") },
    ]);
  });

  it("reads only real days from a date field", () => {
    expect(readDay("2027-02-29")).toBeNull();
    expect(readDay("27/02/2027")).toBeNull();
    expect(readDay("2028-02-29")?.toISOString()).toBe("2028-02-29T12:00:00.000Z");
  });
});

describe("the payment schedule", () => {
  it("must add up to the award with what was paid, and says by how much it does not", () => {
    const tranches = grant().tranches;
    expect(checkSchedule(100_000, tranches, [{ amountMinor: 60_000, dueOn: now }])).toEqual({
      ok: true,
    });
    expect(checkSchedule(100_000, tranches, [{ amountMinor: 50_000, dueOn: now }])).toEqual({
      ok: false,
      reason: "under",
      byMinor: 10_000,
    });
    expect(checkSchedule(100_000, tranches, [{ amountMinor: 70_000, dueOn: now }])).toEqual({
      ok: false,
      reason: "over",
      byMinor: 10_000,
    });
    expect(checkSchedule(100_000, tranches, [])).toEqual({ ok: false, reason: "empty" });
  });

  it("never lets a paid or unknown tranche be rescheduled", () => {
    expect(scheduleChange(grant(), [{ id: "t0", amountMinor: 60_000, dueOn: now }])).toEqual({
      ok: false,
      refusal: { reason: "tranche-gone" },
    });
  });

  it("shrinks unpaid tranches from the last one back when the award goes down", () => {
    const tranches = [tranche("t0", 30_000, true), tranche("t1", 30_000), tranche("t2", 40_000)];
    expect([...shrinkUnpaid(tranches, 50_000)]).toEqual([
      ["t2", 0],
      ["t1", 20_000],
    ]);
  });
});

describe("paying a tranche", () => {
  it("is a ledger payment of the tranche on the day it was paid", () => {
    const paid = paymentOf(grant(), "t1", day("2027-02-28"), now);
    expect(paid).toEqual({
      ok: true,
      operation: {
        kind: "pay",
        applicationId: "a1",
        amountMinor: 60_000,
        paidAt: day("2027-02-28"),
      },
    });
  });

  it("is refused kindly twice, before the group accepted, or in the future", () => {
    expect(paymentOf(grant(), "t0", day("2027-02-28"), now)).toMatchObject({
      refusal: { reason: "tranche-paid" },
    });
    expect(paymentOf(grant({ status: "OFFERED" }), "t1", day("2027-02-28"), now)).toMatchObject({
      refusal: { reason: "not-accepted" },
    });
    expect(paymentOf(grant(), "t1", day("2027-03-02"), now)).toMatchObject({
      refusal: { reason: "paid-in-future" },
    });
    expect(paymentOf(grant({ status: "REVOKED" }), "t1", day("2027-02-28"), now)).toMatchObject({
      refusal: { reason: "closed" },
    });
  });
});

describe("a variation", () => {
  const dates = { startsOn: day("2027-01-01"), endsOn: day("2028-01-01") };
  it("lowers the award through the ledger, never below what was paid", () => {
    const varied = variationOf(grant(), { amountMinor: 80_000, ...dates });
    expect(varied.ok && varied.variation.operation).toEqual({
      kind: "award",
      applicationId: "a1",
      amountMinor: 80_000,
      lowering: true,
    });
    expect(varied.ok && [...varied.variation.tranches]).toEqual([["t1", 40_000]]);
    expect(variationOf(grant(), { amountMinor: 30_000, ...dates })).toMatchObject({
      refusal: { reason: "below-paid", paidMinor: 40_000 },
    });
    expect(variationOf(grant(), { amountMinor: 120_000, ...dates })).toMatchObject({
      refusal: { reason: "not-lower" },
    });
  });

  it("moves the dates without money, refuses an end before the start or no change", () => {
    const moved = variationOf(grant(), {
      amountMinor: null,
      startsOn: dates.startsOn,
      endsOn: day("2028-06-01"),
    });
    expect(moved.ok && moved.variation.operation).toBeNull();
    expect(
      variationOf(grant(), { amountMinor: null, startsOn: dates.endsOn, endsOn: dates.startsOn }),
    ).toMatchObject({
      refusal: { reason: "dates-order" },
    });
    expect(variationOf(grant(), { amountMinor: null, ...dates })).toMatchObject({
      refusal: { reason: "nothing-changed" },
    });
  });
});

describe("check-ins when a variation moves the dates", () => {
  const checkIn = (id: string, dueOn: string, more: Partial<CheckInFact> = {}): CheckInFact => ({
    id,
    position: 0,
    dueOn: day(dueOn),
    sent: false,
    started: false,
    ...more,
  });
  // A year from 2027-01-01 (365 days): a quarterly check-in sent, one started mid-way, the end.
  const withCheckIns = grant({
    checkIns: [
      checkIn("end", "2028-01-01", { position: 2 }),
      checkIn("quarter", "2027-04-02", { position: 0, sent: true }),
      checkIn("mid", "2027-07-02", { position: 1, started: true }),
    ],
  });
  const extended = { amountMinor: null, startsOn: day("2027-01-01"), endsOn: day("2028-07-01") };

  it("move the open ones to the same place in the new period, never a sent one", () => {
    const varied = variationOf(withCheckIns, extended);
    expect(varied.ok && varied.variation.checkIns).toEqual([
      { id: "mid", number: 2, from: day("2027-07-02"), to: day("2027-10-01"), started: true },
      { id: "end", number: 3, from: day("2028-01-01"), to: day("2028-07-01"), started: false },
    ]);
  });

  it("stay where they are when only the amount changes", () => {
    const varied = variationOf(withCheckIns, {
      amountMinor: 90_000,
      startsOn: day("2027-01-01"),
      endsOn: day("2028-01-01"),
    });
    expect(varied.ok && varied.variation.checkIns).toEqual([]);
  });

  it("are listed on the check step with their new dates, the started one named as such", () => {
    const preview = changePreview(withCheckIns, { intent: "vary", ...extended }, now, {
      money: String,
      date: (date) => date.toISOString().slice(0, 10),
    });
    expect(preview.ok && preview.messages.slice(2)).toEqual([
      {
        key: "grants:check.checkInMovesStarted",
        values: { number: 2, from: "2027-07-02", to: "2027-10-01" },
      },
      {
        key: "grants:check.checkInMoves",
        values: { number: 3, from: "2028-01-01", to: "2028-07-01" },
      },
      { key: "grants:check.checkInsSentStay" },
    ]);
  });

  it("warn when a check-in moves to a day already past", () => {
    const shortened = { amountMinor: null, startsOn: day("2027-01-01"), endsOn: day("2027-04-01") };
    const preview = changePreview(withCheckIns, { intent: "vary", ...shortened }, now, {
      money: String,
      date: (date) => date.toISOString().slice(0, 10),
    });
    const keys = preview.ok ? preview.messages.map((message) => message.key) : [];
    // Mid-way of the shorter grant is mid-February, before today (1 March).
    expect(keys).toContain("grants:check.checkInsMovedLate");
  });
});

describe("completing a grant", () => {
  const after = new Date("2028-01-02T08:00:00Z");
  const done = grant({
    tranches: [tranche("t0", 40_000, true), tranche("t1", 60_000, true)],
    checkIns: [
      { id: "c0", position: 0, dueOn: day("2027-07-02"), sent: true, started: true },
      { id: "c1", position: 1, dueOn: day("2028-01-01"), sent: true, started: true },
    ],
  });

  it("happens the day after its last day, once all is paid and every check-in is in", () => {
    expect(completionOf(done, after)).toEqual({ ok: true });
    expect(completionOf(done, new Date("2028-01-01T23:30:00Z"))).toEqual({
      ok: false,
      waiting: ["running"],
    });
  });

  it("waits for a payment, a check-in, or the group's acceptance, and says which", () => {
    expect(completionOf(grant({ ...done, tranches: grant().tranches }), after)).toEqual({
      ok: false,
      waiting: ["unpaid"],
    });
    const open = { ...done.checkIns[1]!, sent: false };
    expect(completionOf({ ...done, checkIns: [done.checkIns[0]!, open] }, after)).toEqual({
      ok: false,
      waiting: ["check-ins"],
    });
    expect(completionOf({ ...done, status: "OFFERED" }, after)).toMatchObject({
      waiting: ["not-active"],
    });
    expect(completionOf({ ...done, status: "ENDED_EARLY" }, after)).toMatchObject({
      waiting: ["not-active"],
    });
  });

  it("counts a grant whose award was lowered to what was paid as paid in full", () => {
    const lowered = grant({ awardedMinor: 40_000, tranches: [tranche("t0", 40_000, true)] });
    expect(completionOf({ ...lowered, checkIns: done.checkIns }, after)).toEqual({ ok: true });
  });

  it("draws the end where the job's query draws it", () => {
    const instant = fc.date({
      min: new Date("2026-01-01T00:00:00Z"),
      max: new Date("2030-01-01T00:00:00Z"),
      noInvalidDate: true,
    });
    fc.assert(
      fc.property(instant, instant, (endsOn, now) => {
        const where = endedWhere(now);
        expect(hasEnded({ endsOn }, now)).toBe(endsOn.getTime() < where.endsOn.lt.getTime());
      }),
    );
    const lastDay = day("2028-01-01");
    expect(hasEnded({ endsOn: lastDay }, new Date("2028-01-01T23:59:59Z"))).toBe(false);
    expect(hasEnded({ endsOn: lastDay }, new Date("2028-01-02T00:00:00Z"))).toBe(true);
  });
});

describe("ending a grant", () => {
  it("early: what was paid stays awarded, the rest is cancelled", () => {
    const ended = endingOf(grant(), "end", now);
    expect(ended.ok && ended.ending).toMatchObject({
      status: "ENDED_EARLY",
      awardedMinor: 40_000,
      operation: { kind: "award", amountMinor: 40_000, lowering: true },
      cancelTrancheIds: ["t1"],
      endsOn: day("2027-03-01"),
    });
  });

  it("revoked with nothing paid takes the award back; with something paid ends at it", () => {
    const none = endingOf(grant({ tranches: [tranche("t0", 100_000)] }), "revoke", now);
    expect(none.ok && none.ending.operation).toEqual({ kind: "revoke", applicationId: "a1" });
    const some = endingOf(grant(), "revoke", now);
    expect(some.ok && some.ending).toMatchObject({ status: "REVOKED", awardedMinor: 40_000 });
    expect(endingOf(grant({ status: "ENDED_EARLY" }), "revoke", now)).toMatchObject({
      refusal: { reason: "closed" },
    });
  });
});

describe("accepting the conditions", () => {
  it("turns an offer active, and a second acceptance changes nothing", () => {
    expect(acceptanceOf("OFFERED")).toBe("accept");
    expect(acceptanceOf("ACTIVE")).toBe("already");
    expect(acceptanceOf("REVOKED")).toBe("closed");
  });
});

describe("the ledger's lowering award", () => {
  const pot: PotMoney = {
    id: "p",
    amountMinor: 1_000_000,
    shareBasisPoints: null,
    minGrantMinor: 50_000,
    maxGrantMinor: 500_000,
    floorBasisPoints: null,
  };
  const record: GrantRecord = {
    applicationId: "a1",
    potId: "p",
    status: "AWARDED",
    requestedMinor: 100_000,
    recommendedMinor: 100_000,
    awardedMinor: 100_000,
    paidMinor: 20_000,
    meetsFloorRule: false,
  };
  it("may go below the pot's smallest grant, never above the award or below what was paid", () => {
    const lower = (amountMinor: number) =>
      applyOperation({ kind: "award", applicationId: "a1", amountMinor, lowering: true }, pot, 0, [
        record,
      ]);
    expect(lower(20_000)).toMatchObject({ ok: true, record: { awardedMinor: 20_000 } });
    expect(lower(10_000)).toMatchObject({ ok: false, refusal: { reason: "already-paid" } });
    expect(lower(200_000)).toMatchObject({ ok: true });
    expect(
      applyOperation({ kind: "award", applicationId: "a1", amountMinor: 20_000 }, pot, 0, [record]),
    ).toMatchObject({ ok: false, refusal: { reason: "outside-grant-limits" } });
  });
});
