import { createCookie } from "@remix-run/node";
import { demoPeople } from "../../../prisma/seed/demo-people";
import {
  codeFor,
  emptyMailboxMemory,
  readMailboxMemory,
  readableAddresses,
  rememberCodeRequest,
  type MailboxMemory,
} from "~/domain/accounts/demo-mailbox";
import { isLocale, defaultLocale } from "~/domain/shared/locales";
import { db } from "./db.server";
import { config, listensOnLoopbackOnly } from "./env.server";
import { renderEmail } from "./outbox.server";

/** The demo mailbox exists only in demo mode, never on a real deployment. */
export function requireMailboxEnabled() {
  if (!config().demoMode) throw new Response("Not found", { status: 404 });
}

/** What this browser asked for, signed so that it cannot claim another browser's codes. */
function mailboxCookie() {
  const { sessionSecrets, appUrl } = config();
  return createCookie("__demo_mailbox", {
    path: "/",
    httpOnly: true,
    sameSite: "lax",
    secure: appUrl.startsWith("https://"),
    secrets: sessionSecrets,
    maxAge: 24 * 60 * 60,
  });
}

async function memoryOf(request: Request): Promise<MailboxMemory> {
  const value: unknown = await mailboxCookie().parse(request.headers.get("Cookie"));
  return value ? readMailboxMemory(value) : emptyMailboxMemory;
}

/**
 * In demo mode, remembers in this browser that it asked for a code, and the code itself: the
 * outbox forgets the code once it is delivered. Outside demo mode, nothing (null).
 */
export async function rememberRequestedCode(
  request: Request,
  issued: { email: string; emailId: string; code: string },
): Promise<string | null> {
  if (!config().demoMode) return null;
  const memory = rememberCodeRequest(await memoryOf(request), {
    address: issued.email,
    emailId: issued.emailId,
    code: issued.code,
  });
  return mailboxCookie().serialize(memory);
}

async function readable(request: Request) {
  requireMailboxEnabled();
  const memory = await memoryOf(request);
  const demoAddresses = demoPeople.map((person) => person.email);
  const candidates = [...demoAddresses, ...memory.addresses];
  const admins = await db().user.findMany({
    where: { email: { in: candidates }, isPlatformAdmin: true },
    select: { email: true },
  });
  const addresses = readableAddresses({
    demoAddresses,
    memory,
    platformAdmins: admins.map((admin) => admin.email),
    adminsReadable: listensOnLoopbackOnly(config()),
  });
  return { memory, addresses };
}

type StoredEmail = {
  id: string;
  template: string;
  locale: string;
  subject: string | null;
  textBody: string | null;
  htmlBody: string | null;
};

/** A delivered sign-in code is written again from this browser's memory, if it asked for it. */
async function withCode(email: StoredEmail, memory: MailboxMemory) {
  const code = email.template === "sign-in-code" ? codeFor(memory, email.id) : null;
  if (!code || email.textBody !== null) {
    return { subject: email.subject, text: email.textBody, html: email.htmlBody };
  }
  const locale = isLocale(email.locale) ? email.locale : defaultLocale;
  const rendered = await renderEmail("sign-in-code", locale, { code });
  return { subject: rendered.subject, text: rendered.text, html: rendered.html };
}

/** The newest emails this browser may read. */
export async function mailboxEmails(request: Request) {
  const { memory, addresses } = await readable(request);
  const emails = await db().outboundEmail.findMany({
    where: { to: { in: addresses } },
    orderBy: { createdAt: "desc" },
    take: 100,
  });
  return Promise.all(
    emails.map(async (email) => ({
      id: email.id,
      to: email.to,
      status: email.status,
      locale: email.locale,
      createdAt: email.createdAt.toISOString(),
      subject: (await withCode(email, memory)).subject,
    })),
  );
}

/** One email, if this browser may read it; null otherwise (shown as not found). */
export async function mailboxEmail(request: Request, emailId: string) {
  const { memory, addresses } = await readable(request);
  const email = await db().outboundEmail.findFirst({
    where: { id: emailId, to: { in: addresses } },
  });
  if (!email) return null;
  return { id: email.id, to: email.to, locale: email.locale, ...(await withCode(email, memory)) };
}
