import { Form } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { ScrollRegion } from "~/components/schemes/scroll-region";
import type { FieldErrors } from "~/domain/shared/validation";

type Member = {
  userId: string;
  name: string;
  role: string;
  community: boolean;
  conflictsChecked: boolean;
  conflicts: number;
  load: number;
};

type Application = {
  id: string;
  reference: string;
  pot: { text: string; locale: string };
  reviewers: { userId: string; name: string }[];
  conflicted: { userId: string; name: string }[];
};

export function MembersTable({ members }: { members: Member[] }) {
  const { t } = useTranslation();
  return (
    <section className="stack" aria-labelledby="members-title">
      <h2 id="members-title">{t("panels:assignments.members")}</h2>
      <ScrollRegion labelledBy="members-title">
        <table>
          <thead>
            <tr>
              <th scope="col">{t("panels:assignments.person")}</th>
              <th scope="col">{t("panels:assignments.role")}</th>
              <th scope="col">{t("panels:assignments.conflicts")}</th>
              <th scope="col">{t("panels:assignments.load")}</th>
            </tr>
          </thead>
          <tbody>
            {members.map((member) => (
              <tr key={member.userId}>
                <td>
                  <bdi>{member.name}</bdi>
                </td>
                <td>{t(`roles.${member.role}`)}</td>
                <td>
                  {member.conflictsChecked
                    ? t("panels:assignments.conflictsDeclared", { count: member.conflicts })
                    : t("panels:assignments.conflictsNotYet")}
                </td>
                <td>{t("panels:assignments.applicationsCount", { count: member.load })}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
    </section>
  );
}

/** Each application with its reviewers, and the forms to add or remove one by hand. */
export function ApplicationsTable({
  applications,
  members,
  needed,
  canEdit,
  errors,
}: {
  applications: Application[];
  members: Member[];
  needed: number;
  canEdit: boolean;
  errors?: FieldErrors;
}) {
  const { t } = useTranslation();
  return (
    <section className="stack" aria-labelledby="applications-title">
      <h2 id="applications-title">{t("panels:assignments.applications")}</h2>
      {applications.length === 0 ? <p>{t("panels:assignments.noApplications")}</p> : null}
      <ul className="stack card-list">
        {applications.map((application) => {
          const field = `reviewer-${application.id}`;
          const error = errors?.[field];
          return (
            <li key={application.id} className="card stack">
              <h3>
                <span dir="ltr">{application.reference}</span>{" "}
                <span className="muted" lang={application.pot.locale}>
                  {application.pot.text}
                </span>
              </h3>
              <p>
                {t("panels:assignments.reviewersOf", {
                  assigned: application.reviewers.length,
                  needed,
                })}
              </p>
              <ul>
                {application.reviewers.map((reviewer) => (
                  <li key={reviewer.userId}>
                    <bdi>{reviewer.name}</bdi>{" "}
                    {canEdit ? (
                      <Form method="post" className="inline-form">
                        <input type="hidden" name="intent" value="remove" />
                        <input type="hidden" name="applicationId" value={application.id} />
                        <input type="hidden" name="userId" value={reviewer.userId} />
                        <button type="submit" className="button button--secondary">
                          {t("panels:assignments.remove")}
                        </button>
                      </Form>
                    ) : null}
                  </li>
                ))}
              </ul>
              {application.conflicted.length > 0 ? (
                <p className="muted">
                  {t("panels:assignments.conflictedWith")}{" "}
                  {application.conflicted.map((member, index) => (
                    <span key={member.userId}>
                      {index > 0 ? ", " : null}
                      <bdi>{member.name}</bdi>
                    </span>
                  ))}
                </p>
              ) : null}
              {canEdit ? (
                <Form method="post" className="stack" noValidate>
                  <input type="hidden" name="intent" value="add" />
                  <input type="hidden" name="applicationId" value={application.id} />
                  <div className={error ? "field field--error" : "field"}>
                    <label htmlFor={`field-${field}`}>{t("panels:assignments.addLabel")}</label>
                    {error ? (
                      <p id={`field-${field}-error`} className="field__error">
                        {t(error.key, error.values)}
                      </p>
                    ) : null}
                    <select
                      id={`field-${field}`}
                      name="userId"
                      aria-describedby={error ? `field-${field}-error` : undefined}
                      aria-invalid={error ? true : undefined}
                      defaultValue=""
                    >
                      <option value="">{t("panels:assignments.choose")}</option>
                      {members.map((member) => (
                        <option key={member.userId} value={member.userId}>
                          {member.name}
                        </option>
                      ))}
                    </select>
                  </div>
                  <button type="submit" className="button button--secondary">
                    {t("panels:assignments.add")}
                  </button>
                </Form>
              ) : null}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
