import { describe, expect, it } from "vitest";
import {
  clashingName,
  currentTheme,
  deleteRefusal,
  mergeMoves,
  mergeRefusal,
  themeNamesForm,
  themeNamesFrom,
  type CodebookTheme,
} from "./themes";

const theme = (id: string, en: string, mergedIntoId: string | null = null): CodebookTheme => ({
  id,
  name: { en },
  mergedIntoId,
});

describe("merging themes", () => {
  it("merges one live theme into another and nothing else", () => {
    const language = theme("a", "Language");
    const languages = theme("b", "Languages");
    expect(mergeRefusal(language, languages)).toBeNull();
    expect(mergeRefusal(language, language)).toBe("same-theme");
    expect(mergeRefusal(theme("a", "Language", "b"), languages)).toBe("already-merged");
    expect(mergeRefusal(language, theme("b", "Languages", "c"))).toBe("target-merged");
  });

  it("moves every tag of A to B, once per story", () => {
    expect(mergeMoves(["s1", "s2", "s3"], ["s2", "s9"])).toEqual({
      move: ["s1", "s3"],
      drop: ["s2"],
    });
  });

  it("carries a choice made before a merge to where the theme went", () => {
    const codebook = [theme("a", "A", "b"), theme("b", "B", "c"), theme("c", "C")];
    expect(currentTheme("a", codebook)?.id).toBe("c");
    expect(currentTheme("c", codebook)?.id).toBe("c");
    expect(currentTheme("gone", codebook)).toBeNull();
  });
});

describe("deleting a theme", () => {
  it("refuses a theme in use: it can only be merged", () => {
    expect(deleteRefusal(0)).toBeNull();
    expect(deleteRefusal(1)).toBe("in-use");
  });
});

describe("naming a theme", () => {
  it("needs an English name and keeps only the languages filled in", () => {
    const missing = themeNamesForm.safeParse({ name_en: "  ", name_ar: "اللغة" });
    expect(missing.success).toBe(false);
    expect(missing.error?.issues[0]?.message).toBe("outcomes:themes.errors.nameRequired");
    const parsed = themeNamesForm.parse({ name_en: " Housing ", name_uk: "Житло", name_fa: "" });
    expect(themeNamesFrom(parsed)).toEqual({ en: "Housing", uk: "Житло" });
  });

  it("finds a name another live theme already has, ignoring case and merged themes", () => {
    const codebook = [theme("a", "Safety"), theme("b", "Old name", "a")];
    expect(clashingName({ en: "safety " }, codebook)).toBe("en");
    expect(clashingName({ en: "Safety" }, codebook, "a")).toBeNull();
    expect(clashingName({ en: "Old name" }, codebook)).toBeNull();
  });
});
