import { describe, expect, it } from "vitest";
import { compareCatalog, countKeys, placeholdersOf, pluralCategoriesOf } from "./i18n-check";

const english = {
  signIn: { title: "Sign in", hint: "Wait {{minutes}} minutes" },
  devices_one: "{{count}} device",
  devices_other: "{{count}} devices",
};

const french = {
  signIn: { title: "Se connecter", hint: "Attendez {{minutes}} min" },
  devices_one: "{{count}} appareil",
  devices_many: "{{count}} d'appareils",
  devices_other: "{{count}} appareils",
};

const arabic = {
  signIn: { title: "تسجيل الدخول", hint: "يُرجى الانتظار {{minutes}} دقيقة" },
  devices_zero: "لا أجهزة",
  devices_one: "جهاز واحد",
  devices_two: "جهازان",
  devices_few: "{{count}} أجهزة",
  devices_many: "{{count}} جهازًا",
  devices_other: "{{count}} جهاز",
};

describe("compareCatalog", () => {
  it("accepts complete catalogs, including number-free zero/one/two forms", () => {
    expect(compareCatalog({ locale: "fr", english, translation: french })).toEqual([]);
    expect(compareCatalog({ locale: "ar", english, translation: arabic })).toEqual([]);
    expect(compareCatalog({ locale: "en", english, translation: english })).toEqual([]);
  });

  it("reports a missing key", () => {
    const { hint: _hint, ...signIn } = french.signIn;
    expect(compareCatalog({ locale: "fr", english, translation: { ...french, signIn } })).toEqual([
      'fr: missing key "signIn.hint"',
    ]);
  });

  it("reports a key English does not have", () => {
    const translation = { ...french, signIn: { ...french.signIn, subtitle: "Bonjour" } };
    expect(compareCatalog({ locale: "fr", english, translation })).toEqual([
      'fr: extra key "signIn.subtitle" (English has no such key)',
    ]);
  });

  it("reports placeholders that differ from English", () => {
    const translation = {
      ...french,
      signIn: { ...french.signIn, hint: "Attendez {{minute}} min" },
    };
    expect(compareCatalog({ locale: "fr", english, translation })).toEqual([
      'fr: "signIn.hint" placeholders differ from English: missing {{minutes}}; unexpected {{minute}}',
    ]);
  });

  it("requires {{count}} in plural forms other than zero, one and two", () => {
    const translation = { ...arabic, devices_few: "بضعة أجهزة" };
    expect(compareCatalog({ locale: "ar", english, translation })).toEqual([
      'ar: "devices_few" placeholders differ from English: missing {{count}}',
    ]);
  });

  it("lets the dual say its number in words, without the formatted count", () => {
    const limit = { max_one: "Up to {{max}} letter", max_other: "Up to {{max}} letters" };
    const forms = {
      zero: "حتى {{max}} حرف",
      one: "حتى {{max}} حرف",
      few: "حتى {{max}} أحرف",
      many: "حتى {{max}} حرفًا",
      other: "حتى {{max}} حرف",
    };
    const translation = {
      ...Object.fromEntries(Object.entries(forms).map(([c, v]) => [`max_${c}`, v])),
      max_two: "حتى حرفين",
    };
    expect(compareCatalog({ locale: "ar", english: limit, translation })).toEqual([]);
    expect(
      compareCatalog({
        locale: "ar",
        english: limit,
        translation: { ...translation, max_few: "حتى أحرف" },
      }),
    ).toEqual(['ar: "max_few" placeholders differ from English: missing {{max}}']);
  });

  it("reports a missing Arabic plural form", () => {
    const { devices_two: _two, ...translation } = arabic;
    expect(compareCatalog({ locale: "ar", english, translation })).toEqual([
      'ar: missing key "devices_two"',
    ]);
  });

  it("reports a plural form the language does not use", () => {
    const translation = { ...french, devices_two: "{{count}} appareils" };
    expect(compareCatalog({ locale: "fr", english, translation })).toEqual([
      'fr: "devices_two": "two" is not a plural form in fr (it uses one, many, other)',
    ]);
  });

  it("reports empty or non-string values and untranslated copies of English", () => {
    const translation = { ...french, signIn: { title: "Sign in", hint: "" } };
    expect(compareCatalog({ locale: "fr", english, translation })).toEqual([
      'fr: "signIn.title" is the same as English ("Sign in"): translate it, or allow it in SAME_AS_ENGLISH_ALLOWED',
      'fr: "signIn.hint" must be a non-empty string',
    ]);
  });

  it("lets allow-listed values stay as in English", () => {
    const brand = { siteName: "Withfund" };
    expect(compareCatalog({ locale: "uk", english: brand, translation: brand })).toEqual([]);
  });
});

describe("helpers", () => {
  it("follows Node's plural rules", () => {
    expect(pluralCategoriesOf("ar")).toEqual(["zero", "one", "two", "few", "many", "other"]);
    expect(pluralCategoriesOf("uk")).toEqual(["one", "few", "many", "other"]);
    expect(pluralCategoriesOf("fa")).toEqual(["one", "other"]);
  });

  it("reads placeholder names and counts plural keys once", () => {
    expect([...placeholdersOf("Hi {{ name }}, {{- html}} on {{date, short}}")]).toEqual([
      "name",
      "html",
      "date",
    ]);
    expect(countKeys(english)).toBe(3);
  });
});
