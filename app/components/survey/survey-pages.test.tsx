import type { ReactNode } from "react";
import { describe, expect, it, vi } from "vitest";
import type { Locale } from "~/domain/shared/locales";
import { renderPage } from "../../../tests/support/page-render";

const state = vi.hoisted(() => ({ data: {} as unknown, answer: undefined as unknown }));
vi.mock("@remix-run/react", async () =>
  (await import("../../../tests/support/page-render")).remixMock(state),
);
const { default: SurveyPage } = await import("~/routes/grants.$grantId.survey");
const { default: ResultsPage } =
  await import("~/routes/fund.$funderId.schemes.$schemeId.rounds.$roundId.survey");

const render = (locale: Locale, Page: () => ReactNode, data: unknown, answer?: unknown) =>
  renderPage(state, locale, Page, data, answer);

const heading = {
  scheme: { id: "s1", title: { text: "Riverside Together", locale: "en" } },
  round: { id: "r1", name: { text: "2026", locale: "en" } },
};

describe("the survey form", () => {
  it("asks three scales in words and keeps the free text after an error", () => {
    const html = render(
      "fa",
      SurveyPage,
      {
        round: { text: "2026", locale: "en" },
        scheme: { text: "RT", locale: "en" },
        answered: false,
      },
      {
        errors: { reporting: { key: "survey:form.errors.reporting" } },
        values: { applying: "4", comment: "نظر من" },
      },
    );
    expect(html).toContain("خیلی خوب");
    expect(html).toContain("نظر من");
    expect(html).toContain("انتخاب کنید گزارش دادن برای گروهتان چطور بود");
  });

  it("says the group already answered instead of asking again", () => {
    const html = render("en", SurveyPage, {
      round: { text: "2026", locale: "en" },
      scheme: { text: "RT", locale: "en" },
      answered: true,
    });
    expect(html).toContain("already answered");
    expect(html).not.toContain("<form");
  });
});

describe("the survey results", () => {
  it("shows how many answered and nothing else before five", () => {
    const html = render("en", ResultsPage, {
      ...heading,
      results: { kind: "waiting", answers: 3, needed: 5 },
    });
    expect(html).toContain("3 of 5 answers so far; results appear at 5.");
    expect(html).not.toContain("<table");
  });

  it("shows tables of totals and the free texts from five", () => {
    const html = render("uk", ResultsPage, {
      ...heading,
      results: {
        kind: "results",
        answers: 5,
        questions: [
          { question: "applying", counts: [0, 1, 1, 1, 2], answered: 5, average: 3.8 },
          { question: "reporting", counts: [0, 0, 0, 0, 5], answered: 5, average: 5 },
          { question: "relationship", counts: [1, 1, 1, 1, 1], answered: 5, average: 3 },
        ],
        comments: ["Менше паперів"],
      },
    });
    expect(html.match(/<table/g)).toHaveLength(3);
    expect(html).toContain("3,8");
    expect(html).toContain("Менше паперів");
  });
});
