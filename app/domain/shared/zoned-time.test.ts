import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isTimeZone, utcToZonedInput, zonedInputToUtc } from "./zoned-time";

describe("datetime-local values in a scheme's time zone", () => {
  it("reads a summer time in Dublin as one hour ahead of UTC", () => {
    expect(zonedInputToUtc("2027-07-01T09:00", "Europe/Dublin")).toEqual({
      ok: true,
      date: new Date("2027-07-01T08:00:00Z"),
    });
  });

  it("reads a winter time in Dublin as UTC", () => {
    expect(zonedInputToUtc("2027-01-15T17:30", "Europe/Dublin")).toEqual({
      ok: true,
      date: new Date("2027-01-15T17:30:00Z"),
    });
  });

  it("reads Kyiv time two or three hours ahead of UTC", () => {
    expect(zonedInputToUtc("2027-01-15T12:00", "Europe/Kyiv")).toEqual({
      ok: true,
      date: new Date("2027-01-15T10:00:00Z"),
    });
    expect(zonedInputToUtc("2027-07-15T12:00", "Europe/Kyiv")).toEqual({
      ok: true,
      date: new Date("2027-07-15T09:00:00Z"),
    });
  });

  it("accepts seconds, which some browsers send", () => {
    expect(zonedInputToUtc("2027-07-01T09:00:00", "UTC")).toEqual({
      ok: true,
      date: new Date("2027-07-01T09:00:00Z"),
    });
  });

  it("says when a time falls in the hour the clocks skip", () => {
    expect(zonedInputToUtc("2027-03-28T01:30", "Europe/Dublin")).toEqual({
      ok: false,
      reason: "skipped",
    });
  });

  it.each([
    "",
    "tomorrow",
    "2027-02-30T10:00",
    "2027-13-01T10:00",
    "2027-01-01T24:00",
    "2027-01-01",
  ])("refuses %j", (value) => {
    expect(zonedInputToUtc(value, "Europe/Dublin")).toEqual({ ok: false, reason: "invalid" });
  });

  it("refuses a time zone that does not exist", () => {
    expect(isTimeZone("Mars/Olympus")).toBe(false);
    expect(zonedInputToUtc("2027-01-01T10:00", "Mars/Olympus")).toEqual({
      ok: false,
      reason: "invalid",
    });
  });

  it("shows a stored instant as the scheme's wall clock", () => {
    expect(utcToZonedInput(new Date("2027-07-01T08:00:00Z"), "Europe/Dublin")).toBe(
      "2027-07-01T09:00",
    );
    expect(utcToZonedInput(new Date("2027-07-01T08:00:00Z"), "America/New_York")).toBe(
      "2027-07-01T04:00",
    );
  });

  it("gives back the same instant after showing it in a form and reading it again", () => {
    const zones = [
      "UTC",
      "Europe/Dublin",
      "Europe/Kyiv",
      "Asia/Tehran",
      "America/New_York",
      "Australia/Lord_Howe",
    ];
    fc.assert(
      fc.property(
        fc.integer({ min: Date.UTC(2020, 0, 1) / 60_000, max: Date.UTC(2040, 0, 1) / 60_000 }),
        fc.constantFrom(...zones),
        (minutes, zone) => {
          const instant = new Date(minutes * 60_000);
          const reading = zonedInputToUtc(utcToZonedInput(instant, zone), zone);
          expect(reading.ok).toBe(true);
          // In the repeated hour when clocks go back, the same wall time names two instants.
          if (reading.ok)
            expect(utcToZonedInput(reading.date, zone)).toBe(utcToZonedInput(instant, zone));
        },
      ),
    );
  });
});
