import { useTranslation } from "react-i18next";
import { TranslatableText } from "~/components/shared/machine-translation";
import type { DecisionOutcome } from "~/domain/panels/decisions";
import type { FeedbackForReader } from "~/domain/panels/feedback-drafts";
import { languageNameIn } from "~/domain/shared/locales";
import { formatMoney } from "~/domain/shared/money";

const outcomeKeys = { AWARD: "awarded", DECLINE: "declined", WAITLIST: "waitlisted" } as const;

/** The funder's confirmed decision in plain words, the panel's feedback and what comes next. */
export function DecisionNotice({
  decision,
}: {
  decision: {
    outcome: DecisionOutcome;
    amountMinor: number | null;
    currency: string;
    feedback: FeedbackForReader | null;
  };
}) {
  const { t, i18n } = useTranslation("applications");
  const key = outcomeKeys[decision.outcome];
  const amount =
    decision.amountMinor !== null
      ? formatMoney(decision.amountMinor, decision.currency, i18n.language)
      : "";
  return (
    <section className="stack card" aria-labelledby="decision-title">
      <h2 id="decision-title">{t("decision.title")}</h2>
      <p>
        <strong>{t(`decision.${key}`, { amount })}</strong>
      </p>
      {decision.feedback ? (
        <div className="stack">
          <h3>
            {decision.feedback.inReaderLanguage
              ? t("decision.feedback")
              : t("decision.feedbackIn", {
                  language: languageNameIn(decision.feedback.language, i18n.language),
                })}
          </h3>
          {decision.feedback.original ? (
            // Drafted by machine and not checked by the panel: labelled, with what they wrote.
            <TranslatableText
              original={decision.feedback.original.text}
              lang={decision.feedback.original.language}
              translation={decision.feedback.text}
              view={{ target: decision.feedback.language, active: true, failure: null }}
              className="public-text"
            />
          ) : (
            <p lang={decision.feedback.language} dir="auto" className="public-text">
              {decision.feedback.text}
            </p>
          )}
        </div>
      ) : null}
      <p>{t(`decision.next.${key}`)}</p>
    </section>
  );
}
