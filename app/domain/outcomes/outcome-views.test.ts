import { describe, expect, it } from "vitest";
import { byNextDue, checkInStatus, pageOf, statusCounts } from "./check-in-status";
import { readLightNumbers, roundTotals } from "./light-numbers";
import { readOutcomeFilters } from "./outcome-filters";
import { periodOf, periodsBetween } from "./outcome-periods";
import { photoMayAppear, wallAnswers, wallStories, type StoryCandidate } from "./story-wall";
import { countingTheme, foldMerged, themeSeries } from "./theme-counts";

const at = (iso: string) => new Date(iso);
const now = at("2026-12-07T10:00:00Z");

describe("the outcome filters", () => {
  it("cover the last twelve months, this one included, when nothing is chosen", () => {
    const { filters, values, errors } = readOutcomeFilters(new URLSearchParams(), now);
    expect(errors).toEqual({});
    expect(filters.from.toISOString()).toBe("2026-01-01T00:00:00.000Z");
    expect(filters.until.toISOString()).toBe("2027-01-01T00:00:00.000Z");
    expect(values).toMatchObject({ from: "2026-01", to: "2026-12", per: "quarter" });
  });

  it("read a period of whole months, the last one included", () => {
    const { filters } = readOutcomeFilters(
      new URLSearchParams("from=2025-04&to=2025-06&per=month&scheme=s1&pot=p1"),
      now,
    );
    expect(filters.from.toISOString()).toBe("2025-04-01T00:00:00.000Z");
    expect(filters.until.toISOString()).toBe("2025-07-01T00:00:00.000Z");
    expect(filters).toMatchObject({
      per: "month",
      schemeId: "s1",
      potId: "p1",
      roundId: undefined,
    });
  });

  it("say what is wrong with a bad month, a period running backwards or one too long", () => {
    expect(readOutcomeFilters(new URLSearchParams("from=2026-13"), now).errors).toEqual({
      from: "outcomes:views.errors.month",
    });
    const backwards = readOutcomeFilters(new URLSearchParams("from=2026-06&to=2026-01"), now);
    expect(backwards.errors).toEqual({ to: "outcomes:views.errors.toBeforeFrom" });
    expect(backwards.filters.from < backwards.filters.until).toBe(true);
    const long = readOutcomeFilters(new URLSearchParams("from=2020-01&to=2026-12"), now);
    expect(long.errors).toEqual({ from: "outcomes:views.errors.tooLong" });
    expect(long.filters.from.toISOString()).toBe("2024-01-01T00:00:00.000Z");
  });
});

describe("periods", () => {
  it("are calendar quarters, a quarter cut by the period counting only its months inside", () => {
    const periods = periodsBetween(
      at("2026-02-01T00:00:00Z"),
      at("2026-08-01T00:00:00Z"),
      "quarter",
    );
    expect(periods.map((period) => period.key)).toEqual(["2026-Q1", "2026-Q2", "2026-Q3"]);
    expect(periods[0]!.start.toISOString()).toBe("2026-02-01T00:00:00.000Z");
    expect(periods[2]!.end.toISOString()).toBe("2026-08-01T00:00:00.000Z");
  });

  it("are months across a year end", () => {
    const periods = periodsBetween(at("2025-11-01T00:00:00Z"), at("2026-02-01T00:00:00Z"), "month");
    expect(periods.map((period) => period.key)).toEqual(["2025-11", "2025-12", "2026-01"]);
  });

  it("put a check-in sent at the last moment of a month in that month", () => {
    const periods = periodsBetween(at("2026-01-01T00:00:00Z"), at("2026-04-01T00:00:00Z"), "month");
    expect(periodOf(periods, at("2026-01-31T23:59:59.999Z"))?.key).toBe("2026-01");
    expect(periodOf(periods, at("2026-02-01T00:00:00Z"))?.key).toBe("2026-02");
    expect(periodOf(periods, at("2026-04-01T00:00:00Z"))).toBeNull();
  });
});

