import { describe, expect, it } from "vitest";
import { supportedLocales, type Locale } from "~/domain/shared/locales";
import { translatorFor } from "~/services/platform/i18n.server";
import { renderMscSelection, type MscSelectionPayload } from "./msc-selection";

const payload: MscSelectionPayload = {
  grantId: "grant-1",
  organisation: "Amal Women's Circle",
  scheme: { en: "Riverside Together", ar: "ريفرسايد معًا" },
  domain: { en: "Feeling more confident", ar: "ثقة أكبر بالنفس" },
  reasons: { en: "They spoke up for the first time.", ar: "تحدّثن لأول مرة." },
  machineDrafted: [],
  link: "https://grants.example.org/grants/grant-1",
};

async function render(locale: Locale, overrides: Partial<MscSelectionPayload> = {}) {
  return renderMscSelection(locale, await translatorFor(locale), { ...payload, ...overrides });
}

describe("the story-chosen email", () => {
  it("names the domain and gives the reason in the reader's language, right to left in Arabic", async () => {
    const email = await render("ar");
    expect(email.text).toContain("ثقة أكبر بالنفس");
    expect(email.text).toContain("تحدّثن لأول مرة.");
    expect(email.text).not.toContain("They spoke up");
    expect(email.html).toContain('<html lang="ar" dir="rtl">');
    expect(email.html).toContain('<blockquote lang="ar" dir="auto">');
  });

  it("labels a machine draft and gives the original beside it", async () => {
    const email = await render("ar", { machineDrafted: ["ar"] });
    expect(email.text).toContain("تحدّثن لأول مرة.");
    expect(email.text).toContain("They spoke up for the first time.");
  });

  it("says any other change when the story had no domain", async () => {
    const email = await render("en", { domain: null });
    expect(email.text).toContain('"Any other change"');
  });

  it("renders in every language with a subject and the link", async () => {
    for (const locale of supportedLocales) {
      const email = await render(locale);
      expect(email.subject).not.toBe("");
      expect(email.text).toContain(payload.link);
    }
  });
});
