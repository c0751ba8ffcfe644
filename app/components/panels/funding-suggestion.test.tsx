import { renderToStaticMarkup } from "react-dom/server";
import { createElement, type ReactNode } from "react";
import { I18nextProvider } from "react-i18next";
import { describe, expect, it, vi } from "vitest";
import type { Locale } from "~/domain/shared/locales";
import { sharedOptionsInstance } from "../../../tests/support/translator";

vi.mock("@remix-run/react", () => ({
  Form: ({ children }: { children: ReactNode }) => createElement("form", null, children),
  Link: ({ children, to }: { children: ReactNode; to: string }) =>
    createElement("a", { href: to }, children),
}));
const { FundingSuggestion } = await import("./funding-suggestion");

const suggestion = (organisation: string | null) => ({
  awards: [
    {
      id: "a1",
      reference: "RIV-26-PMX7",
      organisation,
      amountMinor: 600_000,
      score: 80,
      drafted: false,
    },
  ],
  totalScore: 80,
  totalMinor: 600_000,
  floorsMet: true,
  hasFloors: false,
  broughtIn: [],
  leftOut: [],
  belowSmallestGrant: [],
  fingerprint: "f",
});

const render = (locale: Locale, organisation: string | null) =>
  renderToStaticMarkup(
    <I18nextProvider i18n={sharedOptionsInstance(locale)}>
      <FundingSuggestion
        suggestion={suggestion(organisation)}
        currency="EUR"
        canDecide={false}
        confirming={false}
        here="/here"
      />
    </I18nextProvider>,
  );

const item = (html: string) => /<li>(.*?)<\/li>/.exec(html)?.[1] ?? "";

describe("the suggested funding set's list", () => {
  it("keeps the brackets of an Arabic item around the reference and amount, never around a Latin name that wraps", () => {
    const html = item(render("ar", "Latin American Women's Collective"));
    expect(html).toMatch(
      /^<bdi>Latin American Women&#x27;s Collective<\/bdi> <span class="moderation-suggestion-reference">\(\u2068RIV-26-PMX7\u2069، \u2068.*6,000.*\u2069\)<\/span>$/,
    );
  });

  it("punctuates a blind item the language's way: a space before the colon in French", () => {
    expect(item(render("fr", null))).toMatch(/^RIV-26-PMX7 : 6\s?000/);
    expect(item(render("en", null))).toMatch(/^RIV-26-PMX7: €6,000/);
  });
});
