import type { TFunction } from "i18next";
import { formatDate, formatDateTime } from "../app/domain/dates";
import { formatMoney } from "../app/domain/money";
import { translated } from "../app/domain/translated-text";
import type { Locale } from "../app/domain/locales";
import { buttonLink, paragraphs, wrapHtml, type RenderedEmail } from "./layout";

export type ApplicationReceiptPayload = {
  applicationId: string;
  organisation: string;
  scheme: Record<string, string>;
  pot: Record<string, string>;
  submittedAt: string;
  decisionAt: string | null;
  timeZone: string;
  /** Receipts queued before these were added carry neither; they are then left out. */
  requestedMinor?: number;
  currency?: string;
  link?: string;
};

/** The receipt: proof of what was sent and when, and what happens next, so nobody waits in silence. */
export function renderApplicationReceipt(locale: Locale, t: TFunction, payload: ApplicationReceiptPayload): RenderedEmail {
  const scheme = translated(payload.scheme, locale).text;
  const pot = translated(payload.pot, locale).text;
  const subject = t("emails:applicationReceipt.subject", { scheme });
  const lines = [
    t("emails:greeting"),
    t("emails:applicationReceipt.body", { organisation: payload.organisation, scheme, pot }),
    t("emails:applicationReceipt.when", { when: formatDateTime(payload.submittedAt, locale, payload.timeZone) }),
    t("emails:applicationReceipt.reference", { reference: payload.applicationId }),
    ...(payload.requestedMinor !== undefined && payload.currency
      ? [t("emails:applicationReceipt.requested", { amount: formatMoney(payload.requestedMinor, payload.currency, locale) })]
      : []),
    payload.decisionAt
      ? t("emails:applicationReceipt.nextWithDate", { date: formatDate(payload.decisionAt, locale, payload.timeZone) })
      : t("emails:applicationReceipt.next"),
    t("emails:applicationReceipt.help"),
  ];
  const read = payload.link ? t("emails:applicationReceipt.readLink", { link: payload.link }) : null;
  const text = [...lines, ...(read ? [read] : []), "", t("emails:signature")].join("\n\n");
  const button = payload.link ? `\n${buttonLink(payload.link, t("emails:applicationReceipt.readButton"))}` : "";
  return { subject, text, html: wrapHtml(locale, t, subject, paragraphs(lines) + button) };
}

export type DeadlineReminderPayload = {
  applicationId: string;
  organisation: string;
  scheme: Record<string, string>;
  closesAt: string;
  timeZone: string;
  link: string;
};

export function renderDeadlineReminder(locale: Locale, t: TFunction, payload: DeadlineReminderPayload): RenderedEmail {
  const when = formatDateTime(payload.closesAt, locale, payload.timeZone);
  const scheme = translated(payload.scheme, locale).text;
  const subject = t("emails:draftReminder.subject", { scheme });
  const lines = [
    t("emails:greeting"),
    t("emails:draftReminder.body", { organisation: payload.organisation, scheme, when }),
    t("emails:draftReminder.action"),
  ];
  const text = [...lines, payload.link, "", t("emails:signature")].join("\n\n");
  const html = `${paragraphs(lines)}\n${buttonLink(payload.link, t("emails:draftReminder.button"))}`;
  return { subject, text, html: wrapHtml(locale, t, subject, html) };
}
