import type { LoaderFunctionArgs } from "@remix-run/node";
import { db } from "~/services/platform/db.server";
import { requireMailboxEnabled } from "~/services/platform/mailbox.server";

/**
 * The email exactly as its HTML part would arrive, shown in a frame of the mailbox page. Its
 * own policy allows the inline styles emails are made of and nothing else: no scripts, no
 * requests, and no page but the mailbox may frame it. The server leaves the app-wide policy
 * off this response (server/security-headers.ts), since a browser would enforce both.
 */
export const htmlPreviewPolicy = [
  "default-src 'none'",
  "style-src 'unsafe-inline'",
  "img-src data:",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'self'",
  "sandbox",
].join("; ");

export async function loader({ params }: LoaderFunctionArgs) {
  requireMailboxEnabled();
  const email = await db().outboundEmail.findUnique({ where: { id: params.emailId ?? "" } });
  if (!email?.htmlBody) throw new Response("Not found", { status: 404 });
  return new Response(email.htmlBody, {
    headers: {
      "Content-Type": "text/html; charset=utf-8",
      "Content-Security-Policy": htmlPreviewPolicy,
    },
  });
}
