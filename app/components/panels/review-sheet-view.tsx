import { useTranslation } from "react-i18next";
import type { RubricCriterion } from "~/domain/panels/rubric";
import type { ScoreSheet } from "~/domain/panels/score-sheet";
import { translated } from "~/domain/shared/translated-text";

/** A submitted review, read-only: each criterion's score with what it means, and the comments. */
export function ReviewSheetView({
  criteria,
  sheet,
  locale,
}: {
  criteria: RubricCriterion[];
  sheet: ScoreSheet;
  locale: string;
}) {
  const { t } = useTranslation();
  return (
    <dl className="summary-list">
      {criteria.map((criterion, index) => {
        const title = translated(criterion.title, locale);
        const score = sheet.scores[criterion.id];
        const descriptor =
          score === undefined ? null : translated(criterion.descriptors[String(score)], locale);
        const comment = sheet.comments[criterion.id];
        return (
          <div key={criterion.id}>
            <dt>
              {t("panels:review.criterionNumber", { number: index + 1 })}{" "}
              <span lang={title.locale}>{title.text}</span>
            </dt>
            <dd className="stack">
              <p>
                <strong>
                  {score === undefined
                    ? t("panels:review.noScore")
                    : t("panels:review.scoreOutOf", { score, max: criterion.scaleMax })}
                </strong>{" "}
                {descriptor ? <span lang={descriptor.locale}>{descriptor.text}</span> : null}
              </p>
              {comment ? <p dir="auto">{comment}</p> : null}
            </dd>
          </div>
        );
      })}
      <div>
        <dt>{t("panels:review.overallComment")}</dt>
        <dd dir="auto">{sheet.overallComment || t("panels:review.noComment")}</dd>
      </div>
      <div>
        <dt>{t("panels:review.recommendationGiven")}</dt>
        <dd>
          {sheet.recommendation
            ? t(`panels:review.recommendations.${sheet.recommendation}`)
            : t("panels:review.noScore")}
        </dd>
      </div>
    </dl>
  );
}
