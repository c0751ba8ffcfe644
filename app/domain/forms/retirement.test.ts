import { describe, expect, it } from "vitest";
import {
  canUnretire,
  retirementCheck,
  stillTakesApplications,
  usableForRounds,
} from "./retirement";
import type { VersionStatus } from "./version-lifecycle";

const now = new Date("2027-03-15T12:00:00Z");
const DAY = 24 * 60 * 60 * 1000;
const at = (days: number) => new Date(now.getTime() + days * DAY);
const round = (id: string, opensInDays: number, closesInDays: number) => ({
  id,
  opensAt: at(opensInDays),
  closesAt: at(closesInDays),
});

describe("retiring a form version", () => {
  it("retires a published version that no round uses", () => {
    expect(retirementCheck("PUBLISHED", [], now)).toEqual({ ok: true });
  });

  it("retires a published version whose rounds have all closed", () => {
    expect(
      retirementCheck("PUBLISHED", [round("2026", -90, -30), round("2025", -400, -300)], now),
    ).toEqual({
      ok: true,
    });
  });

  it("refuses while an open round uses it, and names that round", () => {
    const open = round("open", -1, 10);
    expect(retirementCheck("PUBLISHED", [round("closed", -90, -30), open], now)).toEqual({
      ok: false,
      reason: "in-use",
      rounds: [open],
    });
  });

  it("refuses while a round that has not opened yet uses it", () => {
    const upcoming = round("upcoming", 30, 60);
    expect(retirementCheck("PUBLISHED", [upcoming], now)).toEqual({
      ok: false,
      reason: "in-use",
      rounds: [upcoming],
    });
  });

  it("lists every round in the way, the one opening first first", () => {
    const later = round("later", 30, 60);
    const open = round("open", -1, 10);
    const check = retirementCheck("PUBLISHED", [later, open], now);
    expect(
      check.ok === false && check.reason === "in-use" && check.rounds.map((r) => r.id),
    ).toEqual(["open", "later"]);
  });

  it("counts a round as closed from the very moment it closes", () => {
    expect(stillTakesApplications({ closesAt: now }, now)).toBe(false);
    expect(stillTakesApplications({ closesAt: new Date(now.getTime() + 1) }, now)).toBe(true);
    expect(
      retirementCheck("PUBLISHED", [{ id: "just", opensAt: at(-10), closesAt: now }], now),
    ).toEqual({
      ok: true,
    });
  });

  it("retires only a published version", () => {
    for (const status of ["DRAFT", "CONSULTATION", "RETIRED"] as const) {
      expect(retirementCheck(status, [], now)).toEqual({ ok: false, reason: "not-published" });
    }
  });
});

describe("bringing a version back, and choosing one for a round", () => {
  const statuses: VersionStatus[] = ["DRAFT", "CONSULTATION", "PUBLISHED", "RETIRED"];

  it("brings back only a retired version", () => {
    expect(statuses.filter(canUnretire)).toEqual(["RETIRED"]);
  });

  it("offers only a published version to a round, never a retired one", () => {
    expect(statuses.filter(usableForRounds)).toEqual(["PUBLISHED"]);
  });
});
