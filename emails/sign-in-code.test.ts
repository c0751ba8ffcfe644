import { describe, expect, it } from "vitest";
import { translatorFor } from "~/services/platform/i18n.server";
import { emailTemplates } from ".";
import { renderSignInCode } from "./sign-in-code";

const arabicLetters = /[\u0600-\u06FF]/;

async function render(locale: "en" | "ar" | "uk" | "fa", code: string) {
  return renderSignInCode(locale, await translatorFor(locale), { code });
}

describe("the sign-in code email", () => {
  it("puts the code in the subject, the text and the HTML, in English", async () => {
    const email = await render("en", "482913");
    expect(email.subject).toContain("482913");
    expect(email.subject).toMatch(/Withfund/);
    expect(email.text).toContain("482913");
    expect(email.text.split("\n")).toContain("482913");
    expect(email.html).toContain("482913");
    expect(email.html).toContain('lang="en"');
    expect(email.html).toContain('dir="ltr"');
    expect(email.html).not.toContain('dir="rtl"');
  });

  it("is written in Arabic, right to left, for an Arabic reader", async () => {
    const email = await render("ar", "070809");
    expect(email.subject).toContain("070809");
    expect(email.subject).toMatch(arabicLetters);
    expect(email.text).toContain("070809");
    expect(email.text).toMatch(arabicLetters);
    expect(email.html).toContain('<html lang="ar" dir="rtl">');
    expect(email.html).toContain("text-align:right");
    // The digits themselves stay left to right so they are read in order.
    expect(email.html).toMatch(/<p dir="ltr"[^>]*>070809<\/p>/);
  });

  it("does not fall back to English in another supported language", async () => {
    const english = await render("en", "111111");
    for (const locale of ["ar", "uk", "fa"] as const) {
      const email = await render(locale, "111111");
      expect(email.subject).not.toBe(english.subject);
      expect(email.text).not.toContain(english.text.split("\n")[0]);
    }
  });

  it("escapes markup, so a payload can never inject HTML", async () => {
    const email = await render("en", '<script>alert("x")</script>');
    expect(email.html).not.toMatch(/<script/i);
    expect(email.html).toContain("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;");
  });

  it("counts as sensitive, so its body is wiped from the outbox after delivery", () => {
    expect(emailTemplates["sign-in-code"].sensitive).toBe(true);
  });
});
