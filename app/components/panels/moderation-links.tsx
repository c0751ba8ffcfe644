import { Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";

/** A link to moderate each pot the panel covers. */
export function ModerationLinks({
  panelId,
  pots,
}: {
  panelId: string;
  pots: { id: string; name: { text: string; locale: string } }[];
}) {
  const { t } = useTranslation("panels");
  return (
    <section className="stack" aria-labelledby="moderation-links-title">
      <h2 id="moderation-links-title">{t("moderation.linksTitle")}</h2>
      <ul className="link-list">
        {pots.map((pot) => (
          <li key={pot.id}>
            <Link to={`/panels/${panelId}/pots/${pot.id}`}>
              {t("moderation.moderateLabel")} <span lang={pot.name.locale}>{pot.name.text}</span>
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
