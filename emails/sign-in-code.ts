import type { TFunction } from "i18next";
import type { Locale } from "../app/domain/shared/locales";
import { escapeHtml, paragraphs, wrapHtml, type RenderedEmail } from "./layout";

export type SignInCodePayload = { code: string };

export function renderSignInCode(
  locale: Locale,
  t: TFunction,
  payload: SignInCodePayload,
): RenderedEmail {
  const subject = t("emails:signInCode.subject", { code: payload.code });
  const text = [
    t("emails:greeting"),
    "",
    t("emails:signInCode.body"),
    "",
    payload.code,
    "",
    t("emails:signInCode.validity"),
    t("emails:ignore"),
    "",
    t("emails:signature"),
  ].join("\n");
  const body = `${paragraphs([t("emails:greeting"), t("emails:signInCode.body")])}
<p dir="ltr" style="font-size:32px;letter-spacing:8px;font-weight:bold;text-align:center;margin:16px 0;">${escapeHtml(payload.code)}</p>
${paragraphs([t("emails:signInCode.validity"), t("emails:ignore")])}`;
  return { subject, text, html: wrapHtml(locale, t, subject, body) };
}
