import { describe, expect, it } from "vitest";
import { applicationStatuses } from "~/domain/schemes/ledger";
import { isEditable, nextStatuses, transition } from "./state-machine";

const open = { now: new Date("2027-03-01T10:00:00Z"), closesAt: new Date("2027-03-15T17:00:00Z") };
const closed = { now: new Date("2027-03-15T17:00:00Z"), closesAt: open.closesAt };

describe("application state machine", () => {
  it("lets an applicant submit a draft before the closing time, not at or after it", () => {
    expect(transition("DRAFT", "SUBMITTED", "applicant", open)).toEqual({
      ok: true,
      to: "SUBMITTED",
    });
    expect(transition("DRAFT", "SUBMITTED", "applicant", closed)).toEqual({
      ok: false,
      reason: "round-closed",
    });
  });

  it("lets staff submit on an organisation's behalf, also only while the round is open", () => {
    expect(transition("DRAFT", "SUBMITTED", "staff", open).ok).toBe(true);
    expect(transition("DRAFT", "SUBMITTED", "staff", closed)).toEqual({
      ok: false,
      reason: "round-closed",
    });
  });

  it("lets an applicant withdraw a submitted application before the closing date only", () => {
    expect(transition("SUBMITTED", "WITHDRAWN", "applicant", open).ok).toBe(true);
    expect(transition("SUBMITTED", "WITHDRAWN", "applicant", closed)).toEqual({
      ok: false,
      reason: "round-closed",
    });
    expect(transition("SUBMITTED", "WITHDRAWN", "staff", closed).ok).toBe(true);
  });

  it("keeps decisions for staff", () => {
    expect(transition("SUBMITTED", "INELIGIBLE", "applicant", open)).toEqual({
      ok: false,
      reason: "wrong-person",
    });
    expect(transition("RECOMMENDED", "AWARDED", "applicant", open)).toEqual({
      ok: false,
      reason: "wrong-person",
    });
    expect(transition("RECOMMENDED", "AWARDED", "staff", closed).ok).toBe(true);
  });

  it("lets a panel's confirmed decision move an application in review to any outcome, not a sent one", () => {
    for (const to of ["AWARDED", "DECLINED", "WAITLISTED"] as const)
      expect(transition("IN_REVIEW", to, "staff", closed).ok).toBe(true);
    expect(transition("IN_REVIEW", "AWARDED", "applicant", closed).ok).toBe(false);
    expect(transition("SUBMITTED", "AWARDED", "staff", closed)).toEqual({
      ok: false,
      reason: "not-allowed",
    });
  });

  it("refuses jumps the process does not have", () => {
    expect(transition("DRAFT", "AWARDED", "staff", open)).toEqual({
      ok: false,
      reason: "not-allowed",
    });
    expect(transition("WITHDRAWN", "SUBMITTED", "applicant", open)).toEqual({
      ok: false,
      reason: "not-allowed",
    });
    expect(transition("SUBMITTED", "SUBMITTED", "applicant", open)).toEqual({
      ok: false,
      reason: "same-status",
    });
  });

  it("has an end for every path: withdrawn and declined go nowhere", () => {
    for (const status of applicationStatuses) {
      for (const mover of ["applicant", "staff", "system"] as const) {
        for (const next of nextStatuses(status, mover)) expect(applicationStatuses).toContain(next);
      }
    }
    expect(nextStatuses("WITHDRAWN", "staff")).toEqual([]);
    expect(nextStatuses("DECLINED", "staff")).toEqual([]);
  });

  it("allows editing answers only in a draft", () => {
    expect(applicationStatuses.filter(isEditable)).toEqual(["DRAFT"]);
  });
});
