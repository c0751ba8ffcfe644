import type { LoaderFunctionArgs } from "@remix-run/node";
import { mailboxEmail } from "~/services/platform/mailbox.server";

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

export async function loader({ request, params }: LoaderFunctionArgs) {
  const email = await mailboxEmail(request, params.emailId ?? "");
  if (!email?.html) throw new Response("Not found", { status: 404 });
  return new Response(email.html, {
    headers: {
      "Content-Type": "text/html; charset=utf-8",
      "Content-Security-Policy": htmlPreviewPolicy,
    },
  });
}
