import { Form, Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { FormattedDateTime } from "~/components/shared/formatted-date";
import { panelRoles } from "~/domain/panels/membership";

type Member = { id: string; name: string; email: string; role: string };

/** The people on the panel; staff who manage it change a role here or start a removal. */
export function PanelMembers({
  members,
  canManage,
  here,
}: {
  members: Member[];
  canManage: boolean;
  here: string;
}) {
  const { t } = useTranslation("panels");
  return (
    <section id="field-members" className="stack" aria-labelledby="members-title">
      <h2 id="members-title">{t("members.title")}</h2>
      {members.length === 0 ? <p>{t("members.none")}</p> : null}
      <ul className="stack card-list">
        {members.map((member) => (
          <li key={member.id} className="card stack">
            <p>
              <strong>
                <bdi>{member.name}</bdi>
              </strong>{" "}
              <span className="muted" dir="ltr">
                {member.email}
              </span>
            </p>
            {canManage ? (
              <>
                <Form method="post" className="panels-inline">
                  <input type="hidden" name="intent" value="role" />
                  <input type="hidden" name="memberId" value={member.id} />
                  <label htmlFor={`role-${member.id}`}>{t("members.role")}</label>{" "}
                  <select id={`role-${member.id}`} name="role" defaultValue={member.role}>
                    {panelRoles.map((role) => (
                      <option key={role} value={role}>
                        {t(`common:roles.${role}`)}
                      </option>
                    ))}
                  </select>{" "}
                  <button type="submit" className="button button--secondary">
                    {t("members.changeRole")}
                    <span className="visually-hidden">
                      {" "}
                      <bdi>{member.name}</bdi>
                    </span>
                  </button>
                </Form>
                <p>
                  <Link to={`${here}/members/${member.id}/remove`}>
                    {t("members.remove")}
                    <span className="visually-hidden">
                      {" "}
                      <bdi>{member.name}</bdi>
                    </span>
                  </Link>
                </p>
              </>
            ) : (
              <p>{t(`common:roles.${member.role}`)}</p>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}

type Invitation = {
  id: string;
  email: string;
  role: string;
  language: string;
  expiresAt: string;
  expired: boolean;
};

/** Invitations nobody has used yet, with a fresh link or a cancellation for each. */
export function PanelInvitations({ invitations }: { invitations: Invitation[] }) {
  const { t } = useTranslation("panels");
  return (
    <section id="field-invitations" className="stack" aria-labelledby="invitations-title">
      <h2 id="invitations-title">{t("members.invitationsTitle")}</h2>
      {invitations.length === 0 ? <p>{t("members.noInvitations")}</p> : null}
      <ul className="stack card-list">
        {invitations.map((invitation) => (
          <li key={invitation.id} className="card stack">
            <p>
              <span dir="ltr">{invitation.email}</span> — {t(`common:roles.${invitation.role}`)} —{" "}
              {invitation.language}
            </p>
            <p>
              {invitation.expired ? t("members.expired") : t("members.expires")}{" "}
              <FormattedDateTime iso={invitation.expiresAt} />
            </p>
            <div className="panels-inline">
              {(["resend", "revoke"] as const).map((intent) => (
                <Form key={intent} method="post">
                  <input type="hidden" name="intent" value={intent} />
                  <input type="hidden" name="invitationId" value={invitation.id} />
                  <button type="submit" className="button button--secondary">
                    {t(`members.${intent}`)}
                    <span className="visually-hidden"> {invitation.email}</span>
                  </button>
                </Form>
              ))}
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}
