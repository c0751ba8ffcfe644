import type { LoaderFunctionArgs } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { FormattedDateTime } from "~/components/shared/formatted-date";
import { mailboxEmails } from "~/services/platform/mailbox.server";
import { ScrollRegion } from "~/components/schemes/scroll-region";

export async function loader({ request }: LoaderFunctionArgs) {
  return { emails: await mailboxEmails(request) };
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
                    <Link to={`/dev/mailbox/${email.id}`}>
                      {email.subject ?? t("mailbox.codeElsewhere")}
                    </Link>
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
