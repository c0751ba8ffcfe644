import { Form, Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { FormattedDateTime } from "~/components/shared/formatted-date";
import { isolate } from "~/domain/shared/bidi";

/**
 * The part every invitation page shares: who it was sent to, until when it works, and either
 * "Accept" for the signed-in person or a way to sign in first. The texts come from the
 * inviting feature's namespace, under the same `invitation.*` keys.
 */
export function InvitationAnswer({
  namespace,
  email,
  expiresAt,
  signedInAs,
  signInPath,
}: {
  namespace: "organisations" | "panels";
  email: string;
  expiresAt: string;
  signedInAs: string | null;
  signInPath: string;
}) {
  const { t } = useTranslation(namespace);
  return (
    <>
      <p>{t("invitation.sentTo", { email: isolate(email) })}</p>
      <p>
        {t("invitation.expires")} <FormattedDateTime iso={expiresAt} />
      </p>
      {signedInAs ? (
        <>
          <p>{t("invitation.signedInAs", { email: isolate(signedInAs) })}</p>
          <Form method="post">
            <button type="submit" className="button">
              {t("invitation.accept")}
            </button>
          </Form>
        </>
      ) : (
        <>
          <p>{t("invitation.signInFirst")}</p>
          <p>
            <Link to={signInPath} className="button">
              {t("invitation.signIn")}
            </Link>
          </p>
        </>
      )}
    </>
  );
}
