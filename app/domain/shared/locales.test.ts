import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import {
  defaultLocale,
  isLocale,
  languageNameIn,
  localeNames,
  supportedLocales,
  textDirection,
} from "./locales";

describe("languages", () => {
  it("offers English, Arabic, Ukrainian, Persian, Spanish and French, English first as the default", () => {
    expect([...supportedLocales].sort()).toEqual(["ar", "en", "es", "fa", "fr", "uk"]);
    expect(defaultLocale).toBe("en");
    expect(isLocale(defaultLocale)).toBe(true);
  });

  it("offers exactly the six languages the catalogs are written in", () => {
    expect([...supportedLocales].sort()).toEqual(["ar", "en", "es", "fa", "fr", "uk"]);
    for (const locale of ["ar", "en", "es", "fa", "fr", "uk"]) expect(isLocale(locale)).toBe(true);
  });

  it.each(["", "EN", "en-GB", "de", "ar ", null, undefined, 1, {}])(
    "does not recognise %j",
    (value) => {
      expect(isLocale(value)).toBe(false);
    },
  );

  it("writes Arabic and Persian right to left and the others left to right", () => {
    const rtl = supportedLocales.filter((locale) => textDirection(locale) === "rtl");
    expect(rtl.sort()).toEqual(["ar", "fa"]);
    for (const locale of supportedLocales.filter((l) => !rtl.includes(l)))
      expect(textDirection(locale)).toBe("ltr");
  });

  it("names every language in itself, so a reader can find her own", () => {
    expect(Object.keys(localeNames).sort()).toEqual([...supportedLocales].sort());
    expect(localeNames.ar).toBe("العربية");
    expect(localeNames.uk).toBe("Українська");
    expect(new Set(Object.values(localeNames)).size).toBe(supportedLocales.length);
  });

  it.each(supportedLocales)("has a catalogue of interface strings for %s", (locale) => {
    expect(
      existsSync(fileURLToPath(new URL(`../../locales/${locale}/common.json`, import.meta.url))),
    ).toBe(true);
  });

  it("names a language inside a sentence in the reader's language, not in English", () => {
    expect(languageNameIn("en", "ar")).toBe("الإنجليزية");
    expect(languageNameIn("en", "fa")).toBe("انگلیسی");
    expect(languageNameIn("en", "fr")).toBe("anglais");
    expect(languageNameIn("ar", "en")).toBe("Arabic");
  });
});
