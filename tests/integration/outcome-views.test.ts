import { beforeAll, describe, expect, it } from "vitest";
import { readOutcomeFilters } from "~/domain/outcomes/outcome-filters";
import { loader as photoRoute } from "~/routes/fund.$funderId.outcomes.photos.$photoId";
import { loader as storiesPage } from "~/routes/fund.$funderId.outcomes.stories";
import { loader as summaryPage } from "~/routes/fund.$funderId.outcomes.summary";
import { loader as outcomesPage } from "~/routes/fund.$funderId.outcomes._index";
import {
  checkInStatusPage,
  lightNumberTotals,
  themesByPot,
  themesOverTime,
} from "~/services/outcomes/outcome-views.server";
import { db } from "~/services/platform/db.server";
import { useTestDatabase } from "../support/database";
import { createUser } from "../support/fixtures";
import { addPhoto, createGrant, createPortfolio, type Portfolio } from "../support/outcomes";
import { call } from "../support/panels";
import { signedInCookie } from "../support/requests";

useTestDatabase();

const at = (iso: string) => new Date(iso);
const now = at("2026-12-07T10:00:00Z");
const filtersOf = (query: string) => readOutcomeFilters(new URLSearchParams(query), now).filters;

let portfolio: Portfolio;
let other: Portfolio;
let viewerCookie: string;
let otherCookie: string;
const photos = { shared: "", funderOnly: "", withdrawn: "", otherFunder: "" };
let withdrawnCheckInId = "";

beforeAll(async () => {
  portfolio = await createPortfolio();
  other = await createPortfolio();
  const { confidence, language, selfEsteem } = portfolio.themes;
  const viewer = await createUser("Helen");
  await db().funderMember.create({
    data: { funderId: portfolio.funder.id, userId: viewer.id, role: "VIEWER" },
  });
  viewerCookie = await signedInCookie(viewer.id);
  otherCookie = await signedInCookie(other.staff.id);

  const amal = await createGrant(portfolio, {
    checkIns: [
      {
        dueOn: at("2026-02-14T12:00:00Z"),
        submittedAt: at("2026-02-15T09:00:00Z"),
        answers: {
          change: "Three of us now speak at the school gate",
          changeFor: "Mothers in our group",
          quote: "I am not afraid any more",
          numbers: { women: 12, sessions: 4 },
        },
        answerLanguage: "ar",
        storyConsent: "FUNDER_REPORTS",
        storyHighlightedAt: at("2026-03-01T09:00:00Z"),
        themeIds: [confidence.id, language.id],
      },
      {
        dueOn: at("2026-05-10T12:00:00Z"),
        submittedAt: at("2026-05-10T12:00:00Z"),
        answers: { change: "A private story", numbers: { women: "8", sessions: "lots" } },
        storyConsent: "FUNDER_ONLY",
        storyHighlightedAt: at("2026-05-11T09:00:00Z"),
        themeIds: [selfEsteem.id],
      },
      { dueOn: at("2026-11-01T12:00:00Z") },
    ],
  });
  photos.shared = await addPhoto(
    amal.application.id,
    amal.checkIns[0]!.id,
    "FUNDER_REPORTS",
    "Our first meeting",
  );
  photos.funderOnly = await addPhoto(amal.application.id, amal.checkIns[0]!.id, "FUNDER_ONLY");

  await createGrant(portfolio, {
    potId: portfolio.secondPot.id,
    groupName: "Спілка українських жінок",
    checkIns: [
      {
        dueOn: at("2026-04-20T12:00:00Z"),
        submittedAt: at("2026-04-20T15:00:00Z"),
        answers: { change: "Not highlighted", quote: "Ми знайшли друзів", numbers: { women: 5 } },
        answerLanguage: "uk",
        storyConsent: "PUBLIC",
        quoteHighlightedAt: at("2026-04-25T09:00:00Z"),
        themeIds: [language.id],
      },
      { dueOn: at("2026-12-15T12:00:00Z") },
    ],
  });
  await createGrant(portfolio, {
    groupName: "Later Group",
    checkIns: [
      // Sent on the first instant of June: inside June, outside a period ending in May.
      {
        dueOn: at("2026-06-01T00:00:00Z"),
        submittedAt: at("2026-06-01T00:00:00Z"),
        answers: { whatHappened: "We met", numbers: { sessions: 2 } },
      },
      { dueOn: at("2027-03-01T12:00:00Z") },
    ],
  });
  const withdrawn = await createGrant(portfolio, {
    groupName: "Changed Mind Group",
    checkIns: [
      {
        dueOn: at("2026-03-01T12:00:00Z"),
        submittedAt: at("2026-03-02T12:00:00Z"),
        answers: { change: "A story they later kept to the funder" },
        storyConsent: "PUBLIC",
        storyHighlightedAt: at("2026-03-05T12:00:00Z"),
      },
    ],
  });
  withdrawnCheckInId = withdrawn.checkIns[0]!.id;
  photos.withdrawn = await addPhoto(withdrawn.application.id, withdrawnCheckInId, "PUBLIC");

  const elsewhere = await createGrant(other, {
    groupName: "Another Funder's Group",
    checkIns: [
      {
        dueOn: at("2026-02-01T12:00:00Z"),
        submittedAt: at("2026-02-01T12:00:00Z"),
        answers: { change: "Another funder's story", numbers: { women: 100 } },
        storyConsent: "PUBLIC",
        storyHighlightedAt: at("2026-02-02T12:00:00Z"),
        themeIds: [other.themes.confidence.id],
      },
    ],
  });
  photos.otherFunder = await addPhoto(
    elsewhere.application.id,
    elsewhere.checkIns[0]!.id,
    "PUBLIC",
  );
});

