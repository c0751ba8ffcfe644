import { useTranslation } from "react-i18next";
import { scalePoints, type RubricCriterion } from "~/domain/panels/rubric";
import { translated } from "~/domain/shared/translated-text";

/**
 * One criterion as reviewers will see it: its title, its share of the total weight, the scale
 * with what each score means, the guidance, and when a comment is required. Texts are shown in
 * `locale` where written, otherwise in the language they were written in, marked as such.
 */
export function CriterionView({
  criterion,
  share,
  locale,
  headingLevel = 2,
  children,
}: {
  criterion: RubricCriterion;
  share: number;
  locale: string;
  headingLevel?: 2 | 3;
  children?: React.ReactNode;
}) {
  const { t } = useTranslation();
  const title = translated(criterion.title, locale);
  const guidance = criterion.guidance ? translated(criterion.guidance, locale) : null;
  const Heading = `h${headingLevel}` as const;
  return (
    <section className="card stack" aria-labelledby={`criterion-${criterion.id}`}>
      <Heading id={`criterion-${criterion.id}`} lang={title.locale}>
        {title.text}
      </Heading>
      <p>{t("panels:rubric.weightShare", { share })}</p>
      {guidance ? <p lang={guidance.locale}>{guidance.text}</p> : null}
      <dl className="summary-list">
        {scalePoints(criterion).map((point) => {
          const descriptor = translated(criterion.descriptors[String(point)], locale);
          return (
            <div key={point}>
              <dt>{t("panels:rubric.score", { score: point })}</dt>
              <dd lang={descriptor.locale}>{descriptor.text}</dd>
            </div>
          );
        })}
      </dl>
      {criterion.commentRequiredAtOrBelow !== undefined ? (
        <p>{t("panels:rubric.commentRule", { score: criterion.commentRequiredAtOrBelow })}</p>
      ) : (
        <p className="muted">{t("panels:rubric.commentOptional")}</p>
      )}
      {children}
    </section>
  );
}
