import { redirect } from "@remix-run/node";
import { SECOND_FACTOR_STEP_MS } from "~/domain/accounts/two-factor";
import { isLocale } from "~/domain/shared/locales";
import { safeRedirectTarget } from "~/domain/shared/redirect-target";
import { mustSetUpTwoFactor } from "~/services/accounts/two-factor-duty.server";
import { isTrustedDevice } from "~/services/accounts/trusted-devices.server";
import { db } from "./db.server";
import { localeCookie, localeOf } from "./i18n.server";
import { startSession } from "./session.server";

/**
 * Finishes any kind of sign-in: a new session (rotated), the page language taken from the
 * account (or, for a new account, the account takes the language she was using), and back to
 * where she was going. With two-factor sign-in on, and this browser not remembered, the
 * session waits for the second step first (demo sign-in skips it: it has no first step
 * either); someone who must use two-factor sign-in but has not set it up goes to do that.
 */
export async function signedInRedirect(
  request: Request,
  userId: string,
  redirectTo: string,
  options: { secondFactor?: "skip" } = {},
) {
  const user = await db().user.findUniqueOrThrow({ where: { id: userId } });
  let locale = user.locale;
  if (!isLocale(locale)) {
    locale = await localeOf(request);
    await db().user.update({ where: { id: userId }, data: { locale } });
  }
  const secondStep =
    options.secondFactor !== "skip" &&
    user.totpEnabledAt !== null &&
    !(await isTrustedDevice(request, userId));
  const headers = new Headers();
  headers.append(
    "Set-Cookie",
    await startSession(
      request,
      userId,
      secondStep ? { secondFactorWithinMs: SECOND_FACTOR_STEP_MS } : {},
    ),
  );
  headers.append("Set-Cookie", await localeCookie.serialize(locale));
  const target = safeRedirectTarget(redirectTo);
  const onward = encodeURIComponent(target);
  if (secondStep) return redirect(`/sign-in/two-factor?redirectTo=${onward}`, { headers });
  if (await mustSetUpTwoFactor(userId))
    return redirect(`/account/two-factor/setup?redirectTo=${onward}`, { headers });
  return redirect(target, { headers });
}
