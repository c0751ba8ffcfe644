import { describe, expect, it } from "vitest";
import { suggestionDefaults, suggestionSchema, suggestionTarget } from "./suggestion-form";

describe("the consultation's suggestion form", () => {
  it("reads what the suggestion is about", () => {
    expect(suggestionTarget("question:q1")).toEqual({ sectionId: null, questionId: "q1" });
    expect(suggestionTarget("section:s1")).toEqual({ sectionId: "s1", questionId: null });
    expect(suggestionTarget("")).toEqual({ sectionId: null, questionId: null });
  });

  it("starts from the link she followed", () => {
    expect(suggestionDefaults("new:s1")).toEqual({ about: "section:s1", kind: "NEW_QUESTION" });
    expect(suggestionDefaults("question:q1")).toEqual({ about: "question:q1", kind: "REWORDING" });
    expect(suggestionDefaults("section:s1")).toEqual({ about: "section:s1", kind: "COMMENT" });
    expect(suggestionDefaults("")).toEqual({ about: "", kind: "COMMENT" });
  });

  it("keeps what she typed when the form comes back with an error", () => {
    expect(suggestionDefaults("new:s1", { about: "", kind: "COMMENT" })).toEqual({
      about: "",
      kind: "COMMENT",
    });
  });

  it("needs a kind and some text", () => {
    const parsed = suggestionSchema.safeParse({ kind: "PRAISE", text: "   " });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues.map((issue) => issue.message).sort()).toEqual([
      "forms:consult.errors.kind",
      "forms:consult.errors.textRequired",
    ]);
    expect(suggestionSchema.parse({ kind: "COMMENT", text: " Clearer, please. " })).toEqual({
      about: "",
      kind: "COMMENT",
      text: "Clearer, please.",
    });
  });
});
