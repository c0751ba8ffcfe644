import { describe, expect, it } from "vitest";
import { answerLanguageCodes, answerLanguageOptions, isAnswerLanguage } from "./answer-languages";

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
