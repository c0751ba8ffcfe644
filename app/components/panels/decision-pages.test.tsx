import { renderToStaticMarkup } from "react-dom/server";
import { createElement, type ReactNode } from "react";
import { I18nextProvider } from "react-i18next";
import { describe, expect, it, vi } from "vitest";
import type { Locale } from "~/domain/shared/locales";
import { sharedOptionsInstance } from "../../../tests/support/translator";

const page = vi.hoisted(() => ({ data: {} as unknown }));
vi.mock("@remix-run/react", () => ({
  useLoaderData: () => page.data,
  useActionData: () => undefined,
  Form: ({ children }: { children: ReactNode }) => createElement("form", null, children),
  Link: ({ children, to }: { children: ReactNode; to: string }) =>
    createElement("a", { href: to }, children),
}));
const { default: DecisionPage } =
  await import("~/routes/panels.$panelId_.pots.$potId.decisions.$applicationId");
const { default: ConfirmPage } = await import("~/routes/panels.$panelId_.pots.$potId.confirm");

const render = (locale: Locale, Page: () => ReactNode, data: unknown) => {
  page.data = data;
  return renderToStaticMarkup(
    <I18nextProvider i18n={sharedOptionsInstance(locale)}>
      <Page />
    </I18nextProvider>,
  );
};

const decision = {
  application: { id: "a1", reference: "RIV-27-4KQ9", status: "IN_REVIEW", requestedMinor: 250_000 },
  pot: {
    id: "p1",
    name: { en: "Language and peer support" },
    minGrantMinor: 100_000,
    maxGrantMinor: 300_000,
  },
  currency: "EUR",
  score: { reviews: 3, score: 72.456 },
  applicantLocale: "uk",
  decision: {
    outcome: "WAITLIST",
    amountMinor: null,
    rationale: "Good, but the pot is spent.",
    revision: 2,
    confirmed: true,
    feedbackLanguages: ["en", "uk"],
    machineDrafted: [],
    staleDrafts: [],
  },
  open: true,
  outcomes: ["AWARD"],
  feedbackLanguage: "uk",
  feedbackText: "Ви перші в черзі.",
  feedbackMachineDrafted: false,
  draftInto: null,
  panelId: "panel-1",
  potName: "Language and peer support",
  saved: null,
};

describe("the decision page", () => {
  it("offers a confirmed waiting-list place only as an award, naming the group's language", () => {
    const html = render("en", DecisionPage, decision);
    expect(html).toContain("Award from the waiting list");
    expect(html).toContain('value="AWARD"');
    expect(html).not.toContain('value="DECLINE"');
    expect(html).toContain("The group reads Ukrainian.");
    expect(html).toContain("72.5 out of 100 (reviews counted: 3)");
    expect(html).toContain('name="revision" value="2"');
    expect(html).toContain("Ви перші в черзі.");
  });

  it("offers a machine draft into the group's language as a second submit button", () => {
    const html = render("en", DecisionPage, {
      ...decision,
      decision: { ...decision.decision, confirmed: false, outcome: "DECLINE" },
      outcomes: ["AWARD", "DECLINE", "WAITLIST"],
      feedbackLanguage: "en",
      feedbackText: "First in line.",
      draftInto: "uk",
    });
    expect(html).toMatch(
      /<button type="submit" name="intent" value="translate-feedback"[^>]*>Draft a machine translation into Ukrainian<\/button>/,
    );
    expect(html).not.toContain("Machine translated");
  });

  it("labels an unchecked machine draft next to its box, with a way to say it stands", () => {
    const html = render("uk", DecisionPage, {
      ...decision,
      decision: { ...decision.decision, machineDrafted: ["uk"] },
      feedbackMachineDrafted: true,
    });
    expect(html).toContain("Машинний переклад — перевірте його перед підтвердженням");
    expect(html).toContain("(машинний переклад, ще не перевірено)");
    expect(html).toContain('name="feedbackChecked" value="yes"');
    expect(html).not.toContain("translate-feedback");
  });

  it("is written right to left in Persian with no key showing", () => {
    const html = render("fa", DecisionPage, { ...decision, open: false });
    expect(html).not.toMatch(/panels:|decision\.\w/);
    expect(html).toContain("این تصمیم تأیید شده است");
  });
});

describe("the confirm page", () => {
  const confirm = {
    panelId: "panel-1",
    panelName: "2027 review panel",
    potId: "p1",
    potName: "Language and peer support",
    currency: "EUR",
    confirmed: null,
    decisions: [
      {
        id: "d1",
        revision: 1,
        applicationId: "a1",
        reference: "RIV-27-4KQ9",
        requestedMinor: 250_000,
        outcome: "AWARD",
        amountMinor: 200_000,
        score: 72.4,
        hasFeedback: true,
        machineDrafted: false,
      },
    ],
    awardsMinor: 900_000,
    remainingMinor: 800_000,
    overdrawMinor: 100_000,
    refused: null,
    floors: [{ potId: "p0", met: false, achievedBasisPoints: 5500, floorBasisPoints: 6000 }],
    undecided: [{ id: "a2", reference: "RIV-27-7PX2" }],
    waitlisted: [],
    conflicted: 0,
    unreachable: [] as { id: string; reference: string; organisation: string | null }[],
  };

  it("shows the money against the pot, the floor and the overdraw before anyone confirms", () => {
    const html = render("en", ConfirmPage, confirm);
    expect(html).toContain("These awards total €9,000. The pot has €8,000 left.");
    expect(html).toContain("That is €1,000 more than the pot holds.");
    expect(html).toContain("the floor is not met");
    expect(html).toContain('name="decision" value="d1:1"');
    expect(html).toContain("RIV-27-7PX2");
    expect(html).not.toContain("On the waiting list");
  });

  it("warns, without blocking, about feedback a machine drafted and nobody checked", () => {
    const [first] = confirm.decisions;
    const html = render("en", ConfirmPage, {
      ...confirm,
      decisions: [{ ...first, machineDrafted: true }],
    });
    expect(html).toContain("Machine-translated feedback not checked yet");
    expect(html).toMatch(/machine-drafted-title[\s\S]*RIV-27-4KQ9/);
    expect(html).toContain("Yes, machine translated, not checked");
    expect(html).toContain("Confirm these decisions");
    expect(render("en", ConfirmPage, confirm)).not.toContain("not checked");
  });

  it("names the groups nobody will be emailed about, and says to contact them another way", () => {
    const unreachable = [
      { id: "a1", reference: "RIV-27-4KQ9", organisation: "Bridge Builders" },
      { id: "a3", reference: "RIV-27-9ZZ1", organisation: null },
    ];
    const html = render("en", ConfirmPage, { ...confirm, unreachable });
    expect(html).toContain("Nobody will be emailed about these decisions");
    expect(html).toContain("Contact each group another way");
    expect(html).toMatch(
      /unreachable-title[\s\S]*RIV-27-4KQ9[\s\S]*Bridge Builders[\s\S]*RIV-27-9ZZ1/,
    );
    expect(render("en", ConfirmPage, confirm)).not.toContain("Nobody will be emailed");
  });

  it("leaves no key showing in Arabic", () => {
    const html = render("ar", ConfirmPage, {
      ...confirm,
      conflicted: 1,
      unreachable: [{ id: "a1", reference: "RIV-27-4KQ9", organisation: null }],
    });
    expect(html).toContain("لن يُرسَل بريد إلكتروني");
    expect(html).not.toMatch(/panels:|confirm\.\w/);
    expect(html).toContain("تأكيد هذه القرارات");
  });
});
