import type { Prisma } from "~/generated/client-sqlite/client";
import {
  emailTemplates,
  type PayloadOf,
  type RenderedEmail,
  type TemplateName,
} from "../../../emails";
import { isLocale, defaultLocale, type Locale } from "~/domain/shared/locales";
import type { Tx } from "./db.server";
import { translatorFor } from "./i18n.server";
import { open, seal } from "./secret-box.server";

export type EmailRequest<Name extends TemplateName> = {
  to: string;
  locale: string | null | undefined;
  template: Name;
  payload: PayloadOf<Name>;
  /** Identifies the cause, so the same cause can never produce a second email. */
  dedupeKey: string;
};

const SECRET_PURPOSE = "outbox";

function secretsOf(template: string): readonly string[] {
  const entry = emailTemplates[template as TemplateName];
  return entry && "secrets" in entry ? entry.secrets : [];
}

/** The email a template makes in a language: its subject, plain text and HTML. */
export async function renderEmail(template: TemplateName, locale: Locale, payload: unknown) {
  const t = await translatorFor(locale);
  const renderer = emailTemplates[template].render as (
    locale: Locale,
    t: Awaited<ReturnType<typeof translatorFor>>,
    payload: unknown,
  ) => RenderedEmail;
  return renderer(locale, t, payload);
}

/** The payload with each secret field replaced: sealed for storage, or a stand-in for the subject. */
function withSecrets(
  payload: Record<string, unknown>,
  secrets: readonly string[],
  replace: (value: string) => string,
) {
  const copy = { ...payload };
  for (const field of secrets) copy[field] = replace(String(copy[field] ?? ""));
  return copy;
}

/**
 * The one way to send email: write it to the outbox inside the transaction of the event that
 * causes it. The mail worker delivers it after the transaction commits; if the transaction
 * rolls back, no email exists. The message is rendered now, in the recipient's language; an
 * email carrying a secret (an invitation link) keeps only its subject now and its secret
 * sealed, and is rendered at delivery.
 */
export async function enqueueEmail<Name extends TemplateName>(tx: Tx, request: EmailRequest<Name>) {
  const locale: Locale = isLocale(request.locale) ? request.locale : defaultLocale;
  const payload = request.payload as unknown as Record<string, unknown>;
  const secrets = secretsOf(request.template);
  const rendered =
    secrets.length === 0
      ? await renderEmail(request.template, locale, payload)
      : {
          // Subjects never carry a secret; rendered with stand-ins, they cannot.
          subject: (
            await renderEmail(
              request.template,
              locale,
              withSecrets(payload, secrets, () => ""),
            )
          ).subject,
          text: null,
          html: null,
        };
  const stored =
    secrets.length === 0 ? payload : withSecrets(payload, secrets, (v) => seal(v, SECRET_PURPOSE));
  return tx.outboundEmail.upsert({
    where: { dedupeKey: request.dedupeKey },
    update: {},
    create: {
      dedupeKey: request.dedupeKey,
      to: request.to,
      locale,
      template: request.template,
      payload: stored as Prisma.InputJsonValue,
      subject: rendered.subject,
      textBody: rendered.text,
      htmlBody: rendered.html,
    },
  });
}

type Queued = {
  template: string;
  locale: string;
  payload: unknown;
  subject: string | null;
  textBody: string | null;
  htmlBody: string | null;
};

/**
 * What the mail worker sends: the stored message, or, for an email whose secrets were sealed,
 * the message rendered now from the opened payload (`renderedNow` tells the two apart).
 */
export async function messageFor(email: Queued): Promise<RenderedEmail & { renderedNow: boolean }> {
  const secrets = secretsOf(email.template);
  if (secrets.length === 0 || email.textBody !== null) {
    return {
      subject: email.subject ?? "",
      text: email.textBody ?? "",
      html: email.htmlBody ?? "",
      renderedNow: false,
    };
  }
  const payload = withSecrets(email.payload as Record<string, unknown>, secrets, (sealed) => {
    const opened = open(sealed, SECRET_PURPOSE);
    // A secret sealed under a session secret no longer configured cannot be sent; retrying fails.
    if (opened === null) throw new Error(`cannot open the sealed ${email.template} link`);
    return opened;
  });
  const locale: Locale = isLocale(email.locale) ? email.locale : defaultLocale;
  return {
    ...(await renderEmail(email.template as TemplateName, locale, payload)),
    renderedNow: true,
  };
}