const funderId = () => portfolio.funder.id;
const period = "from=2026-01&to=2026-06";

describe("themes over time", () => {
  it("counts tagged check-ins per quarter, a merged theme's tags under the theme it joined", async () => {
    const view = await themesOverTime(funderId(), filtersOf(`${period}&per=quarter`), "en");
    expect(view.periods.map((p) => p.key)).toEqual(["2026-Q1", "2026-Q2"]);
    expect(view.themes.map((row) => [row.name.text, row.counts])).toEqual([
      ["Confidence", [1, 1]],
      ["Language", [1, 1]],
    ]);
  });

  it("counts per month when asked, and names themes in the reader's language", async () => {
    const view = await themesOverTime(funderId(), filtersOf(`${period}&per=month`), "uk");
    expect(view.periods).toHaveLength(6);
    const confidence = view.themes.find((row) => row.id === portfolio.themes.confidence.id)!;
    expect(confidence.name).toEqual({ text: "Впевненість", locale: "uk" });
    expect(confidence.counts).toEqual([0, 1, 0, 0, 1, 0]);
  });

  it("narrows to a pot, and to a shorter period", async () => {
    const byPot = await themesOverTime(
      funderId(),
      filtersOf(`${period}&pot=${portfolio.secondPot.id}`),
      "en",
    );
    expect(byPot.themes.map((row) => [row.name.text, row.counts])).toEqual([["Language", [0, 1]]]);
    const later = await themesOverTime(funderId(), filtersOf("from=2026-03&to=2026-06"), "en");
    expect(later.themes.map((row) => [row.name.text, row.total])).toEqual([
      ["Confidence", 1],
      ["Language", 1],
    ]);
  });

  it("shows nothing of a scheme that is not this funder's", async () => {
    const view = await themesOverTime(
      funderId(),
      filtersOf(`${period}&scheme=${other.scheme.id}`),
      "en",
    );
    expect(view.themes).toEqual([]);
  });
});

