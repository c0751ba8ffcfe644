import type { TFunction } from "i18next";
import type { Locale } from "../app/domain/shared/locales";
import { accountNotice, type RenderedEmail } from "./layout";

export type TwoFactorDisabledPayload = { link: string };

/** Sent when two-factor sign-in is switched off, so she learns of it if it was not her. */
export function renderTwoFactorDisabled(
  locale: Locale,
  t: TFunction,
  payload: TwoFactorDisabledPayload,
): RenderedEmail {
  return accountNotice(locale, t, {
    subject: t("emails:twoFactorDisabled.subject"),
    lines: [t("emails:twoFactorDisabled.body"), t("emails:twoFactorDisabled.notYou")],
    link: payload.link,
    button: t("emails:twoFactorDisabled.button"),
  });
}
