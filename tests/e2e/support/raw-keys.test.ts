import { describe, expect, it } from "vitest";
import { catalogsOf } from "./catalogs";
import {
  englishSentences,
  englishSentencesIn,
  keyIndex,
  rawKeysIn,
  type Catalogs,
} from "./raw-keys";

const english = catalogsOf("en");
const keys = keyIndex(english);

describe("raw translation keys", () => {
  it.each([
    ["field.yes", "field.yes"],
    ["forms:field.yes", "forms:field.yes"],
    ["scheme.new", "scheme.new"],
    ["  field.no\n", "field.no"],
    ["Asked only when “Do you look after children?” is field.yes.", "field.yes"],
    ["(field.required)", "field.required"],
    ["نعم field.yes لا", "field.yes"],
    ["Up to 200 words field.maxWords", "field.maxWords"],
    ["public:home.seeSchemes", "public:home.seeSchemes"],
    ["untranslated", "untranslated"],
  ])("finds the key in %j", (text, key) => {
    expect(rawKeysIn(text, keys)).toContain(key);
  });

  it("finds every key of a text that has several", () => {
    expect(
      rawKeysIn("field.budgetItem field.budgetAmount, errors.budgetAmount", keys).sort(),
    ).toEqual(["errors.budgetAmount", "field.budgetAmount", "field.budgetItem"]);
  });

  it.each([
    "Bring documents, e.g. a letter from your landlord.",
    "Version 3.5 of the form",
    "The sender is no-reply@withfund.localhost",
    "Mr. Smith and Ms. Jones",
    "See https://withfund.localhost/field.yes/scheme.new for details",
    "www.example.org",
    "Attach budget.pdf or accounts.xlsx",
    "Sam Admin",
    "€1.500,50",
    "10:30",
    "Yes",
    "No",
    "The ledger is untranslated into Welsh",
    "",
  ])("does not flag ordinary text: %j", (text) => {
    expect(rawKeysIn(text, keys)).toEqual([]);
  });

  it("indexes plural keys under the name the code asks for", () => {
    const index = keyIndex({
      forms: { words: { max_one: "Up to {{count}} word", max_other: "Up to {{count}} words" } },
    });
    expect(rawKeysIn("words.max", index)).toEqual(["words.max"]);
    expect(rawKeysIn("forms:words.max", index)).toEqual(["forms:words.max"]);
  });
});

describe("English catalog sentences on a page in another language", () => {
  const names = ["Withfund", "Amal Women's Circle", "Riverside City Council"];
  const fixture: Catalogs = {
    applications: {
      save: { continue: "Save and continue", later: "Save and come back later" },
      intro: "Your answers are saved on {{date}} so you can come back to them.",
      short: "Send it",
      welcome: "Welcome to Withfund",
      council: "Riverside City Council",
    },
    emails: { footer: "You received this email because you applied." },
  };
  const french: Catalogs = {
    applications: {
      save: { continue: "Enregistrer et continuer", later: "Save and come back later" },
    },
  };
  const index = englishSentences(fixture, {
    skipNamespaces: ["emails"],
    names,
    translation: french,
  });

  it("finds an English sentence among Arabic text", () => {
    expect(
      englishSentencesIn("احفظوا Save and continue العودة", index).map((found) => found.key),
    ).toEqual(["applications:save.continue"]);
  });

  it("finds the literal part of a sentence with a placeholder", () => {
    const found = englishSentencesIn(
      "Vos réponses. Your answers are saved on 3 mars so you can come back to them.",
      index,
    );
    expect(found.map((sentence) => sentence.key)).toContain("applications:intro");
  });

  it("ignores sentences across bidi isolates and extra spacing", () => {
    const text = "Save\u00a0and \u2068continue\u2069";
    expect(englishSentencesIn(text, index).map((found) => found.key)).toEqual([
      "applications:save.continue",
    ]);
  });

  it("does not flag short texts, names, emails, or what the translation keeps in English", () => {
    const page =
      "Send it. Welcome Riverside City Council. You received this email because you applied. Save and come back later";
    expect(englishSentencesIn(page, index, names)).toEqual([]);
  });

  it("does not flag a sentence that is only part of a longer word", () => {
    expect(englishSentencesIn("XSave and continueX", index)).toEqual([]);
  });

  it("finds the English of the real catalogs on a page in Arabic", () => {
    const arabic = catalogsOf("ar");
    const real = englishSentences(english, {
      skipNamespaces: ["emails"],
      names,
      translation: arabic,
    });
    const translatedPage = leaves(arabic);
    expect(englishSentencesIn(translatedPage, real, names)).toEqual([]);
    expect(
      englishSentencesIn(`${translatedPage} Save and continue`, real, names).length,
    ).toBeGreaterThan(0);
  });
});

/** Every Arabic text, as if one page showed them all. */
function leaves(catalogs: Catalogs): string {
  const texts: string[] = [];
  const walk = (catalog: Catalogs[string]) => {
    for (const value of Object.values(catalog)) {
      if (typeof value === "string") texts.push(value);
      else walk(value);
    }
  };
  Object.values(catalogs).forEach(walk);
  return texts.join("\n");
}
