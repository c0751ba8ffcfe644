import { renderToStaticMarkup } from "react-dom/server";
import { I18nextProvider } from "react-i18next";
import { describe, expect, it, vi } from "vitest";
import type { Locale } from "~/domain/shared/locales";
import type { GrantPageData } from "~/services/grants/grant-pages.server";
import { sharedOptionsInstance } from "../../../tests/support/translator";

vi.mock("@remix-run/react", () => ({
  Link: ({ to, children }: { to: string; children: React.ReactNode }) => (
    <a href={to}>{children}</a>
  ),
  Form: ({ children, ...props }: { children: React.ReactNode }) => (
    <form {...props}>{children}</form>
  ),
}));
const { GrantSections } = await import("./grant-details");
const { StaffChangeForm, staffIntents } = await import("./grant-staff-forms");

function render(node: React.ReactNode, locale: Locale = "en") {
  return renderToStaticMarkup(
    <I18nextProvider i18n={sharedOptionsInstance(locale)}>{node}</I18nextProvider>,
  );
}

const page: GrantPageData = {
  as: "group",
  canEdit: true,
  grant: {
    id: "g1",
    status: "ACTIVE",
    revision: 3,
    startsOn: "2026-11-01T12:00:00.000Z",
    endsOn: "2027-11-01T12:00:00.000Z",
    startsOnInput: "2026-11-01",
    endsOnInput: "2027-11-01",
    acceptedAt: "2026-11-03T10:00:00.000Z",
    acceptedBy: "Olena",
    acceptedLocale: "uk",
  },
  application: { id: "a1", reference: "RIV-26-0042" },
  organisation: { id: "o1", name: "Ukrainian Women's Association" },
  scheme: {
    id: "s1",
    title: { text: "Small grants", locale: "en" },
    currency: "GBP",
    timeZone: "Europe/London",
  },
  round: { id: "r1", name: { text: "2026", locale: "en" } },
  pot: { name: { text: "Main pot", locale: "en" } },
  awardedMinor: 300_000,
  paidMinor: 180_000,
  tranches: [
    {
      id: "t1",
      amountMinor: 180_000,
      dueOn: "2026-11-08T12:00:00.000Z",
      dueOnInput: "2026-11-08",
      paidAt: "2026-11-08T12:00:00.000Z",
      cancelled: false,
    },
    {
      id: "t2",
      amountMinor: 120_000,
      dueOn: "2027-05-10T12:00:00.000Z",
      dueOnInput: "2027-05-10",
      paidAt: null,
      cancelled: false,
    },
  ],
  conditions: {
    id: "c1",
    version: 1,
    text: { text: "Spend the grant as described.", locale: "en" },
  },
  checkIns: [
    {
      id: "k1",
      kind: "CHECK_IN",
      dueOn: "2027-05-01T12:00:00.000Z",
      submittedAt: null,
      state: "late",
      reply: null,
    },
    {
      id: "k2",
      kind: "CHECK_IN",
      dueOn: "2027-11-01T12:00:00.000Z",
      submittedAt: null,
      state: "due",
      reply: "Thank you!",
    },
  ],
  changes: [{ id: "x1", label: "payment", reason: null, at: "2026-11-08T12:00:00.000Z" }],
};

describe("the grant page", () => {
  it("shows the money, payments, check-ins with links for the group, and the changes", () => {
    const html = render(<GrantSections page={page} />);
    expect(html).toMatch(/£3,000/);
    expect(html).toMatch(/£1,800/);
    expect(html).toContain('href="/grants/g1/check-ins/k1"');
    expect(html).toContain("Late");
    expect(html).toContain("Thank you!");
    expect(html).toContain("Payment recorded");
  });

  it("marks conditions the funder did not write in her language with their own", () => {
    const html = render(<GrantSections page={page} />, "ar");
    expect(html).toMatch(/lang="en"[^>]*>Spend the grant as described\./);
    expect(html).toContain("الشروط");
  });
});

describe("the staff's changes", () => {
  it("render every form in each language without a missing text", () => {
    for (const locale of ["en", "ar", "fa"] as const)
      for (const intent of staffIntents) {
        const html = render(
          <StaffChangeForm
            page={{ ...page, as: "staff" }}
            intent={intent}
            base="/fund/f/grants/g1"
          />,
          locale,
        );
        expect(html).not.toMatch(/grants:|staff\.|check\./);
        expect(html).toContain('name="revision" value="3"');
      }
  });

  it("shows the check step above the form, with every answer kept", () => {
    const html = render(
      <StaffChangeForm
        page={{ ...page, as: "staff" }}
        intent="end"
        base="/fund/f/grants/g1"
        answer={{
          intent: "end",
          values: { intent: "end", revision: "3", reason: "Closed" },
          errors: {},
          check: [
            {
              key: "grants:check.end",
              values: { date: "1 Dec", paid: "£1,800.00", cancelled: "£1,200.00" },
            },
          ],
        }}
      />,
    );
    expect(html).toContain("Yes, record this");
    expect(html).toContain('name="confirm" value="yes"');
    expect(html).toContain(">Closed</textarea>");
  });
});
