import { Form } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { FormattedDateTime } from "~/components/shared/formatted-date";
import { isolate } from "~/domain/shared/bidi";
import { HiddenFields, type MembersPageKind } from "./form-parts";

type Invitation = { id: string; email: string; role: string; language: string; expiresAt: string };

// Texts come from the page's feature: @namespaces organisations teams
/** Links sent but not yet used, each of which can be sent again or cancelled. */
export function InvitationList({
  kind,
  invitations,
}: {
  kind: MembersPageKind;
  invitations: Invitation[];
}) {
  const { t } = useTranslation(kind.namespace);
  return (
    <section className="stack" aria-labelledby="invitations-title">
      <h2 id="invitations-title">
        <span id="field-invitations">{t("members.pendingTitle")}</span>
      </h2>
      {invitations.length === 0 ? <p>{t("members.noPending")}</p> : null}
      <ul className="org-cards">
        {invitations.map((invitation) => (
          <li key={invitation.id} className="card">
            <p>
              <strong dir="ltr">{invitation.email}</strong>
            </p>
            <p>{t("members.invitedAs", { role: t(`common:roles.${invitation.role}`) })}</p>
            <p>{t("members.emailLanguage", { language: invitation.language })}</p>
            <p>
              {t("members.expires")} <FormattedDateTime iso={invitation.expiresAt} />
            </p>
            <div className="org-actions">
              <Form method="post">
                <HiddenFields fields={{ intent: "resend", invitationId: invitation.id }} />
                <button type="submit" className="button button--secondary">
                  {t("members.resendTo", { email: isolate(invitation.email) })}
                </button>
              </Form>
              <Form method="post">
                <HiddenFields fields={{ intent: "revoke", invitationId: invitation.id }} />
                <button type="submit" className="button button--warning">
                  {t("members.revoke", { email: isolate(invitation.email) })}
                </button>
              </Form>
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}
