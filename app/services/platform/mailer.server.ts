import nodemailer, { type Transporter } from "nodemailer";
import { config } from "./env.server";

export type OutgoingMessage = {
  id: string;
  to: string;
  subject: string;
  text: string;
  html: string;
};

let transporter: Transporter | undefined;

/**
 * SMTP when SMTP_URL is set. Without it (demo mode and tests) nodemailer's JSON transport
 * "delivers" into nothing and the message stays readable in the outbox, which is what the
 * demo mailbox shows.
 */
function transport(): Transporter {
  transporter ??= config().smtpUrl
    ? nodemailer.createTransport(config().smtpUrl!)
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
