import { useTranslation } from "react-i18next";
import { TranslatableText } from "~/components/shared/machine-translation";
import type { FeedbackForReader } from "~/domain/panels/feedback-drafts";

type Selection = {
  id: string;
  domain: { text: string; locale: string } | null;
  reason: FeedbackForReader | null;
};

/**
 * On the group's check-in: its story was chosen as the most significant change of a domain,
 * and why, as the selection round wrote it.
 */
export function CheckInSelections({ selections }: { selections: Selection[] }) {
  const { t } = useTranslation("msc");
  if (selections.length === 0) return null;
  return (
    <section className="stack card" aria-labelledby="msc-chosen-title">
      <h2 id="msc-chosen-title">{t("checkIn.title")}</h2>
      {selections.map((selection) => (
        <div key={selection.id} className="stack">
          <p>
            {t("checkIn.chosenIn")}{" "}
            {selection.domain ? (
              <strong lang={selection.domain.locale}>{selection.domain.text}</strong>
            ) : (
              <strong>{t("domains.other")}</strong>
            )}
          </p>
          <p className="muted">{t("checkIn.why")}</p>
          {selection.reason?.original ? (
            // Drafted by machine into her language and sent unchanged: labelled, with the original.
            <TranslatableText
              original={selection.reason.original.text}
              lang={selection.reason.original.language}
              translation={selection.reason.text}
              view={{ target: selection.reason.language, active: true, failure: null }}
            />
          ) : selection.reason ? (
            <blockquote lang={selection.reason.language} dir="auto">
              {selection.reason.text}
            </blockquote>
          ) : null}
        </div>
      ))}
    </section>
  );
}