describe("themes by pot", () => {
  it("compares the pots in scope", async () => {
    const pots = [
      { id: portfolio.pot.id, name: { text: "Open pot", locale: "en" } },
      { id: portfolio.secondPot.id, name: { text: "Small sparks", locale: "en" } },
    ];
    const view = await themesByPot(funderId(), filtersOf(period), pots, "en");
    expect(view.themes.map((row) => [row.name.text, row.counts])).toEqual([
      ["Confidence", [2, 0]],
      ["Language", [1, 1]],
    ]);
  });
});

describe("check-in status per grant", () => {
  it("counts late, due and on time grants, late ones first", async () => {
    const status = await checkInStatusPage(funderId(), filtersOf(""), now);
    expect(status.counts).toEqual({ late: 1, due: 1, onTime: 2 });
    expect(status.rows.map((row) => [row.group, row.status])).toEqual([
      ["Amal Women's Circle", "late"],
      ["Спілка українських жінок", "due"],
      ["Later Group", "onTime"],
      ["Changed Mind Group", "onTime"],
    ]);
    expect(status.rows[0]!.nextDue).toBe("2026-11-01T12:00:00.000Z");
  });

  it("follows the pot filter", async () => {
    const status = await checkInStatusPage(
      funderId(),
      filtersOf(`pot=${portfolio.secondPot.id}`),
      now,
    );
    expect(status.total).toBe(1);
    expect(status.counts).toEqual({ late: 0, due: 1, onTime: 0 });
  });
});

describe("light numbers", () => {
  const rounds = () => [
    {
      id: portfolio.round.id,
      name: { text: "2027", locale: "en" },
      lightNumbers: [
        { id: "women", label: { en: "Women taking part", uk: "Жінок бере участь" } },
        { id: "sessions", label: { en: "Sessions held" } },
      ],
    },
  ];

  it("are added up by the database per round, a word typed in a number not counted", async () => {
    const [round] = await lightNumberTotals(funderId(), filtersOf(period), rounds(), "uk");
    expect(round!.numbers).toEqual([
      { id: "women", label: { text: "Жінок бере участь", locale: "uk" }, total: 25, checkIns: 3 },
      { id: "sessions", label: { text: "Sessions held", locale: "en" }, total: 6, checkIns: 2 },
    ]);
  });

  it("follow the pot and the period", async () => {
    const [inPot] = await lightNumberTotals(
      funderId(),
      filtersOf(`${period}&pot=${portfolio.secondPot.id}`),
      rounds(),
      "en",
    );
    expect(inPot!.numbers[0]!.total).toBe(5);
    const [late] = await lightNumberTotals(
      funderId(),
      filtersOf("from=2026-05&to=2026-06"),
      rounds(),
      "en",
    );
    expect(late!.numbers.map((number) => number.total)).toEqual([8, 2]);
    const [may] = await lightNumberTotals(
      funderId(),
      filtersOf("from=2026-05&to=2026-05"),
      rounds(),
      "en",
    );
    expect(may!.numbers.map((number) => number.total)).toEqual([8, 0]);
  });
});

async function page<T>(handler: (args: never) => Promise<T>, path: string, cookie = viewerCookie) {
  const result = await call(handler as never, path, { funderId: funderId() }, cookie);
  if (result instanceof Response) throw new Error(`status ${result.status}`);
  return result as T;
}