describe("a grant's check-in status", () => {
  it("is late once the earliest check-in not sent is past its due date", () => {
    expect(checkInStatus(at("2026-12-06T12:00:00Z"), now)).toBe("late");
  });
  it("is due when one falls due within a fortnight, on time after that or when all are in", () => {
    expect(checkInStatus(at("2026-12-21T10:00:00Z"), now)).toBe("due");
    expect(checkInStatus(at("2026-12-21T10:00:01Z"), now)).toBe("onTime");
    expect(checkInStatus(null, now)).toBe("onTime");
  });
  it("lists the late first, then the due, counting each", () => {
    const grants = [
      { grantId: "a", nextDue: null },
      { grantId: "b", nextDue: at("2026-12-10T12:00:00Z") },
      { grantId: "c", nextDue: at("2026-10-01T12:00:00Z") },
      { grantId: "d", nextDue: at("2026-11-01T12:00:00Z") },
    ];
    const rows = byNextDue(grants);
    expect(rows.map((row) => row.grantId)).toEqual(["c", "d", "b", "a"]);
    expect(rows.map((row) => checkInStatus(row.nextDue, now))).toEqual([
      "late",
      "late",
      "due",
      "onTime",
    ]);
    const times = rows.flatMap((row) => (row.nextDue ? [row.nextDue.getTime()] : []));
    expect(statusCounts(times, grants.length, now)).toEqual({ late: 2, due: 1, onTime: 1 });
    // A week later the same order still puts the late first; only the counts move.
    expect(statusCounts(times, grants.length, at("2026-12-14T10:00:00Z"))).toEqual({
      late: 3,
      due: 0,
      onTime: 1,
    });
  });
  it("is shown a page at a time, a page past the end showing the last", () => {
    const rows = Array.from({ length: 30 }, (_, index) => index);
    expect(pageOf(rows, 2, 25)).toEqual({ rows: [25, 26, 27, 28, 29], page: 2, pages: 2 });
    expect(pageOf(rows, 9, 25).page).toBe(2);
    expect(pageOf([], 1, 25)).toEqual({ rows: [], page: 1, pages: 1 });
  });
});

describe("theme counts", () => {
  const themes = [
    { id: "confidence", mergedIntoId: null, position: 0 },
    { id: "self-esteem", mergedIntoId: "confidence", position: 1 },
    { id: "belief", mergedIntoId: "self-esteem", position: 2 },
    { id: "language", mergedIntoId: null, position: 3 },
    { id: "unused", mergedIntoId: null, position: 4 },
  ];
  it("count a merged theme's tags under the theme it was merged into, through a chain", () => {
    const byId = new Map(themes.map((theme) => [theme.id, theme]));
    expect(countingTheme("belief", byId)).toBe("confidence");
    const folded = foldMerged(
      [
        { themeId: "confidence", count: 2 },
        { themeId: "self-esteem", count: 3 },
        { themeId: "belief", count: 1 },
      ],
      themes,
    );
    expect([...folded]).toEqual([["confidence", 6]]);
  });
  it("stop at a loop of merges instead of running forever", () => {
    const loop = new Map([
      ["x", { id: "x", mergedIntoId: "y" }],
      ["y", { id: "y", mergedIntoId: "x" }],
    ]);
    expect(["x", "y"]).toContain(countingTheme("x", loop));
  });
  it("make one row per theme still in the codebook, most used first, unused left out", () => {
    const series = themeSeries(
      [
        {
          key: "Q1",
          counts: [
            { themeId: "language", count: 4 },
            { themeId: "belief", count: 1 },
          ],
        },
        { key: "Q2", counts: [{ themeId: "self-esteem", count: 5 }] },
      ],
      themes,
    );
    expect(series.themes).toEqual([
      { id: "confidence", counts: [1, 5], total: 6 },
      { id: "language", counts: [4, 0], total: 4 },
    ]);
  });
});

describe("light numbers", () => {
  it("read at most two well-formed numbers from the round", () => {
    expect(
      readLightNumbers([
        { id: "women", label: { en: "Women taking part" } },
        { id: "bad id!", label: { en: "x" } },
        { id: "sessions", label: { en: "Sessions held" } },
        { id: "third", label: { en: "Third" } },
      ]).map((number) => number.id),
    ).toEqual(["women", "sessions"]);
    expect(readLightNumbers(null)).toEqual([]);
  });
  it("are totalled per round with labels in the reader's language", () => {
    const totals = roundTotals(
      [
        {
          id: "r1",
          name: { text: "2025", locale: "en" },
          lightNumbers: [
            { id: "women", label: { en: "Women taking part", uk: "Жінок бере участь" } },
          ],
        },
        { id: "r2", name: { text: "2026", locale: "en" }, lightNumbers: null },
      ],
      new Map([["r1:women", { total: 42, checkIns: 3 }]]),
      "uk",
    );
    expect(totals).toEqual([
      {
        roundId: "r1",
        roundName: { text: "2025", locale: "en" },
        numbers: [
          {
            id: "women",
            label: { text: "Жінок бере участь", locale: "uk" },
            total: 42,
            checkIns: 3,
          },
        ],
      },
    ]);
  });
});

