import type { TFunction } from "i18next";
import type { Locale } from "../app/domain/shared/locales";
import { accountNotice, type RenderedEmail } from "./layout";

export type RecoveryCodeUsedPayload = { recoveryCodesLeft: number; link: string };

/** Sent when one of her recovery codes is used to sign in, with how many are left. */
export function renderRecoveryCodeUsed(
  locale: Locale,
  t: TFunction,
  payload: RecoveryCodeUsedPayload,
): RenderedEmail {
  return accountNotice(locale, t, {
    subject: t("emails:recoveryCodeUsed.subject"),
    lines: [
      t("emails:recoveryCodeUsed.body"),
      t("emails:recoveryCodeUsed.left", { count: payload.recoveryCodesLeft }),
      t("emails:recoveryCodeUsed.notYou"),
    ],
    link: payload.link,
    button: t("emails:recoveryCodeUsed.button"),
  });
}
