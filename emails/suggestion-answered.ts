import type { TFunction } from "i18next";
import type { Locale } from "../app/domain/shared/locales";
import { buttonLink, escapeHtml, paragraphs, wrapHtml, type RenderedEmail } from "./layout";

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
  const key = (name: string) =>
    t(`emails:suggestionAnswered.${name}`, { scheme: payload.schemeTitle });
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
  const body = `${paragraphs([t("emails:greeting"), key("youWrote")])}
${quote(payload.suggestion)}
<p style="font-weight:bold;">${escapeHtml(decision)}</p>
${paragraphs([key("theirReply")])}
${quote(payload.reply)}
${buttonLink(payload.link, key("button"))}`;
  return { subject, text, html: wrapHtml(locale, t, subject, body) };
}
