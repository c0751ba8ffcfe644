import { Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";

/**
 * On the funder's dashboard: where staff read check-ins, see what changed across their grants
 * (the outcome views) and keep the codebook of themes.
 */
export function CodingLinks({ funderId }: { funderId: string }) {
  const { t } = useTranslation("outcomes");
  return (
    <section className="stack" aria-labelledby="coding-title">
      <h2 id="coding-title">{t("reading.dashboardTitle")}</h2>
      <ul className="link-list">
        <li>
          <Link to={`/fund/${funderId}/check-ins`}>{t("reading.listLink")}</Link>
        </li>
        <li>
          <Link to={`/fund/${funderId}/outcomes`}>{t("views.title")}</Link>
        </li>
        <li>
          <Link to={`/fund/${funderId}/themes`}>{t("themes.link")}</Link>
        </li>
      </ul>
    </section>
  );
}
