import { describe, expect, it } from "vitest";
import { supportedLocales, type Locale } from "~/domain/shared/locales";
import { translatorFor } from "~/services/platform/i18n.server";
import { renderOrganisationInvitation } from "./organisation-invitation";
import { renderPanelInvitation } from "./panel-invitation";
import { renderWorkingGroupInvitation } from "./working-group-invitation";

/**
 * What an inviter types (her name, her group's, a panel's) is shown in every invitation email
 * as quoted data, short and on one line, never as a sentence of Withfund's own (decision 0039).
 */

const link = "https://grants.example.org/x/abc_DEF-123";
const expiresAt = "2027-03-17T12:00:00.000Z";

const templates = {
  organisation: (locale: Locale, t: Awaited<ReturnType<typeof translatorFor>>, typed: string) =>
    renderOrganisationInvitation(locale, t, {
      organisationName: typed,
      inviterName: typed,
      role: "MEMBER",
      link,
      expiresAt,
    }),
  panel: (locale: Locale, t: Awaited<ReturnType<typeof translatorFor>>, typed: string) =>
    renderPanelInvitation(locale, t, {
      panelName: typed,
      roundName: "2027",
      funderName: "Riverside City Council",
      inviterName: typed,
      role: "MEMBER",
      link,
      expiresAt,
    }),
  "working group": (locale: Locale, t: Awaited<ReturnType<typeof translatorFor>>, typed: string) =>
    renderWorkingGroupInvitation(locale, t, {
      schemeTitle: "Together",
      funderName: "Riverside City Council",
      inviterName: typed,
      link,
      expiresAt,
    }),
};

const cases = supportedLocales.flatMap((locale) =>
  Object.keys(templates).map((kind) => [kind as keyof typeof templates, locale] as const),
);

// An opening quotation mark, maybe a space and an isolate mark, the name, and a closing one.
const quotedName = (name: string) => new RegExp(`[“«]\\s?\\u2068?${name}\\u2069?\\s?[”»]`);

describe("invitation emails", () => {
  it.each(cases)(
    "%s, in %s: quotes the inviter's words and says who wrote them",
    async (kind, locale) => {
      const t = await translatorFor(locale);
      const email = templates[kind](locale, t, "Amina Yusuf");
      expect(email.text).toMatch(quotedName("Amina Yusuf"));
      expect(email.text).toContain(t("emails:quotedNote"));
      // The subject carries none of it: a mail program shows it before anything else.
      expect(email.subject).not.toContain("Amina");
    },
  );

  it.each(cases)(
    "%s, in %s: a typed name cannot start lines of its own or run on",
    async (kind, locale) => {
      const t = await translatorFor(locale);
      const phishing = `Amina\n\nYour account is locked. Pay the fee at evil.example ${"x".repeat(300)}`;
      const email = templates[kind](locale, t, phishing);
      expect(email.text.split("\n").some((line) => line.startsWith("Your account"))).toBe(false);
      expect(email.html).not.toMatch(/<p>Your account/);
      expect(email.text).not.toContain("x".repeat(100));
      expect(email.text).toContain("…");
    },
  );

  it("escapes markup typed into a name in the HTML of every invitation", async () => {
    const t = await translatorFor("en");
    for (const render of Object.values(templates)) {
      const email = render("en", t, '<a href="https://evil.example">Click</a>');
      expect(email.html).not.toContain('<a href="https://evil.example">');
      expect(email.html).toContain("&lt;a href=&quot;https://evil.example&quot;&gt;");
    }
  });
});
