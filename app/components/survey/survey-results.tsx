import { useTranslation } from "react-i18next";
import { scalePoints } from "~/domain/survey/survey-form";
import type { SurveyResults } from "~/domain/survey/results";

/** The survey in aggregate: how many chose each point per question, and the free texts. */
export function SurveyResultsView({ results }: { results: SurveyResults }) {
  const { t, i18n } = useTranslation("survey");
  if (results.kind === "waiting")
    return (
      <p className="notice" role="status">
        {t("results.waiting", { answers: results.answers, needed: results.needed })}
      </p>
    );
  const number = new Intl.NumberFormat(i18n.language, { maximumFractionDigits: 1 });
  return (
    <div className="stack-large">
      <p>{t("results.answers", { answers: results.answers })}</p>
      {results.questions.map((question) => (
        <table key={question.question} className="table">
          <caption>{t(`questions.${question.question}`)}</caption>
          <thead>
            <tr>
              <th scope="col">{t("results.point")}</th>
              <th scope="col">{t("results.groups")}</th>
            </tr>
          </thead>
          <tbody>
            {scalePoints.map((point, index) => (
              <tr key={point}>
                <th scope="row">{`${point} – ${t(`scale.${point}`)}`}</th>
                <td>{number.format(question.counts[index] ?? 0)}</td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">{t("results.average")}</th>
              <td>{question.average === null ? "–" : number.format(question.average)}</td>
            </tr>
          </tfoot>
        </table>
      ))}
      <section className="stack" aria-labelledby="survey-comments">
        <h2 id="survey-comments">{t("results.comments")}</h2>
        <p className="muted">{t("results.commentsShuffled")}</p>
        {results.comments.length === 0 ? (
          <p>{t("results.noComments")}</p>
        ) : (
          <ul className="stack card-list">
            {results.comments.map((comment, index) => (
              <li key={index} className="card" dir="auto">
                {comment}
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
