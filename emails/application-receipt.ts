import type { TFunction } from "i18next";
import { formatDate, formatDateTime } from "../app/domain/shared/dates";
import { formatMoney } from "../app/domain/shared/money";
import { translated } from "../app/domain/shared/translated-text";
import type { Locale } from "../app/domain/shared/locales";
import { buttonLink, escapeHtml, paragraphs, wrapHtml, type RenderedEmail } from "./layout";

const REFERENCE_SLOT = "\u0000reference\u0000";

/**
 * The reference line, with the reference kept left to right inside Arabic or Persian text and
 * spaced out so it can be read aloud character by character.
 */
export function referenceLine(t: TFunction, reference: string) {
  const sentence = t("emails:applicationReceipt.reference", { reference: REFERENCE_SLOT });
  const text = sentence.replace(REFERENCE_SLOT, `\u2066${reference}\u2069`);
  const code = `<bdi dir="ltr" style="font-family:ui-monospace,Menlo,Consolas,monospace;font-weight:bold;letter-spacing:0.12em;white-space:nowrap;">${escapeHtml(reference)}</bdi>`;
  const html = `<p>${sentence.split(REFERENCE_SLOT).map(escapeHtml).join(code)}</p>`;
  return { text, html };
}

export type ApplicationReceiptPayload = {
  applicationId: string;
  /** The short reference; receipts queued before references existed show the id instead. */
  reference?: string;
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
export function renderApplicationReceipt(
  locale: Locale,
  t: TFunction,
  payload: ApplicationReceiptPayload,
): RenderedEmail {
  const scheme = translated(payload.scheme, locale).text;
  const pot = translated(payload.pot, locale).text;
  const subject = t("emails:applicationReceipt.subject", { scheme });
  const reference = referenceLine(t, payload.reference ?? payload.applicationId);
  const lines = [
    t("emails:greeting"),
    t("emails:applicationReceipt.body", { organisation: payload.organisation, scheme, pot }),
    t("emails:applicationReceipt.when", {
      when: formatDateTime(payload.submittedAt, locale, payload.timeZone),
    }),
    reference.text,
    ...(payload.requestedMinor !== undefined && payload.currency
      ? [
          t("emails:applicationReceipt.requested", {
            amount: formatMoney(payload.requestedMinor, payload.currency, locale),
          }),
        ]
      : []),
    payload.decisionAt
      ? t("emails:applicationReceipt.nextWithDate", {
          date: formatDate(payload.decisionAt, locale, payload.timeZone),
        })
      : t("emails:applicationReceipt.next"),
    t("emails:applicationReceipt.help"),
  ];
  const read = payload.link
    ? t("emails:applicationReceipt.readLink", { link: payload.link })
    : null;
  const text = [...lines, ...(read ? [read] : []), "", t("emails:signature")].join("\n\n");
  const button = payload.link
    ? `\n${buttonLink(payload.link, t("emails:applicationReceipt.readButton"))}`
    : "";
  const html = paragraphs(lines).replace(`<p>${escapeHtml(reference.text)}</p>`, reference.html);
  return { subject, text, html: wrapHtml(locale, t, subject, html + button) };
}

export type DeadlineReminderPayload = {
  applicationId: string;
  organisation: string;
  scheme: Record<string, string>;
  closesAt: string;
  timeZone: string;
  link: string;
};

export function renderDeadlineReminder(
  locale: Locale,
  t: TFunction,
  payload: DeadlineReminderPayload,
): RenderedEmail {
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
