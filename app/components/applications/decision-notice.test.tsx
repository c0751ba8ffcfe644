import { renderToStaticMarkup } from "react-dom/server";
import { I18nextProvider } from "react-i18next";
import { describe, expect, it } from "vitest";
import type { Locale } from "~/domain/shared/locales";
import { sharedOptionsInstance } from "../../../tests/support/translator";
import { DecisionNotice } from "./decision-notice";

const render = (locale: Locale, decision: Parameters<typeof DecisionNotice>[0]["decision"]) =>
  renderToStaticMarkup(
    <I18nextProvider i18n={sharedOptionsInstance(locale)}>
      <DecisionNotice decision={decision} />
    </I18nextProvider>,
  );

describe("the decision on an applicant's page", () => {
  it("says the award in plain words, with the amount in her language's format", () => {
    const html = render("en", {
      outcome: "AWARD",
      amountMinor: 400_000,
      currency: "GBP",
      feedback: { text: "A clear plan.", language: "en", inReaderLanguage: true, original: null },
    });
    expect(html).toContain("You have been awarded £4,000");
    expect(html).toContain("Feedback from the panel");
    expect(html).not.toContain("written in");
    expect(html).toContain("grant agreement");
  });

  it("labels feedback in the funder's language, marked with its own language", () => {
    const html = render("uk", {
      outcome: "WAITLIST",
      amountMinor: null,
      currency: "EUR",
      feedback: {
        text: "First in line if money frees up.",
        language: "en",
        inReaderLanguage: false,
        original: null,
      },
    });
    expect(html).toContain("Ви у списку очікування");
    expect(html).toContain("написано мовою: англійська");
    expect(html).toContain('lang="en"');
  });

  it("labels unchecked machine-translated feedback, with what the panel wrote one click away", () => {
    const html = render("uk", {
      outcome: "WAITLIST",
      amountMinor: null,
      currency: "EUR",
      feedback: {
        text: "Перші в черзі, якщо гроші звільняться.",
        language: "uk",
        inReaderLanguage: true,
        original: { text: "First in line if money frees up.", language: "en" },
      },
    });
    expect(html).toContain("Машинний переклад");
    expect(html).toContain('<blockquote lang="uk" dir="auto" class="public-text">Перші в черзі');
    expect(html).toMatch(
      /<details[^>]*><summary>Показати оригінал<\/summary><blockquote lang="en"/,
    );
    expect(html).toContain("First in line if money frees up.");
  });

  it("tells a declined group what it can do next, with no feedback section when none was written", () => {
    const html = render("ar", {
      outcome: "DECLINE",
      amountMinor: null,
      currency: "EUR",
      feedback: null,
    });
    expect(html).toContain("لم يُموَّل طلبكم هذه المرة");
    expect(html).not.toContain("ملاحظات اللجنة");
    expect(html).toContain("يمكنكم التقديم من جديد");
  });
});