describe("the story wall", () => {
  it("shows highlighted stories and quotes only within consent, with only the shareable photos", async () => {
    const view = await page(storiesPage, `/fund/${funderId()}/outcomes/stories?${period}`);
    const texts = view.stories.map((story) => [story.group, story.change, story.quote]);
    expect(texts).toContainEqual([
      "Amal Women's Circle",
      "Three of us now speak at the school gate",
      null,
    ]);
    expect(texts).toContainEqual(["Спілка українських жінок", null, "Ми знайшли друзів"]);
    const all = JSON.stringify(view.stories);
    expect(all).not.toContain("A private story");
    expect(all).not.toContain("Another funder's story");
    expect(all).not.toContain("Not highlighted");
    const amal = view.stories.find((story) => story.group === "Amal Women's Circle")!;
    expect(amal.photos.map((photo) => photo.id)).toEqual([photos.shared]);
    expect(amal.language).toBe("ar");
  });

  it("drops a story at once when its consent is narrowed after it was highlighted", async () => {
    const before = await page(storiesPage, `/fund/${funderId()}/outcomes/stories?${period}`);
    expect(JSON.stringify(before.stories)).toContain("A story they later kept to the funder");
    await db().checkIn.update({
      where: { id: withdrawnCheckInId },
      data: { storyConsent: "FUNDER_ONLY" },
    });
    const wall = await page(storiesPage, `/fund/${funderId()}/outcomes/stories?${period}`);
    expect(JSON.stringify(wall.stories)).not.toContain("A story they later kept to the funder");
    const summary = await page(summaryPage, `/fund/${funderId()}/outcomes/summary?${period}`);
    expect(JSON.stringify(summary.stories)).not.toContain("A story they later kept to the funder");
    const photo = await call(
      photoRoute,
      `/fund/${funderId()}/outcomes/photos/${photos.withdrawn}`,
      { funderId: funderId(), photoId: photos.withdrawn },
      viewerCookie,
    );
    expect(photo instanceof Response && photo.status).toBe(403);
  });
});

describe("wall photos", () => {
  const open = (photoId: string, cookie = viewerCookie, funder = funderId()) =>
    call(
      photoRoute,
      `/fund/${funder}/outcomes/photos/${photoId}`,
      { funderId: funder, photoId },
      cookie,
    );

  it("serves a shareable photo of a highlighted story to the funder's staff", async () => {
    const response = await open(photos.shared);
    expect(response instanceof Response && response.status).toBe(200);
    expect((response as Response).headers.get("Content-Type")).toBe("image/png");
  });

  it("refuses a photo kept for the funder only, and another funder's photo", async () => {
    for (const result of [await open(photos.funderOnly), await open(photos.otherFunder)]) {
      expect(result instanceof Response && result.status).toBe(403);
    }
    const asOther = await open(photos.shared, otherCookie, other.funder.id);
    expect(asOther instanceof Response && asOther.status).toBe(403);
  });
});

describe("the pages", () => {
  it("the outcome views page puts it all together for a viewer", async () => {
    const view = await page(outcomesPage, `/fund/${funderId()}/outcomes?${period}&per=quarter`);
    expect(view.errors).toEqual({});
    expect(view.overTime.periods.map((p) => p.key)).toEqual(["2026-Q1", "2026-Q2"]);
    expect(view.byPot.pots).toHaveLength(2);
    expect(view.totals[0]!.numbers[0]!.total).toBe(25);
    expect(view.choices.pots.map((pot) => pot.text)).toEqual(["Open pot", "Small sparks"]);
  });

  it("explains a bad month next to its field instead of failing", async () => {
    const view = await page(outcomesPage, `/fund/${funderId()}/outcomes?from=June&to=2026-06`);
    expect(view.errors).toEqual({ from: { key: "outcomes:views.errors.month" } });
  });

  it("the portfolio summary gives headline figures, top themes and at most three stories", async () => {
    const summary = await page(summaryPage, `/fund/${funderId()}/outcomes/summary?${period}`);
    expect(summary.figures.grants).toBe(4);
    expect(summary.figures.checkIns).toBe(5);
    expect(summary.figures.money).toEqual([{ currency: "EUR", awarded: 200_000, paid: 0 }]);
    expect(summary.themes.map((row) => row.name.text)).toEqual(["Confidence", "Language"]);
    expect(summary.stories.length).toBeLessThanOrEqual(3);
    expect(JSON.stringify(summary.stories)).not.toContain("A private story");
  });
});
