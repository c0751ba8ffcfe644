import type { LoaderFunctionArgs } from "@remix-run/node";
import { db } from "~/services/db.server";
import { requireMailboxEnabled } from "~/services/mailbox.server";

/** The email exactly as its HTML part would arrive: no scripts run, inline styles allowed. */
export async function loader({ params }: LoaderFunctionArgs) {
  requireMailboxEnabled();
  const email = await db().outboundEmail.findUnique({ where: { id: params.emailId ?? "" } });
  if (!email?.htmlBody) throw new Response("Not found", { status: 404 });
  return new Response(email.htmlBody, {
    headers: {
      "Content-Type": "text/html; charset=utf-8",
      "Content-Security-Policy": "default-src 'none'; style-src 'unsafe-inline'; img-src data:",
    },
  });
}
