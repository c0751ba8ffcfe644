import type { TFunction } from "i18next";
import type { Locale } from "../app/domain/shared/locales";
import { translated } from "../app/domain/shared/translated-text";
import { buttonLink, paragraphs, quoteBlock, wrapHtml, type RenderedEmail } from "./layout";

export type CheckInReplyPayload = {
  reference: string;
  organisation: string;
  scheme: Record<string, string>;
  /** What staff wrote back, in their words. */
  reply: string;
  /** The group's grant page, where the reply stays beside the check-in. */
  link: string;
};

/** The funder's answer to a group's check-in, in the group's language. */
export function renderCheckInReply(
  locale: Locale,
  t: TFunction,
  payload: CheckInReplyPayload,
): RenderedEmail {
  const scheme = translated(payload.scheme, locale).text;
  const key = (name: string) =>
    t(`emails:checkInReply.${name}`, {
      scheme,
      organisation: payload.organisation,
      reference: `\u2066${payload.reference}\u2069`,
    });
  const subject = key("subject");
  const text = [
    t("emails:greeting"),
    "",
    key("body"),
    "",
    payload.reply,
    "",
    key("openLink"),
    payload.link,
    "",
    t("emails:signature"),
  ].join("\n");
  const body = `${paragraphs([t("emails:greeting"), key("body")])}
${quoteBlock(payload.reply)}
${buttonLink(payload.link, key("button"))}`;
  return { subject, text, html: wrapHtml(locale, t, subject, body) };
}
