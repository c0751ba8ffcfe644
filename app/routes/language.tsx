import type { ActionFunctionArgs } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { z } from "zod";
import { supportedLocales } from "~/domain/shared/locales";
import { safeRedirectTarget } from "~/domain/shared/redirect-target";
import { parseForm } from "~/domain/shared/validation";
import { db } from "~/services/platform/db.server";
import { localeCookie } from "~/services/platform/i18n.server";
import { getUserId } from "~/services/platform/session.server";

const schema = z.object({
  locale: z.enum(supportedLocales, { message: "account.errors.languageInvalid" }),
  redirectTo: z.string().optional(),
});

export async function loader() {
  return redirect("/");
}

/** Remembers the chosen language in a cookie and, when signed in, on the account. */
export async function action({ request }: ActionFunctionArgs) {
  const result = parseForm(schema, await request.formData());
  if (!result.ok) throw new Response("Bad request", { status: 400 });
  const userId = await getUserId(request);
  if (userId)
    await db().user.update({ where: { id: userId }, data: { locale: result.data.locale } });
  const target = new URL(safeRedirectTarget(result.data.redirectTo, "/"), "http://x");
  // A shared ?lng= link would otherwise override the choice just made.
  target.searchParams.delete("lng");
  return redirect(`${target.pathname}${target.search}`, {
    headers: { "Set-Cookie": await localeCookie.serialize(result.data.locale) },
  });
}
