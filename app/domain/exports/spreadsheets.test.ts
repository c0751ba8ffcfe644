import { describe, expect, it } from "vitest";
import { neutralisedRow } from "~/domain/shared/csv";
import {
  checkInRows,
  checkInState,
  exportFilterSchema,
  grantRows,
  type CheckInRowInput,
} from "./spreadsheets";

const say = (key: string, values?: Record<string, unknown>) =>
  values ? `${key}${JSON.stringify(values)}` : key;
const now = new Date("2026-12-07T10:00:00Z");
const place = {
  scheme: { en: "Community Voices", uk: "Голоси громади" },
  round: { en: "2026" },
  pot: { en: "Women-led groups" },
  currency: "GBP",
  timeZone: "Europe/London",
};

function checkIn(overrides: Partial<CheckInRowInput> = {}): CheckInRowInput {
  return {
    ...place,
    reference: "RIV-26-4KQ9",
    group: "Ukrainian Women's Association",
    position: 0,
    kind: "CHECK_IN",
    dueOn: new Date("2026-09-01T12:00:00Z"),
    submittedAt: new Date("2026-08-30T15:00:00Z"),
    answerLanguage: "uk",
    storyConsent: "FUNDER_REPORTS",
    answers: {
      whatHappened: "Ми відкрили розмовний клуб",
      change: "Олена вперше виступила на зборах",
      quote: '=HYPERLINK("http://evil")',
      numbers: { women: 34, sessions: 12 },
    },
    groupAddition: null,
    themes: [{ en: "Confidence", uk: "Впевненість" }, { en: "Language" }],
    lightNumbers: [
      { id: "women", label: { en: "Women taking part", uk: "Жінки, які беруть участь" } },
      { id: "sessions", label: { en: "Sessions held" } },
    ],
    ...overrides,
  };
}

describe("the check-ins spreadsheet", () => {
  it("carries the story, themes by name and the light numbers where the group agreed", () => {
    const [, row] = checkInRows([checkIn()], say, "uk", now);
    expect(row).toContain("Олена вперше виступила на зборах");
    expect(row).toContain("Впевненість; Language");
    expect(row!.slice(-4)).toEqual(["Жінки, які беруть участь", 34, "Sessions held", 12]);
  });

  it.each([["FUNDER_ONLY"], [null]] as const)(
    "says 'not shared' instead of the words when consent is %s",
    (consent) => {
      const [, row] = checkInRows([checkIn({ storyConsent: consent })], say, "en", now);
      const text = JSON.stringify(row);
      expect(text).not.toContain("Олена");
      expect(text).not.toContain("розмовний");
      expect(text).not.toContain("HYPERLINK");
      expect(row).toContain("exports:csv.notShared");
      // Numbers and themes are not the group's words: they stay.
      expect(row).toContain(34);
    },
  );

  it("keeps a quote that looks like a formula as text once written", () => {
    const [, row] = checkInRows([checkIn({ storyConsent: "PUBLIC" })], say, "en", now);
    expect(neutralisedRow(row!)).toContain('\'=HYPERLINK("http://evil")');
  });

  it("tells sent, due and late check-ins apart", () => {
    expect(checkInState({ dueOn: now, submittedAt: now }, now)).toBe("done");
    expect(checkInState({ dueOn: new Date("2026-12-01"), submittedAt: null }, now)).toBe("late");
    expect(checkInState({ dueOn: new Date("2026-12-31"), submittedAt: null }, now)).toBe("due");
  });
});

describe("the grants spreadsheet", () => {
  it("shows amounts in the currency's units and counts check-ins sent and late", () => {
    const [header, row] = grantRows(
      [
        {
          ...place,
          reference: "RIV-26-4KQ9",
          group: "Amal Women's Circle",
          status: "ENDED_EARLY",
          awardedMinor: 90_050,
          paidMinor: 90_050,
          startsOn: new Date("2026-03-02T12:00:00Z"),
          endsOn: new Date("2027-03-02T12:00:00Z"),
          acceptedAt: null,
          checkIns: [
            { dueOn: new Date("2026-09-01"), submittedAt: new Date("2026-09-02") },
            { dueOn: new Date("2026-11-01"), submittedAt: null },
          ],
        },
      ],
      say,
      "en",
      now,
    );
    expect(header).toHaveLength(row!.length);
    expect(row).toEqual([
      "RIV-26-4KQ9",
      "Amal Women's Circle",
      "Community Voices",
      "2026",
      "Women-led groups",
      "exports:csv.grantStatus.ENDED_EARLY",
      "GBP",
      "900.50",
      "900.50",
      "2026-03-02",
      "2027-03-02",
      null,
      1,
      1,
    ]);
  });
});

describe("the download filter", () => {
  it("reads a scheme or a round, and treats anything else as no filter", () => {
    expect(exportFilterSchema.parse({ scheme: "s1", round: "" })).toEqual({
      schemeId: "s1",
      roundId: null,
    });
    expect(exportFilterSchema.parse({ round: "x".repeat(500) })).toEqual({
      schemeId: null,
      roundId: null,
    });
  });
});
