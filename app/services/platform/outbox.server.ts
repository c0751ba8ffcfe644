import type { Prisma } from "~/generated/client-sqlite/client";
import { emailTemplates, type PayloadOf, type TemplateName } from "../../../emails";
import { isLocale, defaultLocale, type Locale } from "~/domain/shared/locales";
import type { Tx } from "./db.server";
import { translatorFor } from "./i18n.server";

export type EmailRequest<Name extends TemplateName> = {
  to: string;
  locale: string | null | undefined;
  template: Name;
  payload: PayloadOf<Name>;
  /** Identifies the cause, so the same cause can never produce a second email. */
  dedupeKey: string;
};

/**
 * The one way to send email: write it to the outbox inside the transaction of the event that
 * causes it. The mail worker delivers it after the transaction commits; if the transaction
 * rolls back, no email exists. The message is rendered now, in the recipient's language.
 */
export async function enqueueEmail<Name extends TemplateName>(tx: Tx, request: EmailRequest<Name>) {
  const locale: Locale = isLocale(request.locale) ? request.locale : defaultLocale;
  const rendered = await renderEmail(request.template, locale, request.payload);
  return tx.outboundEmail.upsert({
    where: { dedupeKey: request.dedupeKey },
    update: {},
    create: {
      dedupeKey: request.dedupeKey,
      to: request.to,
      locale,
      template: request.template,
      payload: request.payload as unknown as Prisma.InputJsonValue,
      subject: rendered.subject,
      textBody: rendered.text,
      htmlBody: rendered.html,
    },
  });
}

/** The email a template makes in a language: its subject, plain text and HTML. */
export async function renderEmail<Name extends TemplateName>(
  template: Name,
  locale: Locale,
  payload: PayloadOf<Name>,
) {
  const t = await translatorFor(locale);
  const render = emailTemplates[template].render as (
    locale: Locale,
    t: Awaited<ReturnType<typeof translatorFor>>,
    payload: PayloadOf<Name>,
  ) => { subject: string; text: string; html: string };
  return render(locale, t, payload);
}
