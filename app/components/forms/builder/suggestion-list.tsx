import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { FormattedDate } from "~/components/shared/formatted-date";
import { TranslatableText } from "~/components/shared/machine-translation";
import type { MachineTranslationView } from "~/domain/shared/machine-translation";

export type StaffSuggestion = {
  id: string;
  kind: string;
  text: string;
  /** A machine translation into the reader's language, when she asked for one. */
  translation?: string | null;
  locale: string;
  showName: boolean;
  status: string;
  reply: string | null;
  authorName: string | null;
  repliedByName: string | null;
  createdAt: string;
};

/**
 * Suggestions as staff see them: who wrote what, in which language, whether she agreed to be
 * named publicly, and the answer. `answer` renders the accept/decline form of an open one.
 */
export function SuggestionList({
  suggestions,
  answer,
  translation = null,
}: {
  suggestions: StaffSuggestion[];
  answer?: (suggestion: StaffSuggestion) => ReactNode;
  translation?: MachineTranslationView;
}) {
  const { t } = useTranslation();
  return (
    <ul className="builder-suggestions">
      {suggestions.map((suggestion) => (
        <li key={suggestion.id} className="card">
          <p className="builder-suggestion__meta">
            <strong>{t(`forms:suggestions.kind.${suggestion.kind}`)}</strong> ·{" "}
            {suggestion.authorName ?? t("forms:suggestions.member")} ·{" "}
            <FormattedDate iso={suggestion.createdAt} />
          </p>
          <p className="muted">
            {suggestion.showName
              ? t("forms:suggestions.mayName")
              : t("forms:suggestions.mayNotName")}
          </p>
          <TranslatableText
            original={suggestion.text}
            lang={suggestion.locale}
            translation={suggestion.translation ?? null}
            view={translation}
            className="builder-quote"
          />
          <p>
            <span className="builder-status" data-status={suggestion.status}>
              {t(`forms:suggestions.status.${suggestion.status}`)}
            </span>
          </p>
          {suggestion.reply ? (
            <div className="stack">
              <p>{t("forms:suggestions.replyBy", { name: suggestion.repliedByName ?? "" })}</p>
              <blockquote dir="auto" className="builder-quote">
                {suggestion.reply}
              </blockquote>
            </div>
          ) : null}
          {suggestion.status === "OPEN" && answer ? answer(suggestion) : null}
        </li>
      ))}
    </ul>
  );
}
