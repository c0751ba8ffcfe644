import { Form } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { isolate } from "~/domain/shared/bidi";
import type { FieldErrors } from "~/domain/shared/validation";
import { HiddenFields, RoleOptions, type MembersPageKind } from "./form-parts";

type Member = { id: string; name: string; email: string; role: string; isYou: boolean };

// Texts come from the page's feature: @namespaces organisations teams
/** The organisation's people, each with a form to change her role and one to remove her. */
export function MemberList({
  kind,
  members,
  errors,
  version,
}: {
  kind: MembersPageKind;
  members: Member[];
  errors?: FieldErrors;
  /** Changes with every answer, so a refused role change shows the role she still has. */
  version: number;
}) {
  const { t } = useTranslation(kind.namespace);
  return (
    <section className="stack" aria-labelledby="people-title">
      <h2 id="people-title">
        <span id="field-people">{t("members.peopleTitle")}</span>
      </h2>
      <ul className="org-cards">
        {members.map((member) => {
          const errorKey = `member-${member.id}`;
          const error = errors?.[errorKey];
          return (
            <li key={member.id} className="card">
              <p>
                <strong dir="auto">{member.name}</strong>{" "}
                {member.isYou ? <span className="muted">{t("members.you")}</span> : null}
              </p>
              <p className="muted">
                <span dir="ltr">{member.email}</span>
              </p>
              <Form method="post" className="org-inline-form" key={`role-${version}`}>
                <HiddenFields fields={{ intent: "change-role", memberId: member.id }} />
                <label htmlFor={`field-${errorKey}`}>
                  {t("members.roleFor", { name: isolate(member.name) })}
                </label>
                <select
                  id={`field-${errorKey}`}
                  name="role"
                  defaultValue={member.role}
                  aria-describedby={error ? `field-${errorKey}-error` : undefined}
                  aria-invalid={error ? true : undefined}
                >
                  <RoleOptions roles={kind.roles} />
                </select>
                <button type="submit" className="button button--secondary">
                  {t("members.changeRole")}
                </button>
              </Form>
              {error ? (
                <p id={`field-${errorKey}-error`} className="field__error">
                  {t(error.key, error.values)}
                </p>
              ) : null}
              <Form method="post">
                <HiddenFields fields={{ intent: "remove", memberId: member.id }} />
                <button type="submit" className="button button--warning">
                  {t("members.remove", { name: isolate(member.name) })}
                </button>
              </Form>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
