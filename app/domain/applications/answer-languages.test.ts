import { describe, expect, it } from "vitest";
import {
  answerLanguageCodes,
  answerLanguageName,
  answerLanguageOptions,
  answerTextAttributes,
  isAnswerLanguage,
} from "./answer-languages";

describe("answer languages", () => {
  it("names every language in the reader's language", () => {
    const arabic = answerLanguageOptions("ar");
    expect(arabic).toHaveLength(answerLanguageCodes.length);
    expect(arabic.find((option) => option.code === "uk")?.name).toBe("الأوكرانية");
    expect(answerLanguageOptions("uk").find((option) => option.code === "ar")?.name).toBe(
      "арабська",
    );
  });

  it("accepts the listed languages and 'other', nothing else", () => {
    expect(isAnswerLanguage("ti")).toBe(true);
    expect(isAnswerLanguage("other")).toBe(true);
    expect(isAnswerLanguage("klingon")).toBe(false);
  });
});

describe("answerTextAttributes", () => {
  it("gives the language and its direction, and leaves unknown ones to the browser", () => {
    expect(answerTextAttributes("ar")).toEqual({ lang: "ar", dir: "rtl" });
    expect(answerTextAttributes("uk")).toEqual({ lang: "uk", dir: "ltr" });
    expect(answerTextAttributes("ku")).toEqual({ lang: "ku", dir: "auto" });
    expect(answerTextAttributes("other")).toEqual({ dir: "auto" });
    expect(answerTextAttributes(null)).toEqual({ dir: "auto" });
    expect(answerTextAttributes("xx")).toEqual({ dir: "auto" });
  });
});

describe("answerLanguageName", () => {
  it("names the answers' language in the reader's language, and nothing for other or none", () => {
    expect(answerLanguageName("ar", "en")).toBe("Arabic");
    expect(answerLanguageName("uk", "fr")).toBe("ukrainien");
    expect(answerLanguageName("other", "en")).toBeNull();
    expect(answerLanguageName(null, "en")).toBeNull();
  });
});
