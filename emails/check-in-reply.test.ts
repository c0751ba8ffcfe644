import { describe, expect, it } from "vitest";
import { supportedLocales } from "~/domain/shared/locales";
import { translatorFor } from "~/services/platform/i18n.server";
import { renderCheckInReply, type CheckInReplyPayload } from "./check-in-reply";

const payload: CheckInReplyPayload = {
  reference: "RT-26-K4P9",
  organisation: "Ukrainian Women's Association Riverside",
  scheme: { en: "Riverside Together", uk: "Ріверсайд разом" },
  reply: "Дякуємо! <b>Чудова</b> історія.",
  link: "https://grants.example.org/grants/grant-1",
};

describe("the reply to a check-in", () => {
  it("is written in the group's language, with the funder's words as they wrote them", async () => {
    const email = renderCheckInReply("uk", await translatorFor("uk"), payload);
    expect(email.subject).toContain("грантодавець");
    expect(email.text).toContain(payload.reply);
    expect(email.text).toContain("Ріверсайд разом");
    expect(email.html).toContain("&lt;b&gt;Чудова&lt;/b&gt;");
    expect(email.html).toContain(payload.link);
  });

  it.each(supportedLocales)("has every part in %s", async (locale) => {
    const email = renderCheckInReply(locale, await translatorFor(locale), payload);
    expect(email.text).not.toMatch(/checkInReply\./);
    expect(email.html).toContain(`lang="${locale}"`);
  });
});
