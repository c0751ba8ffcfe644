import { describe, expect, it } from "vitest";
import {
  schemeFormSchema,
  schemeFormValues,
  timeZoneOptions,
  translationCounts,
} from "./scheme-form";

const valid = {
  slug: "riverside-2027",
  currency: "EUR",
  timeZone: "Europe/Dublin",
  title_en: "Riverside Together",
  title_ar: "ريفرسايد معًا",
  description_en: "Small grants",
};

describe("the scheme form", () => {
  it("reads a scheme with texts in two languages", () => {
    const parsed = schemeFormSchema.parse({
      ...valid,
      published: "on",
      moneyUse_en: "Rent and food",
    });
    expect(parsed).toEqual({
      slug: "riverside-2027",
      currency: "EUR",
      timeZone: "Europe/Dublin",
      published: true,
      retentionMonths: 24,
      title: { en: "Riverside Together", ar: "ريفرسايد معًا" },
      description: { en: "Small grants" },
      moneyUse: { en: "Rent and food" },
      helpText: null,
    });
  });

  it.each(["Riverside 2027", "-riverside", "riverside--2027", "rs", "río"])(
    "refuses the web address %j",
    (slug) => {
      const result = schemeFormSchema.safeParse({ ...valid, slug });
      expect(result.error?.issues.map((issue) => [issue.path[0], issue.message])).toContainEqual([
        "slug",
        "schemes:errors.slugInvalid",
      ]);
    },
  );

  it("accepts capitals in the web address by lowering them", () => {
    expect(schemeFormSchema.parse({ ...valid, slug: "Riverside-2027" }).slug).toBe(
      "riverside-2027",
    );
  });

  it("refuses unknown currencies and time zones", () => {
    const result = schemeFormSchema.safeParse({
      ...valid,
      currency: "XYZ",
      timeZone: "Mars/Olympus",
    });
    const messages = result.error?.issues.map((issue) => issue.message);
    expect(messages).toEqual(
      expect.arrayContaining(["schemes:errors.currencyInvalid", "schemes:errors.timeZoneInvalid"]),
    );
  });

  it("asks for the English text first when only a translation of an optional text is given", () => {
    const result = schemeFormSchema.safeParse({ ...valid, helpText_ar: "اتصلي بنا" });
    expect(result.error?.issues[0]).toMatchObject({
      path: ["helpText_en"],
      message: "schemes:errors.englishFirst",
    });
  });

  it("leaves the currency out when the form did not offer it", () => {
    const { currency: _currency, ...withoutCurrency } = valid;
    expect(schemeFormSchema.parse(withoutCurrency).currency).toBeNull();
  });

  it("fills the form from a stored scheme and reads it back unchanged", () => {
    const stored = {
      slug: "riverside-2027",
      currency: "EUR",
      timeZone: "Europe/Dublin",
      published: true,
      retentionMonths: 36,
      title: { en: "Riverside Together", uk: "Рiверсайд разом" },
      description: { en: "Small grants" },
      moneyUse: null,
      helpText: { en: "Call us" },
    };
    expect(schemeFormSchema.parse(schemeFormValues(stored))).toEqual(stored);
  });

  it.each(["5", "121", "12.5", "two years"])(
    "refuses %j months of retention",
    (retentionMonths) => {
      const result = schemeFormSchema.safeParse({ ...valid, retentionMonths });
      expect(result.error?.issues.map((issue) => [issue.path[0], issue.message])).toContainEqual([
        "retentionMonths",
        "schemes:errors.retentionInvalid",
      ]);
    },
  );

  it("keeps applications' answers 24 months after the round when the form says nothing", () => {
    expect(schemeFormSchema.parse(valid).retentionMonths).toBe(24);
    expect(schemeFormSchema.parse({ ...valid, retentionMonths: " 60 " }).retentionMonths).toBe(60);
  });

  it("counts which texts exist in each language", () => {
    const counts = translationCounts({
      title: { en: "T", ar: "ع" },
      description: { en: "D" },
      moneyUse: null,
      helpText: null,
    });
    expect(
      counts
        .find((row) => row.locale === "ar")
        ?.texts.filter((text) => text.present)
        .map((text) => text.field),
    ).toEqual(["title"]);
    expect(
      counts.find((row) => row.locale === "en")?.texts.filter((text) => text.present),
    ).toHaveLength(2);
  });

  it("offers UTC and a saved zone the runtime may not list", () => {
    const zones = timeZoneOptions("Europe/Kyiv");
    expect(zones[0]).toBe("UTC");
    expect(zones).toContain("Europe/Kyiv");
    expect(zones).toContain("Europe/Dublin");
  });
});
