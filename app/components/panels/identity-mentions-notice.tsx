import { Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";

type Props = {
  panelId: string;
  applications: { id: string; reference: string; answers: number }[];
};

/**
 * For staff, when the panel reviews blind: answers that name the group, its people or its
 * contacts, which reviewers will read as written. Each links to the application to check.
 */
export function IdentityMentionsNotice({ panelId, applications }: Props) {
  const { t } = useTranslation("panels");
  if (applications.length === 0) return null;
  const count = applications.reduce((sum, application) => sum + application.answers, 0);
  return (
    <section className="stack notice applying-warning" aria-labelledby="identity-mentions-title">
      <h2 id="identity-mentions-title">{t("reading.panelMentionsTitle")}</h2>
      <p>{t("reading.panelMentions", { count })}</p>
      <p>{t("reading.panelMentionsIntro")}</p>
      <ul className="link-list">
        {applications.map((application) => (
          <li key={application.id}>
            <Link to={`/panels/${panelId}/applications/${application.id}`}>
              {t("reading.panelMentionsIn", {
                reference: application.reference,
                count: application.answers,
              })}
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
