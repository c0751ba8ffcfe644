import { Form, Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { FormattedDateTime } from "~/components/shared/formatted-date";
import { isolate } from "~/domain/shared/bidi";

/**
 * The part every invitation page shares: who it was sent to, until when it works, and either
 * "Accept" for the signed-in person or a way to sign in first. The texts are the inviting
 * feature's own, written out in full so the key check can see each one.
 */
const texts = {
  organisations: {
    sentTo: "organisations:invitation.sentTo",
    expires: "organisations:invitation.expires",
    signedInAs: "organisations:invitation.signedInAs",
    accept: "organisations:invitation.accept",
    signInFirst: "organisations:invitation.signInFirst",
    signIn: "organisations:invitation.signIn",
  },
  panels: {
    sentTo: "panels:invitation.sentTo",
    expires: "panels:invitation.expires",
    signedInAs: "panels:invitation.signedInAs",
    accept: "panels:invitation.accept",
    signInFirst: "panels:invitation.signInFirst",
    signIn: "panels:invitation.signIn",
  },
  teams: {
    sentTo: "teams:invitation.sentTo",
    expires: "teams:invitation.expires",
    signedInAs: "teams:invitation.signedInAs",
    accept: "teams:invitation.accept",
    signInFirst: "teams:invitation.signInFirst",
    signIn: "teams:invitation.signIn",
  },
} as const;

export function InvitationAnswer({
  namespace,
  email,
  expiresAt,
  signedInAs,
  signInPath,
}: {
  namespace: keyof typeof texts;
  email: string;
  expiresAt: string;
  signedInAs: string | null;
  signInPath: string;
}) {
  const { t } = useTranslation();
  const key = texts[namespace];
  return (
    <>
      <p>{t(key.sentTo, { email: isolate(email) })}</p>
      <p>
        {t(key.expires)} <FormattedDateTime iso={expiresAt} />
      </p>
      {signedInAs ? (
        <>
          <p>{t(key.signedInAs, { email: isolate(signedInAs) })}</p>
          <Form method="post">
            <button type="submit" className="button">
              {t(key.accept)}
            </button>
          </Form>
        </>
      ) : (
        <>
          <p>{t(key.signInFirst)}</p>
          <p>
            <Link to={signInPath} className="button">
              {t(key.signIn)}
            </Link>
          </p>
        </>
      )}
    </>
  );
}
