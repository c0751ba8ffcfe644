import { useTranslation } from "react-i18next";
import { FormattedDateTime } from "~/components/shared/formatted-date";

type Summary = {
  allPots: boolean;
  pots: { text: string; locale: string }[];
  reviewsNeeded: number;
  communityReviewerRequired: boolean;
  blindReview: boolean;
  reviewDeadline: string | null;
  disagreementThreshold: number;
  communityRanking: boolean;
};

/** The panel's settings as a GOV.UK summary list. */
export function PanelSummary({ panel, timeZone }: { panel: Summary; timeZone: string }) {
  const { t } = useTranslation("panels");
  const yesNo = (on: boolean) => (on ? t("setup.yes") : t("setup.no"));
  return (
    <dl className="summary-list">
      <div>
        <dt>{t("setup.pots")}</dt>
        <dd>
          {panel.allPots ? (
            t("setup.allPots")
          ) : (
            <ul className="link-list">
              {panel.pots.map((pot) => (
                <li key={pot.text} lang={pot.locale}>
                  {pot.text}
                </li>
              ))}
            </ul>
          )}
        </dd>
      </div>
      <div>
        <dt>{t("setup.reviewsNeeded")}</dt>
        <dd>{t("setup.reviewsNeededValue", { count: panel.reviewsNeeded })}</dd>
      </div>
      <div>
        <dt>{t("setup.communityReviewerRequired")}</dt>
        <dd>{yesNo(panel.communityReviewerRequired)}</dd>
      </div>
      <div>
        <dt>{t("setup.blindReview")}</dt>
        <dd>{yesNo(panel.blindReview)}</dd>
      </div>
      <div>
        <dt>{t("setup.reviewDeadline")}</dt>
        <dd>
          {panel.reviewDeadline ? (
            <FormattedDateTime iso={panel.reviewDeadline} timeZone={timeZone} />
          ) : (
            t("setup.noDeadline")
          )}
        </dd>
      </div>
      <div>
        <dt>{t("setup.disagreementThreshold")}</dt>
        <dd>{t("setup.thresholdValue", { value: panel.disagreementThreshold })}</dd>
      </div>
      <div>
        <dt>{t("setup.communityRanking")}</dt>
        <dd>{yesNo(panel.communityRanking)}</dd>
      </div>
    </dl>
  );
}
