import { redirect } from "@remix-run/node";
import { isLocale } from "~/domain/shared/locales";
import { safeRedirectTarget } from "~/domain/shared/redirect-target";
import { db } from "./db.server";
import { localeCookie, localeOf } from "./i18n.server";
import { startSession } from "./session.server";

/**
 * Finishes any kind of sign-in: a new session (rotated), the page language taken from the
 * account (or, for a new account, the account takes the language she was using), and back to
 * where she was going.
 */
export async function signedInRedirect(request: Request, userId: string, redirectTo: string) {
  const user = await db().user.findUniqueOrThrow({ where: { id: userId } });
  let locale = user.locale;
  if (!isLocale(locale)) {
    locale = await localeOf(request);
    await db().user.update({ where: { id: userId }, data: { locale } });
  }
  const headers = new Headers();
  headers.append("Set-Cookie", await startSession(request, userId));
  headers.append("Set-Cookie", await localeCookie.serialize(locale));
  return redirect(safeRedirectTarget(redirectTo), { headers });
}
