import type { ReactNode } from "react";
import { describe, expect, it, vi } from "vitest";
import type { Locale } from "~/domain/shared/locales";
import { renderPage } from "../../../tests/support/page-render";

const state = vi.hoisted(() => ({ data: {} as unknown, answer: undefined as unknown }));
vi.mock("@remix-run/react", async () =>
  (await import("../../../tests/support/page-render")).remixMock(state),
);
const { default: StoriesPage } = await import("~/routes/panels.$panelId_.stories");
const { default: DomainsPage } =
  await import("~/routes/fund.$funderId.schemes.$schemeId.rounds.$roundId.msc");

const render = (locale: Locale, Page: () => ReactNode, data: unknown, answer?: unknown) =>
  renderPage(state, locale, Page, data, answer);

const story = {
  id: "c1",
  organisation: "Ukrainian Women's Association",
  language: "uk",
  change: "Жінки вперше виступили на зборах.",
  changeFor: "Десять жінок",
  whyItMatters: "",
  storyConsent: "FUNDER_REPORTS",
  changeDomainId: "d1",
};
const stories = {
  machineTranslation: { target: "ar", active: false, failure: null },
  panelId: "p1",
  name: "2026 review panel",
  round: { text: "2026", locale: "en" },
  locale: "ar",
  enabled: true,
  mustDeclare: false,
  mayChoose: true,
  choosing: null,
  domains: [
    {
      domainId: "d1",
      name: { text: "ثقة أكبر بالنفس", locale: "ar" },
      stories: [story],
      selection: null,
    },
    { domainId: "other", name: null, stories: [], selection: null },
  ],
};

describe("the stories page", () => {
  it("shows each domain's stories in their own language, and any other change last", () => {
    const html = render("ar", StoriesPage, stories);
    expect(html).toContain('lang="uk"');
    expect(html).toContain("ثقة أكبر بالنفس");
    expect(html).toContain("أي تغيير آخر");
    expect(html).toContain("?choose=d1");
    expect(html).toContain("?translate=ar");
  });

  it("shows the selection form with the machine draft in the group's language, right to left where it should be", () => {
    const html = render(
      "ar",
      StoriesPage,
      { ...stories, choosing: "d1" },
      {
        errors: {},
        values: { checkInId: "c1", reason: "سبب", reasonLocale: "ar", groupReason: "Причина" },
        draftLanguage: "uk",
      },
    );
    expect(html).toContain('name="groupReason"');
    expect(html).toContain('lang="uk"');
    expect(html).toContain("Причина");
    expect(html).toMatch(/value="c1"[^>]*checked|checked[^>]*value="c1"/);
  });
});

describe("the domains page", () => {
  it("lists the domains with any other change, and the add form with its six languages", () => {
    const html = render("uk", DomainsPage, {
      scheme: { id: "s1", title: { text: "Riverside Together", locale: "en" } },
      round: { id: "r1", name: { text: "2026", locale: "en" } },
      domains: [{ id: "d1", name: { text: "Впевненість", locale: "uk" } }],
      editing: null,
      enabled: false,
      canEdit: true,
    });
    expect(html).toContain("Впевненість");
    expect(html).toContain("Будь-яка інша зміна");
    expect(html).toContain('name="name_fa"');
    expect(html).toContain("Увімкнути");
  });
});
