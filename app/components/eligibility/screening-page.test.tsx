import { describe, expect, it, vi } from "vitest";
import type { Locale } from "~/domain/shared/locales";
import { renderPage } from "../../../tests/support/page-render";

const state = vi.hoisted(() => ({ data: {} as unknown, answer: undefined as unknown }));
vi.mock("@remix-run/react", async () =>
  (await import("../../../tests/support/page-render")).remixMock(state),
);
const { default: ScreeningPage } =
  await import("~/routes/fund.$funderId.schemes.$schemeId.rounds.$roundId.screening.$applicationId");

const page = {
  scheme: { id: "s1", title: { text: "Small grants", locale: "en" }, currency: "EUR" },
  round: { id: "r1", name: { text: "2027", locale: "en" } },
  canEdit: true,
  application: {
    id: "a1",
    reference: "RIV-27-4KQ9",
    organisation: "Dalia Sisters",
    pot: { text: "Open pot", locale: "en" },
    requestedMinor: 20_000,
    group: "to-screen",
    screenedBy: null,
    reason: null,
    note: null,
    checker: { eligible: true, incomplete: false, outcomes: [] },
  },
  choices: { screen: ["eligible", "ineligible"], reconsider: false },
  unreachable: true,
};

const render = (locale: Locale, data: unknown) => renderPage(state, locale, ScreeningPage, data);

describe("screening an application whose group nobody can be emailed", () => {
  it("says, naming the application and the group, to contact the group another way", () => {
    const html = render("en", page);
    expect(html).toContain("No member of");
    expect(html).toMatch(/Dalia Sisters[\s\S]*RIV-27-4KQ9[\s\S]*Contact the group another way/);
    expect(render("en", { ...page, unreachable: false })).not.toContain("No member of");
  });

  it("says it in every language without a key showing", () => {
    for (const locale of ["ar", "fa", "uk", "es", "fr"] as const) {
      const html = render(locale, page);
      expect(html).not.toContain("eligibility:");
      expect(html).toContain("Dalia Sisters");
      expect(html).not.toContain("No member of");
    }
  });
});
