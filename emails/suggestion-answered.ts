import type { TFunction } from "i18next";
import type { Locale } from "../app/domain/shared/locales";
import {
  buttonLink,
  escapeHtml,
  paragraphs,
  quoteBlock,
  wrapHtml,
  type RenderedEmail,
} from "./layout";

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
  const body = `${paragraphs([t("emails:greeting"), key("youWrote")])}
${quoteBlock(payload.suggestion)}
<p style="font-weight:bold;">${escapeHtml(decision)}</p>
${paragraphs([key("theirReply")])}
${quoteBlock(payload.reply)}
${buttonLink(payload.link, key("button"))}`;
  return { subject, text, html: wrapHtml(locale, t, subject, body) };
}
