import type { TFunction } from "i18next";
import type { Locale } from "../app/domain/locales";
import { escapeHtml, paragraphs, wrapHtml, type RenderedEmail } from "./layout";

export type SuggestionAnsweredPayload = {
  /** Already in the reader's language (or the scheme's source language). */
  schemeTitle: string;
  decision: "ACCEPTED" | "DECLINED";
  /** What she wrote, shortened, so she knows which suggestion this is about. */
  suggestion: string;
  reply: string;
  /** Her consultation page, where all her suggestions and the answers are. */
  link: string;
};

export function renderSuggestionAnswered(
  locale: Locale,
  t: TFunction,
  payload: SuggestionAnsweredPayload,
): RenderedEmail {
  const key = (name: string) => t(`emails:suggestionAnswered.${name}`, { scheme: payload.schemeTitle });
  const subject = key("subject");
  const decision = key(payload.decision === "ACCEPTED" ? "accepted" : "declined");
  const text = [
    t("emails:greeting"),
    "",
    key("youWrote"),
    payload.suggestion,
    "",
    decision,
    "",
    key("theirReply"),
    payload.reply,
    "",
    key("openLink"),
    payload.link,
    "",
    t("emails:signature"),
  ].join("\n");
  const quote = (value: string) =>
    `<blockquote dir="auto" style="margin:8px 0 16px;padding:8px 12px;border-inline-start:4px solid #c9c5bb;white-space:pre-wrap;">${escapeHtml(value)}</blockquote>`;
  const link = escapeHtml(payload.link);
  const body = `${paragraphs([t("emails:greeting"), key("youWrote")])}
${quote(payload.suggestion)}
<p style="font-weight:bold;">${escapeHtml(decision)}</p>
${paragraphs([key("theirReply")])}
${quote(payload.reply)}
<p style="margin:24px 0;"><a href="${link}" style="display:inline-block;padding:12px 20px;background:#0b5d4b;color:#ffffff;font-weight:bold;text-decoration:none;border-radius:6px;">${escapeHtml(key("button"))}</a></p>`;
  return { subject, text, html: wrapHtml(locale, t, subject, body) };
}
