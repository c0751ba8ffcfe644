import { describe, expect, it } from "vitest";
import { translated } from "./translated-text";

describe("showing a funder's translated text", () => {
  const title = { en: "Community grants", ar: "منح مجتمعية", uk: "Громадські гранти" };

  it("gives the reader her own language when the funder wrote it", () => {
    expect(translated(title, "ar")).toEqual({ text: "منح مجتمعية", locale: "ar" });
    expect(translated(title, "uk")).toEqual({ text: "Громадські гранти", locale: "uk" });
  });

  it("falls back to English, marked as English, when her language is missing", () => {
    expect(translated(title, "fa")).toEqual({ text: "Community grants", locale: "en" });
  });

  it("treats a blank translation as missing", () => {
    expect(translated({ en: "Community grants", fr: "   " }, "fr")).toEqual({
      text: "Community grants",
      locale: "en",
    });
  });

  it("falls back to whatever language there is when there is no English", () => {
    expect(translated({ uk: "Громадські гранти" }, "fr")).toEqual({
      text: "Громадські гранти",
      locale: "uk",
    });
  });

  it("skips values that are not text", () => {
    expect(translated({ ar: 42, es: "Ayudas" }, "ar")).toEqual({ text: "Ayudas", locale: "es" });
  });

  it.each([null, undefined, "plain string", 7, {}])(
    "shows nothing, in English, for %j",
    (value) => {
      expect(translated(value, "ar")).toEqual({ text: "", locale: "en" });
    },
  );
});
