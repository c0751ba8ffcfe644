import { describe, expect, it } from "vitest";
import { supportedLocales, type Locale } from "~/domain/shared/locales";
import { translatorFor } from "~/services/platform/i18n.server";
import {
  renderApplicationIneligible,
  type ApplicationIneligiblePayload,
} from "./application-ineligible";

const payload: ApplicationIneligiblePayload = {
  applicationId: "app-1",
  reference: "RT-27-K4P9",
  organisation: "Ukrainian Women's Association Riverside",
  scheme: { en: "Riverside Together", uk: "Ріверсайд разом" },
  pot: { en: "Language and peer support", uk: "Мовна підтримка" },
  reason: "outside-area",
  note: "Your group works in Hillside; this pot is for Riverside.",
  otherPots: [
    {
      scheme: { en: "Hillside Small Grants" },
      pot: { en: "Neighbourhood projects", uk: "Проєкти для сусідів" },
      link: "https://grants.example.org/schemes/hillside-small-grants",
    },
  ],
  help: { en: "Call 01 555 0100 on weekdays.", uk: "Телефонуйте 01 555 0100 у будні." },
  link: "https://grants.example.org/applications/app-1",
};

async function render(locale: Locale, overrides: Partial<ApplicationIneligiblePayload> = {}) {
  return renderApplicationIneligible(locale, await translatorFor(locale), {
    ...payload,
    ...overrides,
  });
}

describe("the email telling a group its application is not eligible", () => {
  it("says why in plain words, with the team's note, the other pots and how to get help", async () => {
    const email = await render("en");
    expect(email.subject).toBe("About your application to Riverside Together");
    expect(email.text).toContain("and your group works outside them");
    expect(email.text).toContain(payload.note!);
    expect(email.text).toContain("Neighbourhood projects, in Hillside Small Grants");
    expect(email.text.split("\n")).toContain(payload.otherPots[0]!.link);
    expect(email.html).toContain(`href="${payload.otherPots[0]!.link}"`);
    expect(email.text).toContain("further rounds");
    expect(email.text).toContain("Call 01 555 0100 on weekdays.");
    expect(email.html).toContain(`href="${payload.link}"`);
  });

  it("is written in the group's language, with the scheme's own words in that language", async () => {
    const email = await render("uk");
    expect(email.subject).toContain("Ріверсайд разом");
    expect(email.text).toContain("Проєкти для сусідів");
    expect(email.text).toContain("Телефонуйте");
    expect(email.html).toContain('<html lang="uk"');
  });

  it("says so when no other pot fits, and offers a reply when the scheme gave no help text", async () => {
    const email = await render("en", { otherPots: [], help: null, note: null });
    expect(email.text).toContain("None of our other pots open now fits your group");
    expect(email.text).toContain("reply to this email");
    expect(email.text).not.toContain("A note from the team");
  });

  it("is written right to left in Arabic", async () => {
    const email = await render("ar");
    expect(email.html).toContain('<html lang="ar" dir="rtl">');
    expect(email.subject).toMatch(/[\u0600-\u06FF]/);
  });

  it.each(supportedLocales)("leaves no key showing in %s", async (locale) => {
    const email = await render(locale);
    expect(email.text).not.toMatch(/applicationIneligible\.|screening\./);
  });
});
