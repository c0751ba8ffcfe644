import type { LoaderFunctionArgs } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { FormattedDateTime } from "~/components/shared/formatted-date";
import { db } from "~/services/platform/db.server";
import { requireMailboxEnabled } from "~/services/platform/mailbox.server";
import { ScrollRegion } from "~/components/schemes/scroll-region";

export async function loader(_: LoaderFunctionArgs) {
  requireMailboxEnabled();
  const emails = await db().outboundEmail.findMany({
    orderBy: { createdAt: "desc" },
    take: 100,
    select: { id: true, to: true, subject: true, status: true, createdAt: true, locale: true },
  });
  return {
    emails: emails.map((email) => ({ ...email, createdAt: email.createdAt.toISOString() })),
  };
}

export default function Mailbox() {
  const { emails } = useLoaderData<typeof loader>();
  const { t } = useTranslation();
  return (
    <div className="stack">
      <h1 id="mailbox-title">{t("mailbox.title")}</h1>
      <p>{t("mailbox.intro")}</p>
      {emails.length === 0 ? (
        <p>{t("mailbox.empty")}</p>
      ) : (
        <ScrollRegion labelledBy="mailbox-title">
          <table>
            <thead>
              <tr>
                <th scope="col">{t("mailbox.sentAt")}</th>
                <th scope="col">{t("mailbox.to")}</th>
                <th scope="col">{t("mailbox.subject")}</th>
                <th scope="col">{t("mailbox.status")}</th>
              </tr>
            </thead>
            <tbody>
              {emails.map((email) => (
                <tr key={email.id}>
                  <td>
                    <FormattedDateTime iso={email.createdAt} />
                  </td>
                  <td dir="ltr">{email.to}</td>
                  <td lang={email.locale}>
                    <Link to={`/dev/mailbox/${email.id}`}>{email.subject}</Link>
                  </td>
                  <td>{t(`mailbox.statuses.${email.status}`)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      )}
    </div>
  );
}
