import type { TFunction } from "i18next";
import { formatDate } from "../app/domain/shared/dates";
import { translated } from "../app/domain/shared/translated-text";
import type { Locale } from "../app/domain/shared/locales";
import { buttonLink, paragraphs, wrapHtml, type RenderedEmail } from "./layout";

export type CheckInReminderPayload = {
  /** Before the due date, or once after it when the check-in is still not sent. */
  which: "before" | "after";
  organisation: string;
  scheme: Record<string, string>;
  dueOn: string;
  timeZone: string;
  link: string;
};

/**
 * A gentle reminder of a check-in: when it is due, that it takes a few minutes, and that a
 * voice message or a conversation instead is fine, so a late report never reads as a threat.
 */
export function renderCheckInReminder(
  locale: Locale,
  t: TFunction,
  payload: CheckInReminderPayload,
): RenderedEmail {
  const scheme = translated(payload.scheme, locale).text;
  const date = formatDate(payload.dueOn, locale, payload.timeZone);
  const key = payload.which === "before" ? "before" : "after";
  const subject = t(`monitoring:email.${key}.subject`, { scheme, date });
  const lines = [
    t("emails:greeting"),
    t(`monitoring:email.${key}.body`, { organisation: payload.organisation, scheme, date }),
    t("monitoring:email.howLong"),
    t("monitoring:email.help"),
  ];
  const text = [...lines, payload.link, "", t("emails:signature")].join("\n\n");
  const html = `${paragraphs(lines)}\n${buttonLink(payload.link, t("monitoring:email.button"))}`;
  return { subject, text, html: wrapHtml(locale, t, subject, html) };
}
