import { describe, expect, it } from "vitest";
import {
  checkInFiltersQuery,
  chosenThemes,
  highlightChange,
  highlightedForReports,
  highlightsForReports,
  lightNumberValues,
  readCheckInFilters,
  storyTexts,
  tagChanges,
} from "./coding";

const at = new Date("2026-11-01T10:00:00Z");

describe("highlights within consent", () => {
  it("counts a highlight for reports only while the story's consent reaches reports", () => {
    const marked = { storyHighlightedAt: at, quoteHighlightedAt: null };
    expect(highlightedForReports({ ...marked, storyConsent: "FUNDER_REPORTS" })).toBe(true);
    expect(highlightedForReports({ ...marked, storyConsent: "PUBLIC" })).toBe(true);
    // The group narrowed its consent after staff marked the story: it stops counting at once.
    expect(highlightedForReports({ ...marked, storyConsent: "FUNDER_ONLY" })).toBe(false);
    expect(highlightedForReports({ ...marked, storyConsent: null })).toBe(false);
  });

  it("tells the story and the quote apart", () => {
    expect(
      highlightsForReports({
        storyConsent: "FUNDER_REPORTS",
        storyHighlightedAt: null,
        quoteHighlightedAt: at,
      }),
    ).toEqual({ story: false, quote: true });
  });

  it("refuses marking without consent but always allows taking a highlight off", () => {
    expect(highlightChange("FUNDER_ONLY", { story: true, quote: false })).toEqual({
      ok: false,
      reason: "no-consent",
    });
    expect(highlightChange(null, { story: false, quote: true }).ok).toBe(false);
    expect(highlightChange("FUNDER_ONLY", { story: false, quote: false }).ok).toBe(true);
    expect(highlightChange("FUNDER_REPORTS", { story: true, quote: true }).ok).toBe(true);
  });
});

describe("tagging", () => {
  const codebook = [
    { id: "a", name: { en: "A" }, mergedIntoId: "b" },
    { id: "b", name: { en: "B" }, mergedIntoId: null },
    { id: "c", name: { en: "C" }, mergedIntoId: null },
  ];

  it("reads a theme merged meanwhile as the theme it went into, once", () => {
    expect(chosenThemes(["a", "b", "c"], codebook)).toEqual({ ok: true, themeIds: ["b", "c"] });
  });

  it("refuses a theme that is gone, so no tag is lost silently", () => {
    expect(chosenThemes(["c", "deleted"], codebook)).toEqual({ ok: false, reason: "theme-gone" });
  });

  it("replaces the set: adds what is new, removes what was unticked", () => {
    expect(tagChanges(["a", "b"], ["b", "c"])).toEqual({ add: ["c"], remove: ["a"] });
  });
});

describe("the list's filters", () => {
  it("reads what it understands and ignores the rest", () => {
    const filters = readCheckInFilters(new URLSearchParams("scheme=s1&round=&coded=maybe&page=3"));
    expect(filters).toEqual({ schemeId: "s1", roundId: null, coded: null, page: 3 });
    expect(readCheckInFilters(new URLSearchParams("page=-2")).page).toBe(1);
    expect(checkInFiltersQuery({ ...filters, coded: "no" }, 4)).toBe("?scheme=s1&coded=no&page=4");
  });
});

describe("a check-in's answers", () => {
  it("keeps the written answers and the numbers the group gave", () => {
    const answers = {
      whatHappened: "We met every week.",
      quote: "  ",
      numbers: { women: 14, sessions: "9", bad: "many" },
    };
    expect(storyTexts(answers)).toEqual({ whatHappened: "We met every week." });
    expect(lightNumberValues(answers)).toEqual({ women: 14, sessions: 9 });
    expect(storyTexts(null)).toEqual({});
  });
});
