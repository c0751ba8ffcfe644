import { describe, expect, it } from "vitest";
import { supportedLocales, type Locale } from "~/domain/shared/locales";
import { translatorFor } from "~/services/platform/i18n.server";
import { sharedOptionsInstance } from "../tests/support/translator";
import { emailTemplates } from ".";
import { escapeHtml } from "./layout";
import {
  renderOrganisationInvitation,
  type OrganisationInvitationPayload,
} from "./organisation-invitation";

const payload: OrganisationInvitationPayload = {
  organisationName: "Amal Women's Circle",
  inviterName: "Amina Haddad",
  role: "MEMBER",
  link: "https://grants.example.org/invitations/abc_DEF-123",
  expiresAt: "2027-03-17T12:00:00.000Z",
};

async function render(locale: Locale, overrides: Partial<OrganisationInvitationPayload> = {}) {
  return renderOrganisationInvitation(locale, await translatorFor(locale), {
    ...payload,
    ...overrides,
  });
}

describe("the organisation invitation email", () => {
  it("names the group and the inviter, and carries the link in both text and HTML", async () => {
    const email = await render("en");
    // The subject is Withfund's own words only; the names are in the body, quoted.
    expect(email.subject).toBe("Invitation to join a group on Withfund");
    expect(email.text).toContain(
      "A Withfund user who gave the name “Amina Haddad” invited you to join the group named “Amal Women's Circle”, as a member.",
    );
    expect(email.text.split("\n")).toContain(payload.link);
    expect(email.text).toContain("as a member");
    expect(email.text).toContain("17 March 2027 at 12pm, UTC");
    expect(email.html).toContain(`href="${payload.link}"`);
    expect(email.html).toContain('<html lang="en" dir="ltr">');
  });

  it("says when the invitation is to coordinate the group", async () => {
    expect((await render("en", { role: "OWNER" })).text).toContain("as a coordinator");
  });

  it("is written right to left in Arabic, with the link kept left to right", async () => {
    const email = await render("ar");
    expect(email.subject).toMatch(/[\u0600-\u06FF]/);
    expect(email.html).toContain('<html lang="ar" dir="rtl">');
    expect(email.html).toContain(
      `<p dir="ltr" style="word-break:break-all;font-size:14px;text-align:left;">${payload.link}</p>`,
    );
  });

  it("is translated in every language, never left in English", async () => {
    const english = await render("en");
    for (const locale of supportedLocales.filter((l) => l !== "en")) {
      const email = await render(locale);
      expect(email.subject, locale).not.toBe(english.subject);
      expect(email.text, locale).toContain("Amal Women's Circle");
      expect(email.text, locale).toContain(payload.link);
      expect(email.text.split("\n")[2], locale).not.toBe(english.text.split("\n")[2]);
    }
  });

  it("keeps a Latin group name in its own order inside Persian, in the text and the HTML", () => {
    const email = renderOrganisationInvitation("fa", sharedOptionsInstance("fa").t, payload);
    const name = "\u2068Amal Women's Circle\u2069";
    expect(email.text).toContain(`«${name}»`);
    expect(email.html).toContain(escapeHtml(name));
    // A subject that opened with a Latin name would be laid out left to right by mail programs.
    expect(email.subject).toMatch(/^[\u0600-\u06FF]/);
    expect(email.text).toContain("۱۷ مارس ۲۰۲۷");
  });

  it("opens every Arabic and Persian subject with words of the language, never with a name", () => {
    for (const locale of ["ar", "fa"] as const) {
      const email = renderOrganisationInvitation(locale, sharedOptionsInstance(locale).t, payload);
      expect(email.subject, locale).toMatch(/^[\u0600-\u06FF]/);
    }
  });

  it("escapes markup typed into a group's or a person's name", async () => {
    const email = await render("en", {
      organisationName: '<img src=x onerror="alert(1)">',
      inviterName: "<b>Eve</b>",
    });
    expect(email.html).not.toMatch(/<img|<b>/);
    expect(email.html).toContain("&lt;img src=x onerror=&quot;alert(1)&quot;&gt;");
  });

  it("has its link wiped from the outbox after delivery, like a sign-in code", () => {
    // The link is as good as a password until it expires; only its hash may stay stored.
    expect(emailTemplates["organisation-invitation"].sensitive).toBe(true);
  });
});
