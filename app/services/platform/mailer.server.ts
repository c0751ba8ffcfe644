import nodemailer, { type Transporter } from "nodemailer";
import SMTPTransport from "nodemailer/lib/smtp-transport";
import { config } from "./env.server";

export type OutgoingMessage = {
  id: string;
  to: string;
  subject: string;
  text: string;
  html: string;
};

export type SmtpTimeouts = { connectionMs: number; greetingMs: number; socketMs: number };

/**
 * How long one send may wait on the SMTP server. Well under the mail worker's two-minute claim
 * on an email (nodemailer's own socket timeout is ten minutes), so that no other worker can
 * claim and send an email while this one still waits for the answer to sending it.
 */
export const SMTP_TIMEOUTS: SmtpTimeouts = {
  connectionMs: 15_000,
  greetingMs: 15_000,
  socketMs: 30_000,
};

let transporter: Transporter | undefined;

/** An SMTP transport for `SMTP_URL`, one connection per message, with bounded waits. */
export function smtpTransport(url: string, timeouts = SMTP_TIMEOUTS): Transporter {
  // Given a URL, createTransport drops every other option; the SMTP transport itself merges
  // the URL's settings with the waits.
  return nodemailer.createTransport(
    new SMTPTransport({
      url,
      connectionTimeout: timeouts.connectionMs,
      greetingTimeout: timeouts.greetingMs,
      socketTimeout: timeouts.socketMs,
      dnsTimeout: timeouts.connectionMs,
    }),
  );
}

/**
 * SMTP when SMTP_URL is set. Without it (demo mode and tests) nodemailer's JSON transport
 * "delivers" into nothing and the message stays readable in the outbox, which is what the
 * demo mailbox shows.
 */
function transport(): Transporter {
  const smtpUrl = config().smtpUrl;
  transporter ??= smtpUrl
    ? smtpTransport(smtpUrl)
    : nodemailer.createTransport({ jsonTransport: true });
  return transporter;
}

export function useTransportForTests(replacement: Transporter | undefined) {
  transporter = replacement;
}

export async function deliver(message: OutgoingMessage): Promise<string> {
  const domain = new URL(config().appUrl).hostname;
  const info = await transport().sendMail({
    from: config().mailFrom,
    to: message.to,
    subject: message.subject,
    text: message.text,
    html: message.html,
    // A stable Message-ID lets receiving servers drop a duplicate if a delivery is retried
    // after the SMTP server accepted it but before we recorded that.
    messageId: `<${message.id}@${domain}>`,
  });
  return String(info.messageId ?? message.id);
}
