import type { LoaderFunctionArgs } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { textDirection, isLocale } from "~/domain/shared/locales";
import { mailboxEmail } from "~/services/platform/mailbox.server";

export async function loader({ request, params }: LoaderFunctionArgs) {
  const email = await mailboxEmail(request, params.emailId ?? "");
  if (!email) throw new Response("Not found", { status: 404 });
  return {
    id: email.id,
    to: email.to,
    subject: email.subject,
    text: email.text,
    locale: email.locale,
    hasHtml: email.html !== null,
  };
}

export default function MailboxEmail() {
  const email = useLoaderData<typeof loader>();
  const { t } = useTranslation();
  const dir = isLocale(email.locale) ? textDirection(email.locale) : "ltr";
  return (
    <div className="stack">
      <p>
        <Link to="/dev/mailbox">{t("mailbox.back")}</Link>
      </p>
      {email.subject === null ? (
        <h1>{t("mailbox.codeElsewhere")}</h1>
      ) : (
        <h1 lang={email.locale} dir={dir} className="mailbox-wrap">
          {email.subject}
        </h1>
      )}
      <p>
        {t("mailbox.to")}:{" "}
        <span dir="ltr" className="mailbox-wrap">
          {email.to}
        </span>
      </p>
      {email.text === null ? (
        <p>{t("mailbox.codeElsewhereText")}</p>
      ) : (
        <>
          <h2>{t("mailbox.plainText")}</h2>
          <pre className="email-text" lang={email.locale} dir={dir} data-testid="email-text">
            {email.text}
          </pre>
        </>
      )}
      {email.hasHtml ? (
        <>
          <h2>{t("mailbox.html")}</h2>
          {/* Sandboxed without scripts; the frame's own response allows the email's inline styles. */}
          <iframe
            className="mailbox-frame"
            src={`/dev/mailbox/${email.id}/html`}
            sandbox=""
            title={t("mailbox.htmlFrame", { subject: email.subject })}
          />
          <p>
            <a href={`/dev/mailbox/${email.id}/html`}>{t("mailbox.htmlOpen")}</a>
          </p>
        </>
      ) : null}
    </div>
  );
}
