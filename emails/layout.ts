import type { TFunction } from "i18next";
import { formatDateTime } from "../app/domain/shared/dates";
import { textDirection, type Locale } from "../app/domain/shared/locales";

export type RenderedEmail = { subject: string; text: string; html: string };

export function escapeHtml(value: string): string {
  return value
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&#39;");
}

/**
 * The frame every email shares. Email clients ignore most CSS, so layout is inline and simple;
 * `dir` on the root makes Arabic and Persian emails read right to left.
 */
export function wrapHtml(locale: Locale, t: TFunction, title: string, bodyHtml: string): string {
  const dir = textDirection(locale);
  const align = dir === "rtl" ? "right" : "left";
  return `<!doctype html>
<html lang="${locale}" dir="${dir}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>${escapeHtml(title)}</title></head>
<body style="margin:0;padding:0;background:#f6f4ef;">
<div dir="${dir}" style="max-width:560px;margin:0 auto;padding:24px;font-family:system-ui,-apple-system,'Segoe UI',Tahoma,sans-serif;font-size:16px;line-height:1.5;color:#1d1d1b;text-align:${align};background:#ffffff;">
<p style="font-weight:bold;color:#0b5d4b;margin:0 0 16px;">Withfund</p>
${bodyHtml}
<p style="margin-top:24px;">${escapeHtml(t("emails:signature"))}</p>
</div>
</body>
</html>`;
}

/** The one call to action of an email: a link drawn as a button, with inline style for email clients. */
export function buttonLink(href: string, label: string): string {
  return `<p style="margin:24px 0;"><a href="${escapeHtml(href)}" style="display:inline-block;padding:12px 20px;background:#0b5d4b;color:#ffffff;font-weight:bold;text-decoration:none;border-radius:6px;">${escapeHtml(label)}</a></p>`;
}

/** Someone's own words quoted in an email, in whatever direction they were written. */
export function quoteBlock(value: string): string {
  return `<blockquote dir="auto" style="margin:8px 0 16px;padding:8px 12px;border-inline-start:4px solid #c9c5bb;white-space:pre-wrap;">${escapeHtml(value)}</blockquote>`;
}

export function paragraphs(lines: string[]): string {
  return lines.map((line) => `<p>${escapeHtml(line)}</p>`).join("\n");
}

/**
 * When a link stops working, in the reader's language. Invitations belong to no scheme and their
 * readers live in many places, so the time is on UTC clocks and says so.
 */
export function formatExpiry(iso: string, locale: Locale) {
  return formatDateTime(iso, locale, "UTC");
}

/** A short notice about her account: a few paragraphs, then one link to act on it. */
export function accountNotice(
  locale: Locale,
  t: TFunction,
  notice: { subject: string; lines: string[]; link: string; button: string },
): RenderedEmail {
  const lines = [t("emails:greeting"), ...notice.lines];
  const text = [...lines.flatMap((line) => [line, ""]), notice.link, "", t("emails:signature")];
  const body = `${paragraphs(lines)}
${buttonLink(notice.link, notice.button)}`;
  return {
    subject: notice.subject,
    text: text.join("\n"),
    html: wrapHtml(locale, t, notice.subject, body),
  };
}
