import { describe, expect, it } from "vitest";
import { supportedLocales, type Locale } from "~/domain/shared/locales";
import { translatorFor } from "~/services/platform/i18n.server";
import { renderPanelInvitation, type PanelInvitationPayload } from "./panel-invitation";

const payload: PanelInvitationPayload = {
  panelName: "2027 review panel",
  roundName: "2027",
  funderName: "Riverside City Council",
  inviterName: "Tomás García",
  role: "COMMUNITY_REVIEWER",
  link: "https://grants.example.org/panel-invitations/abc_DEF-123",
  expiresAt: "2027-03-17T12:00:00.000Z",
};

async function render(locale: Locale, overrides: Partial<PanelInvitationPayload> = {}) {
  return renderPanelInvitation(locale, await translatorFor(locale), { ...payload, ...overrides });
}

describe("the panel invitation email", () => {
  it("names the panel, the funder and the role, and carries the link in text and HTML", async () => {
    const email = await render("en");
    expect(email.subject).toBe("Invitation to a review panel on Withfund");
    expect(email.text).toContain("the review panel named “2027 review panel”");
    expect(email.text).toContain("the funder “Riverside City Council”");
    expect(email.text).toContain("community reviewer");
    expect(email.text.split("\n")).toContain(payload.link);
    expect(email.html).toContain(`href="${payload.link}"`);
  });

  it("explains a chair's role differently from a community reviewer's", async () => {
    const chair = await render("en", { role: "CHAIR" });
    expect(chair.text).toContain("chair the panel");
    expect(chair.text).not.toContain("community reviewer");
  });

  it("is written right to left in Persian", async () => {
    const email = await render("fa");
    expect(email.subject).toMatch(/[\u0600-\u06FF]/);
    expect(email.html).toContain('<html lang="fa" dir="rtl">');
  });

  it.each(supportedLocales)("leaves no key showing in %s", async (locale) => {
    const email = await render(locale);
    expect(email.text).not.toMatch(/panelInvitation\./);
  });
});
