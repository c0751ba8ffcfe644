import type { TFunction } from "i18next";
import type { Locale } from "../app/domain/shared/locales";
import { buttonLink, paragraphs, wrapHtml, type RenderedEmail } from "./layout";

export type TwoFactorDisabledPayload = { link: string };

/** Sent when two-factor sign-in is switched off, so she learns of it if it was not her. */
export function renderTwoFactorDisabled(
  locale: Locale,
  t: TFunction,
  payload: TwoFactorDisabledPayload,
): RenderedEmail {
  const subject = t("emails:twoFactorDisabled.subject");
  const lines = [
    t("emails:greeting"),
    t("emails:twoFactorDisabled.body"),
    t("emails:twoFactorDisabled.notYou"),
  ];
  const text = [
    ...lines.flatMap((line) => [line, ""]),
    payload.link,
    "",
    t("emails:signature"),
  ].join("\n");
  const body = `${paragraphs(lines)}
${buttonLink(payload.link, t("emails:twoFactorDisabled.button"))}`;
  return { subject, text, html: wrapHtml(locale, t, subject, body) };
}
