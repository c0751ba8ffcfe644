import { describe, expect, it } from "vitest";
import { readConditions } from "./conditions-form";
import { readSchedule, readVariation, refusalError } from "./grant-forms";
import { checkInState, readGrantFilters } from "./grant-view";

const money = (minor: number) => `£${(minor / 100).toFixed(2)}`;

describe("the schedule form", () => {
  it("reads kept rows, skips removed ones, adds a new one, in order of due date", () => {
    const read = readSchedule(
      {
        "amount-a": "300",
        "dueOn-a": "2027-06-01",
        "remove-b": "yes",
        "amount-new": "200.50",
        "dueOn-new": "2027-03-01",
        reason: "Earlier start",
      },
      ["a", "b"],
      "GBP",
    );
    expect(read).toEqual({
      ok: true,
      data: {
        reason: "Earlier start",
        planned: [
          { amountMinor: 20_050, dueOn: new Date("2027-03-01T12:00:00Z") },
          { id: "a", amountMinor: 30_000, dueOn: new Date("2027-06-01T12:00:00Z") },
        ],
      },
    });
  });

  it("puts each problem by its field", () => {
    const read = readSchedule({ "amount-a": "lots", "dueOn-a": "2027-02-30" }, ["a"], "GBP");
    expect(read).toEqual({
      ok: false,
      errors: {
        "amount-a": { key: "grants:errors.amountInvalid" },
        "dueOn-a": { key: "grants:errors.dateInvalid" },
        reason: { key: "grants:errors.reasonRequired" },
      },
    });
  });

  it("says by how much a schedule misses the award, by the schedule", () => {
    expect(
      refusalError(
        "schedule",
        { reason: "schedule", check: { ok: false, reason: "under", byMinor: 5_000 } },
        money,
      ),
    ).toEqual({ schedule: { key: "grants:refusals.scheduleUnder", values: { amount: "£50.00" } } });
    expect(refusalError("vary", { reason: "dates-order" }, money)).toEqual({
      endsOn: { key: "grants:refusals.dates-order" },
    });
  });
});

describe("the variation form", () => {
  it("keeps the amount when left empty and needs both dates and a reason", () => {
    expect(
      readVariation({ startsOn: "2027-01-01", endsOn: "2027-12-31", reason: "Later" }, "GBP"),
    ).toMatchObject({
      ok: true,
      data: { amountMinor: null },
    });
    expect(readVariation({ amount: "0", startsOn: "", endsOn: "2027-12-31" }, "GBP")).toMatchObject(
      {
        ok: false,
        errors: {
          amount: { key: "grants:errors.amountInvalid" },
          startsOn: { key: "grants:errors.dateRequired" },
          reason: { key: "grants:errors.reasonRequired" },
        },
      },
    );
  });
});

describe("conditions", () => {
  it("need the source language; other languages are optional", () => {
    expect(readConditions({ "text-ar": "شروط" }, ["en", "ar"], "en")).toEqual({
      ok: false,
      errors: { "text-en": { key: "grants:errors.conditionsRequired" } },
    });
    expect(readConditions({ "text-en": " Rules \r\n", "text-ar": "" }, ["en", "ar"], "en")).toEqual(
      {
        ok: true,
        text: { en: "Rules" },
      },
    );
  });
});

describe("the grant pages", () => {
  it("call a check-in late only after its day has passed", () => {
    const dueOn = new Date("2027-03-01T12:00:00Z");
    expect(checkInState({ dueOn, submittedAt: null }, new Date("2027-03-01T23:00:00Z"))).toBe(
      "due",
    );
    expect(checkInState({ dueOn, submittedAt: null }, new Date("2027-03-02T01:00:00Z"))).toBe(
      "late",
    );
    expect(checkInState({ dueOn, submittedAt: dueOn }, new Date("2027-04-01T00:00:00Z"))).toBe(
      "done",
    );
  });

  it("ignore filters that are not real", () => {
    expect(readGrantFilters(new URLSearchParams("status=LOST&page=-2&scheme=s1"))).toEqual({
      scheme: "s1",
      status: undefined,
      round: undefined,
      page: undefined,
    });
  });
});