describe("the story wall", () => {
  const story = (overrides: Partial<StoryCandidate>): StoryCandidate => ({
    id: "s",
    storyConsent: "FUNDER_REPORTS",
    storyHighlightedAt: at("2026-05-01T00:00:00Z"),
    quoteHighlightedAt: null,
    answers: {
      change: "I speak at the school now",
      quote: "We are not alone",
      changeFor: "Halyna",
    },
    photos: [],
    ...overrides,
  });

  it("shows a highlighted story whose consent reaches the funder's reports", () => {
    const [shown] = wallStories([story({})]);
    expect(shown).toMatchObject({
      change: "I speak at the school now",
      changeFor: "Halyna",
      quote: null,
    });
  });

  it("never shows a story kept for the funder only, or with no consent recorded", () => {
    expect(wallStories([story({ id: "a", storyConsent: "FUNDER_ONLY" })])).toEqual([]);
    expect(wallStories([story({ id: "b", storyConsent: null })])).toEqual([]);
  });

  it("shows the quote only when the quote itself was highlighted", () => {
    const [onlyQuote] = wallStories([
      story({ storyHighlightedAt: null, quoteHighlightedAt: at("2026-05-02T00:00:00Z") }),
    ]);
    expect(onlyQuote).toMatchObject({ change: null, quote: "We are not alone", photos: [] });
    expect(wallStories([story({ storyHighlightedAt: null })])).toEqual([]);
  });

  it("keeps only the photos whose own consent reaches the funder's reports", () => {
    const [shown] = wallStories([
      story({
        photos: [
          { id: "p1", consent: "PUBLIC", caption: "Our first meeting" },
          { id: "p2", consent: "FUNDER_ONLY", caption: null },
          { id: "p3", consent: null, caption: null },
          { id: "p4", consent: "FUNDER_REPORTS", caption: null },
        ],
      }),
    ]);
    expect(shown!.photos.map((photo) => photo.id)).toEqual(["p1", "p4"]);
  });

  it("is made the same from only the answers kept for it", () => {
    const answers = {
      whatHappened: "We met every week",
      change: " I speak at the school now ",
      whyItMatters: "",
      quote: "We are not alone",
      hard: "Finding a room",
      numbers: { women: "12" },
    };
    expect(wallAnswers(answers)).toEqual({
      change: "I speak at the school now",
      quote: "We are not alone",
    });
    const both = { quoteHighlightedAt: at("2026-05-02T00:00:00Z") };
    expect(wallStories([story({ ...both, answers: wallAnswers(answers) })])).toEqual(
      wallStories([story({ ...both, answers })]),
    );
  });

  it("puts the most recently highlighted first and stops at the limit", () => {
    const stories = wallStories(
      [
        story({ id: "old", storyHighlightedAt: at("2026-01-01T00:00:00Z") }),
        story({ id: "new", storyHighlightedAt: at("2026-06-01T00:00:00Z") }),
        story({ id: "mid", storyHighlightedAt: at("2026-03-01T00:00:00Z") }),
      ],
      2,
    );
    expect(stories.map((one) => one.id)).toEqual(["new", "mid"]);
  });

  it("serves a photo only of a highlighted story, both consents reaching reports", () => {
    const checkIn = { storyConsent: "PUBLIC" as const, storyHighlightedAt: now };
    expect(photoMayAppear({ consent: "FUNDER_REPORTS", checkIn })).toBe(true);
    expect(photoMayAppear({ consent: "FUNDER_ONLY", checkIn })).toBe(false);
    expect(
      photoMayAppear({ consent: "PUBLIC", checkIn: { ...checkIn, storyConsent: "FUNDER_ONLY" } }),
    ).toBe(false);
    expect(
      photoMayAppear({ consent: "PUBLIC", checkIn: { ...checkIn, storyHighlightedAt: null } }),
    ).toBe(false);
    expect(photoMayAppear({ consent: "PUBLIC", checkIn: null })).toBe(false);
  });
});
