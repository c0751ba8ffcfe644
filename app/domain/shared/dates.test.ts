import { describe, expect, it } from "vitest";
import { supportedLocales } from "./locales";
import {
  formatDate,
  formatDateTime,
  formatDaysFrom,
  formatNumber,
  formatSchemeDate,
  formatTime,
  formatTimeIn,
  placeOfTime,
} from "./dates";

const deadline = "2026-11-30T17:00:00Z";
const dublin = "Europe/Dublin";

describe("a deadline at 5pm in Dublin, in every language", () => {
  it.each([
    ["en", "30 November 2026 at 5pm, Dublin time"],
    ["ar", "30 نوفمبر 2026، الساعة 5 م بتوقيت دبلن"],
    ["fa", "۳۰ نوامبر ۲۰۲۶، ساعت ۱۷:۰۰ به وقت دوبلین"],
    ["uk", "30 листопада 2026 р. о 17:00 за часом Дубліна"],
    ["es", "30 de noviembre de 2026, a las 17:00 (hora de Dublín)"],
    ["fr", "30 novembre 2026 à 17 h (heure de Dublin)"],
  ])("%s: %s", (locale, expected) => {
    expect(formatDateTime(deadline, locale, dublin)).toBe(expected);
  });

  it("never says GMT, an offset or the US month-first order", () => {
    for (const locale of supportedLocales) {
      const text = formatDateTime(deadline, locale, dublin);
      expect(text, locale).not.toMatch(/GMT|UTC|[+−-]\d|غرينتش|Nov 30/);
    }
  });
});

describe("dates", () => {
  it("English is British: day, month, year", () => {
    expect(formatDate(deadline, "en", dublin)).toBe("30 November 2026");
  });

  it("Persian shows the Gregorian month the funder set, in Persian digits", () => {
    const date = formatDate(deadline, "fa", dublin);
    expect(date).toContain("نوامبر");
    expect(date).toBe("۳۰ نوامبر ۲۰۲۶");
    expect(formatDate("2027-03-31T12:00:00Z", "fa", "UTC")).toBe("۳۱ مارس ۲۰۲۷");
  });

  it("Arabic uses Latin digits, whatever the runtime's default", () => {
    expect(formatDate(deadline, "ar", dublin)).toBe("30 نوفمبر 2026");
  });

  it("is the day on the scheme's clocks, not in UTC", () => {
    expect(formatDate("2026-11-30T23:30:00Z", "en", "Europe/Kyiv")).toBe("1 December 2026");
    expect(formatSchemeDate("2026-11-30T23:30:00Z", "en", "Europe/Kyiv", false)).toBe(
      "1 December 2026",
    );
  });
});

describe("times", () => {
  it("English says 5pm and 9:30am, and 12pm at midday", () => {
    expect(formatTime(deadline, "en", dublin)).toBe("5pm");
    expect(formatTime("2026-11-30T09:30:00Z", "en", dublin)).toBe("9:30am");
    expect(formatTime("2026-11-30T12:00:00Z", "en", dublin)).toBe("12pm");
    expect(formatTime("2026-11-30T00:05:00Z", "en", dublin)).toBe("12:05am");
  });

  it("each language writes the time its own way", () => {
    expect(formatTime("2026-11-30T17:30:00Z", "fr", dublin)).toBe("17 h 30");
    expect(formatTime("2026-11-30T17:30:00Z", "fa", dublin)).toBe("۱۷:۳۰");
    expect(formatTime("2026-11-30T17:30:00Z", "ar", dublin)).toBe("5:30 م");
    expect(formatTime("2026-11-30T08:05:00Z", "uk", dublin)).toBe("8:05");
    expect(formatTime("2026-11-30T09:00:00Z", "fa", dublin)).toBe("۹:۰۰");
  });

  it("follows summer time: 5pm in Dublin in July is 16:00 UTC", () => {
    expect(formatTimeIn("2027-07-01T16:00:00Z", "en", dublin)).toBe("5pm, Dublin time");
  });

  it("names places it has no translation for after the city in the zone's name", () => {
    expect(placeOfTime("America/Argentina/Buenos_Aires", "en")).toBe("Buenos Aires time");
    expect(placeOfTime("Asia/Kathmandu", "ar")).toBe("بتوقيت Kathmandu");
    expect(placeOfTime("Africa/Cairo", "fr")).toBe("heure du Caire");
    expect(placeOfTime("Europe/Kyiv", "uk")).toBe("за часом Києва");
  });

  it("says UTC plainly for a zone that is no place", () => {
    expect(formatTimeIn("2027-03-17T12:00:00Z", "en", "UTC")).toBe("12pm, UTC");
    expect(formatTimeIn("2027-03-17T12:00:00Z", "fa", "UTC")).toBe("۱۲:۰۰ به وقت جهانی (UTC)");
  });

  it("leaves the place out where the reader keeps the scheme's clocks", () => {
    expect(formatDateTime(deadline, "en", dublin, { place: false })).toBe(
      "30 November 2026 at 5pm",
    );
  });
});

describe("numbers and days", () => {
  it("writes numbers in the language's digits, and a year without a separator", () => {
    expect(formatNumber(5, "fa")).toBe("۵");
    expect(formatNumber(2027, "en")).toBe("2027");
    expect(formatNumber(12500, "en")).toBe("12,500");
    expect(formatNumber(3, "ar")).toBe("3");
  });

  it("counts calendar days on the scheme's clocks", () => {
    expect(formatDaysFrom("2026-11-27T10:00:00Z", deadline, "en", dublin)).toBe("in 3 days");
    expect(formatDaysFrom("2026-11-29T23:30:00Z", "2026-11-30T00:30:00Z", "en", dublin)).toBe(
      "tomorrow",
    );
    expect(formatDaysFrom("2026-11-30T08:00:00Z", deadline, "fa", dublin)).toBe("امروز");
  });
});
