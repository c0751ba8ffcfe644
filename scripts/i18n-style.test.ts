import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { flatten } from "./i18n-check";
import {
  checkGlossary,
  checkStyle,
  glossarySchema,
  renderGlossaryTable,
  translatableText,
  withGlossaryTable,
  type Glossary,
} from "./i18n-style";

const word = (use: string, avoid: string[] = []) => ({ use, avoid });

const glossary: Glossary = {
  terms: [
    {
      id: "pot",
      words: {
        en: word("pot"),
        ar: word("صندوق"),
        uk: word("фонд"),
        fa: word("صندوق"),
        es: word("fondo"),
        fr: word("enveloppe", ["fonds"]),
      },
    },
    {
      id: "funder",
      words: {
        en: word("funder"),
        ar: word("الجهة المانحة", ["*ممول*"]),
        uk: word("грантодавець", ["донор*"]),
        fa: word("حامی مالی", ["سرمایه‌گذار*"]),
        es: word("entidad financiadora"),
        fr: word("financeur"),
      },
    },
  ],
};

const check = (locale: string, catalog: Record<string, unknown>) =>
  checkStyle({ locale, values: flatten(catalog), glossary, label: locale });

describe("glossary terms", () => {
  it("fails a catalog that uses a forbidden variant, naming the agreed word", () => {
    expect(check("fr", { list: { pot: "Fonds" } })).toEqual([
      'fr: "list.pot" says «fonds» for "pot"; the glossary word is «enveloppe»',
    ]);
  });

  it("passes a catalog that uses the agreed words", () => {
    expect(
      check("fr", {
        list: { pot: "Enveloppe", apply: "Demander une subvention de cette enveloppe" },
      }),
    ).toEqual([]);
    expect(check("ar", { help: "تواصلوا مع الجهة المانحة." })).toEqual([]);
  });

  it("matches whole words only, unless the variant allows endings or prefixes", () => {
    // «fonds» is forbidden, «fondsx» is another word; «донор*» also catches «донора».
    expect(check("fr", { a: "fondsx" })).toEqual([]);
    expect(check("uk", { a: "Адміністратор донора" })).toHaveLength(1);
    // «*ممول*» catches the word with its article, and with or without the shadda.
    expect(check("ar", { a: "الجهة المموِّلة", b: "الجهة المموّلة", c: "الممولة" })).toHaveLength(3);
    // Placeholders are filled in at run time, so a name inside them is not the translator's word.
    expect(check("fr", { a: "{{fonds}}" })).toEqual([]);
  });
});

describe("script and digits", () => {
  it("fails Arabic ي and ك in Persian", () => {
    expect(check("fa", { a: "كمك" })).toEqual([
      'fa: "a" uses Arabic «ي» or «ك»; Persian uses «ی» and «ک»',
    ]);
    expect(check("fa", { a: "کمک" })).toEqual([]);
  });

  it("fails a Latin % in Arabic and Persian, but not the Arabic ٪", () => {
    expect(check("ar", { a: "{{min}}% على الأقل" })).toEqual([
      'ar: "a" uses a Latin «%»; Arabic uses «٪»',
    ]);
    expect(check("ar", { a: "{{min}}٪ على الأقل" })).toEqual([]);
    expect(check("fa", { a: "{{min}}%" })).toHaveLength(1);
  });

  it("fails Latin digits in Persian text, outside placeholders and Latin-script examples", () => {
    expect(check("fa", { a: "مثلاً 500" })).toEqual([
      'fa: "a" writes Latin digits; Persian text uses Persian digits (۰۱۲۳۴۵۶۷۸۹)',
    ]);
    expect(
      check("fa", {
        a: "مثلاً ۵۰۰",
        b: "{{count}} بخش",
        c: "مثلاً riverside-2027",
        d: "name2@example.org",
      }),
    ).toEqual([]);
  });

  it("fails the «ه‌ی» spelling of the ezafe in Persian", () => {
    expect(check("fa", { a: "صفحه\u200Cی اصلی" })).toHaveLength(1);
    expect(check("fa", { a: "صفحهٔ اصلی" })).toEqual([]);
  });

  it("keeps digits and symbols of addresses out of the checked text", () => {
    expect(translatableText("مثلاً {{x}} riverside-2027 و 5")).not.toMatch(/2027|x/);
    expect(translatableText("مثلاً {{x}} riverside-2027 و 5")).toMatch(/5/);
  });
});

