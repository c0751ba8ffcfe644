import { describe, expect, it } from "vitest";
import { supportedLocales, type Locale } from "~/domain/shared/locales";
import { translatorFor } from "~/services/platform/i18n.server";
import { renderApplicationDecision, type ApplicationDecisionPayload } from "./application-decision";

const payload: ApplicationDecisionPayload = {
  applicationId: "app-1",
  reference: "RIV-27-4KQ9",
  organisation: "Amal Women's Circle",
  scheme: { en: "Riverside Community Grants", ar: "منح مجتمع ريفرسايد" },
  pot: { en: "Women's groups", ar: "مجموعات النساء" },
  outcome: "AWARD",
  amountMinor: 400_000,
  currency: "GBP",
  feedback: { en: "A clear plan with real reach." },
  link: "https://grants.example.org/applications/app-1",
};

async function render(locale: Locale, overrides: Partial<ApplicationDecisionPayload> = {}) {
  return renderApplicationDecision(locale, await translatorFor(locale), {
    ...payload,
    ...overrides,
  });
}

describe("the decision email", () => {
  it("says the award in plain words, with the amount, the reference and the link", async () => {
    const email = await render("en");
    expect(email.text).toContain("has been awarded £4,000 from the Women's groups pot");
    expect(email.text).toContain("RIV-27-4KQ9");
    expect(email.text).toContain(payload.link);
    expect(email.html).toContain(`href="${payload.link}"`);
  });

  it("gives the feedback in the reader's language when written in it", async () => {
    const email = await render("ar", { feedback: { en: "Clear plan.", ar: "خطة واضحة." } });
    expect(email.text).toContain("خطة واضحة.");
    expect(email.text).not.toContain("Clear plan.");
    expect(email.html).toContain('<html lang="ar" dir="rtl">');
  });

  it("otherwise gives the funder's feedback and says which language it is in", async () => {
    const email = await render("uk", { outcome: "DECLINE", amountMinor: null });
    expect(email.text).toContain("A clear plan with real reach.");
    expect(email.text).toMatch(/англ/i);
    expect(email.html).toContain('<blockquote lang="en" dir="auto">');
  });

  it("labels feedback a machine drafted and nobody checked, with what the panel wrote below", async () => {
    const email = await render("uk", {
      feedback: { en: "A clear plan.", uk: "Чіткий план." },
      machineDrafted: ["uk"],
    });
    expect(email.text).toContain("Відгук комісії (машинний переклад");
    expect(email.text.indexOf("Чіткий план.")).toBeLessThan(email.text.indexOf("A clear plan."));
    expect(email.text).toContain("Що написала комісія (мовою: англійська):\n\nA clear plan.");
    expect(email.html).toContain('<blockquote lang="uk" dir="auto">Чіткий план.</blockquote>');
    expect(email.html).toContain('<blockquote lang="en" dir="auto">A clear plan.</blockquote>');
    const checked = await render("uk", { feedback: { en: "A clear plan.", uk: "Чіткий план." } });
    expect(checked.text).not.toContain("машинний переклад");
    expect(checked.text).not.toContain("A clear plan.");
  });

  it.each(supportedLocales)("leaves no key showing in %s, for every outcome", async (locale) => {
    const drafted = { feedback: { en: "A clear plan.", [locale]: "…" }, machineDrafted: [locale] };
    for (const outcome of ["AWARD", "DECLINE", "WAITLIST"] as const) {
      const email = await render(locale, { outcome, ...(locale === "en" ? {} : drafted) });
      expect(email.text).not.toMatch(/applicationDecision\./);
      expect(email.subject).not.toMatch(/applicationDecision\./);
    }
  });
});
