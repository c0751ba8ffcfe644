import type { TFunction } from "i18next";
import type { Locale } from "../app/domain/shared/locales";
import { buttonLink, paragraphs, wrapHtml, type RenderedEmail } from "./layout";

export type RecoveryCodeUsedPayload = { recoveryCodesLeft: number; link: string };

/** Sent when one of her recovery codes is used to sign in, with how many are left. */
export function renderRecoveryCodeUsed(
  locale: Locale,
  t: TFunction,
  payload: RecoveryCodeUsedPayload,
): RenderedEmail {
  const subject = t("emails:recoveryCodeUsed.subject");
  const lines = [
    t("emails:greeting"),
    t("emails:recoveryCodeUsed.body"),
    t("emails:recoveryCodeUsed.left", { count: payload.recoveryCodesLeft }),
    t("emails:recoveryCodeUsed.notYou"),
  ];
  const text = [
    ...lines.flatMap((line) => [line, ""]),
    payload.link,
    "",
    t("emails:signature"),
  ].join("\n");
  const body = `${paragraphs(lines)}
${buttonLink(payload.link, t("emails:recoveryCodeUsed.button"))}`;
  return { subject, text, html: wrapHtml(locale, t, subject, body) };
}
