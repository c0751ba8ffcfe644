import { Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";

/** On the round's page: the way to what grantees said in the anonymous survey. */
export function RoundSurveyLink({ base }: { base: string }) {
  const { t } = useTranslation("survey");
  return (
    <section className="stack" aria-labelledby="survey-round-title">
      <h2 id="survey-round-title">{t("results.title")}</h2>
      <p>{t("links.roundIntro")}</p>
      <p>
        <Link to={`${base}/survey`}>{t("links.round")}</Link>
      </p>
    </section>
  );
}

/** For a grant's own pages: the way to the round's anonymous survey. */
export function GrantSurveyLink({ grantId }: { grantId: string }) {
  const { t } = useTranslation("survey");
  return (
    <p>
      <Link to={`/grants/${grantId}/survey`}>{t("links.grant")}</Link>
    </p>
  );
}