describe("addressing the reader", () => {
  it("fails the singular you in Arabic and passes the plural", () => {
    expect(check("ar", { a: "يمكنك تسجيل الدخول" })).toHaveLength(1);
    expect(check("ar", { a: "اختر دورة" })).toHaveLength(1);
    expect(check("ar", { a: "يمكنكم تسجيل الدخول. لذلك هناك رمز." })).toEqual([]);
  });

  it("fails the informal Persian imperative", () => {
    expect(check("fa", { yes: "بله، پس بگیر" })).toHaveLength(1);
    expect(check("fa", { yes: "بله، پس گرفته شود" })).toEqual([]);
  });

  it("fails tú and ustedes in Spanish, and a gendered welcome", () => {
    expect(check("es", { a: "Si tienes dudas, pide ayuda." })).toHaveLength(1);
    expect(
      check("es", { a: "Si son un grupo informal, ¿tienen ustedes una entidad?" }),
    ).toHaveLength(1);
    expect(check("es", { a: "Bienvenida al grupo de trabajo." })).toHaveLength(1);
    expect(check("es", { a: "Si tiene dudas, pida ayuda. Le damos la bienvenida." })).toEqual([]);
  });

  it("fails tu in French and Ukrainian, and a French participle that gives the reader a gender", () => {
    expect(check("fr", { a: "Tu peux écrire." })).toHaveLength(1);
    expect(check("fr", { a: "Vous êtes connectée en tant que {{email}}." })).toHaveLength(1);
    expect(check("fr", { a: "Vous utilisez le compte {{email}}." })).toEqual([]);
    expect(check("uk", { a: "Ти можеш написати." })).toHaveLength(1);
    expect(check("uk", { a: "Ви можете написати." })).toEqual([]);
  });
});

describe("the glossary itself", () => {
  it("rejects a variant that its own agreed word contains", () => {
    const broken: Glossary = {
      terms: [
        {
          ...glossary.terms[0]!,
          words: { ...glossary.terms[0]!.words, fr: word("enveloppe", ["enveloppe*"]) },
        },
      ],
    };
    expect(checkGlossary(broken)).toEqual([
      'glossary: "pot" in fr forbids «enveloppe*», which its own word «enveloppe» contains',
    ]);
    expect(checkGlossary(glossary)).toEqual([]);
  });

  it("requires a word in every language", () => {
    const missing = { terms: [{ id: "pot", words: { en: word("pot") } }] };
    expect(glossarySchema.safeParse(missing).success).toBe(false);
  });

  it("renders a table with the agreed word and the variants to avoid", () => {
    const table = renderGlossaryTable(glossary);
    expect(table).toContain("| pot | **pot** |");
    expect(table).toContain("**enveloppe**<br>not ~~fonds~~");
    const doc = withGlossaryTable(
      "intro\n<!-- glossary table: generated from app/locales/glossary.json by `npm run i18n:check -- --write-glossary` -->\nold\n<!-- end of glossary table -->\nrules",
      glossary,
    );
    expect(doc).toContain(table);
    expect(doc).not.toContain("old");
    expect(doc?.endsWith("rules")).toBe(true);
    expect(withGlossaryTable("no markers", glossary)).toBeNull();
  });

  it("reads the real glossary, and every term has a word in every language", () => {
    const real = glossarySchema.parse(
      JSON.parse(readFileSync(new URL("../app/locales/glossary.json", import.meta.url), "utf8")),
    );
    expect(real.terms.map((term) => term.id)).toEqual(
      expect.arrayContaining([
        "pot",
        "round",
        "grant",
        "funder",
        "host organisation",
        "by-and-for",
        "panel",
        "check your answers",
      ]),
    );
    expect(checkGlossary(real)).toEqual([]);
  });
});
