import { describe, expect, it } from "vitest";
import {
  draftOrigins,
  draftRefusal,
  feedbackForReader,
  isStaleDraft,
  machineDraftedAfterSave,
  readMachineDrafted,
  withMachineDrafted,
} from "./feedback-drafts";

const feedback = { en: "A strong plan.", uk: "[uk] A strong plan." };

describe("which feedback is still an unchecked machine draft", () => {
  it("reads known languages once, and only those that still have a text", () => {
    expect(readMachineDrafted(["uk", "uk", "xx", 3])).toEqual(["uk"]);
    expect(readMachineDrafted(null)).toEqual([]);
    expect(readMachineDrafted(["uk", "ar"], feedback)).toEqual(["uk"]);
    expect(withMachineDrafted(["uk"], "uk")).toEqual(["uk"]);
    expect(withMachineDrafted([], "ar")).toEqual(["ar"]);
  });

  it("is checked once a person edits its text and saves", () => {
    const before = { feedback, machineDrafted: ["uk"] };
    const edited = { ...feedback, uk: "Сильний план." };
    expect(
      machineDraftedAfterSave(
        before,
        { language: "uk", text: "Сильний план.", confirmedChecked: false },
        edited,
      ),
    ).toEqual([]);
  });

  it("is checked when a person says the draft stands, and not by saving it unread", () => {
    const before = { feedback, machineDrafted: ["uk"] };
    const unchanged = { language: "uk" as const, text: feedback.uk, confirmedChecked: false };
    expect(machineDraftedAfterSave(before, unchanged, feedback)).toEqual(["uk"]);
    expect(
      machineDraftedAfterSave(before, { ...unchanged, confirmedChecked: true }, feedback),
    ).toEqual([]);
  });

  it("stays a draft when another language is saved, and goes when its text is removed", () => {
    const before = { feedback, machineDrafted: ["uk"] };
    expect(
      machineDraftedAfterSave(
        before,
        { language: "en", text: "A stronger plan.", confirmedChecked: false },
        { ...feedback, en: "A stronger plan." },
      ),
    ).toEqual(["uk"]);
    expect(
      machineDraftedAfterSave(
        before,
        { language: "uk", text: null, confirmedChecked: false },
        { en: feedback.en },
      ),
    ).toEqual([]);
  });
});

describe("drafting a machine translation", () => {
  const base = {
    source: "en" as const,
    target: "uk" as const,
    text: "A strong plan.",
    feedback: { en: "A strong plan." },
    machineDrafted: [],
  };

  it("needs a text in another language than the applicant's", () => {
    expect(draftRefusal(base)).toBeNull();
    expect(draftRefusal({ ...base, text: "  " })).toBe("no-text");
    expect(draftRefusal({ ...base, target: "en" })).toBe("same-language");
  });

  it("never writes over a text a person wrote, but may redraft its own", () => {
    const written = { ...base.feedback, uk: "Сильний план." };
    expect(draftRefusal({ ...base, feedback: written })).toBe("written-by-person");
    expect(draftRefusal({ ...base, feedback: written, machineDrafted: ["uk"] })).toBeNull();
  });
});

describe("the feedback an applicant reads", () => {
  it("gives the reader her language, or the funder's, saying which", () => {
    const texts = { en: "A strong plan.", ar: "خطة قوية." };
    expect(feedbackForReader(texts, [], "ar")).toEqual({
      text: "خطة قوية.",
      language: "ar",
      inReaderLanguage: true,
      original: null,
    });
    expect(feedbackForReader(texts, [], "uk")).toMatchObject({
      text: "A strong plan.",
      language: "en",
      inReaderLanguage: false,
    });
    expect(feedbackForReader({}, [], "uk")).toBeNull();
  });

  it("gives an unchecked machine draft with the text a person wrote", () => {
    expect(feedbackForReader(feedback, ["uk"], "uk")).toEqual({
      text: "[uk] A strong plan.",
      language: "uk",
      inReaderLanguage: true,
      original: { text: "A strong plan.", language: "en" },
    });
    expect(feedbackForReader(feedback, [], "uk")?.original).toBeNull();
  });

  it("prefers what a person wrote when there is nothing in the reader's language", () => {
    const drafted = { en: "[en] Сильний план.", uk: "Сильний план." };
    expect(feedbackForReader(drafted, ["en"], "ar")).toMatchObject({
      text: "Сильний план.",
      language: "uk",
      original: null,
    });
  });
});

describe("a machine draft of feedback that has changed since", () => {
  it("lists each unchecked draft with the texts a person wrote", () => {
    expect(draftOrigins({ ...feedback, fr: "Un plan solide." }, ["uk"])).toEqual([
      {
        language: "uk",
        text: "[uk] A strong plan.",
        originals: [
          { language: "en", text: "A strong plan." },
          { language: "fr", text: "Un plan solide." },
        ],
      },
    ]);
    expect(draftOrigins(feedback, [])).toEqual([]);
  });

  it("is stale once no original translates to it any more", () => {
    expect(isStaleDraft("[uk] A strong plan.", [null, "[uk] A strong plan. "])).toBe(false);
    expect(isStaleDraft("[uk] A strong plan.", ["[uk] A weaker plan."])).toBe(true);
    expect(isStaleDraft("[uk] A strong plan.", [])).toBe(true);
  });
});
