import { Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";

/** On the round's page: the way to its domains of change and its Most Significant Change switch. */
export function RoundMscLink({ base }: { base: string }) {
  const { t } = useTranslation("msc");
  return (
    <section className="stack" aria-labelledby="msc-round-title">
      <h2 id="msc-round-title">{t("domains.title")}</h2>
      <p>{t("links.roundIntro")}</p>
      <p>
        <Link to={`${base}/msc`}>{t("links.round")}</Link>
      </p>
    </section>
  );
}

/** On a panel's page, once the round has Most Significant Change: the way to its stories. */
export function PanelStoriesLink({ panelId }: { panelId: string }) {
  const { t } = useTranslation("msc");
  return (
    <section className="stack" aria-labelledby="msc-panel-title">
      <h2 id="msc-panel-title">{t("stories.title")}</h2>
      <p>{t("links.panelIntro")}</p>
      <p>
        <Link to={`/panels/${panelId}/stories`}>{t("links.panel")}</Link>
      </p>
    </section>
  );
}
