import { Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { useFunder } from "~/components/schemes/use-funder";

/** The funder dashboard. Its data comes from the layout route, which has checked permission. */
export default function FunderDashboard() {
  const funder = useFunder();
  const { t } = useTranslation();
  return (
    <div className="stack-large">
      <h1>{funder.name}</h1>
      <section className="stack" aria-labelledby="schemes-title">
        <h2 id="schemes-title">{t("funder.schemes")}</h2>
        {funder.schemes.length === 0 ? <p>{t("funder.noSchemes")}</p> : null}
        <ul className="link-list">
          {funder.schemes.map((scheme) => (
            <li key={scheme.id}>
              <Link
                to={`/fund/${funder.funder.id}/schemes/${scheme.id}`}
                lang={scheme.title.locale}
              >
                {scheme.title.text}
              </Link>{" "}
              <span className="muted">
                {t("funder.rounds", { count: scheme.rounds })} ·{" "}
                {scheme.published ? t("schemes:scheme.isPublished") : t("schemes:scheme.isDraft")}
              </span>
            </li>
          ))}
        </ul>
        {funder.canEdit ? (
          <p>
            <Link to={`/fund/${funder.funder.id}/schemes/new`} className="button">
              {t("schemes:scheme.new")}
            </Link>
          </p>
        ) : null}
      </section>
      <section className="stack" aria-labelledby="staff-title">
        <h2 id="staff-title">{t("funder.members")}</h2>
        <ul className="link-list">
          {funder.staff.map((member) => (
            <li key={member.id}>
              {member.name} <span className="muted">{t(`roles.${member.role}`)}</span>
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
