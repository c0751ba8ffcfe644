import { describe, expect, it } from "vitest";
import { z } from "zod";
import { hasText, textFieldsShape, textFormValues, textsFrom } from "./translated-fields";

describe("texts typed in several languages", () => {
  it("keeps only the languages that were filled in, trimmed", () => {
    expect(
      textsFrom({ title_en: " Grants ", title_ar: "منح", title_uk: "   ", other: "x" }, "title"),
    ).toEqual({ en: "Grants", ar: "منح" });
  });

  it("requires the English text when asked to, and no other", () => {
    const schema = z.object(textFieldsShape("title", { required: true, maxLength: 10 }));
    const missing = schema.safeParse({ title_en: "  ", title_ar: "منح" });
    expect(missing.success).toBe(false);
    expect(missing.error?.issues[0]).toMatchObject({
      path: ["title_en"],
      message: "schemes:errors.englishRequired",
    });
    expect(schema.safeParse({ title_en: "Grants" }).success).toBe(true);
    const tooLong = schema.safeParse({ title_en: "Grants", title_fr: "Subventions!" });
    expect(tooLong.error?.issues[0]).toMatchObject({
      path: ["title_fr"],
      message: "schemes:errors.textTooLong",
    });
  });

  it("turns stored texts back into form values", () => {
    expect(textFormValues("name", { en: "Round", fa: "دور" })).toEqual({
      name_en: "Round",
      name_fa: "دور",
    });
    expect(textFormValues("name", null)).toEqual({});
  });

  it("says whether a language has a text", () => {
    expect(hasText({ en: "Round", ar: " " }, "en")).toBe(true);
    expect(hasText({ en: "Round", ar: " " }, "ar")).toBe(false);
    expect(hasText(null, "en")).toBe(false);
  });
});
