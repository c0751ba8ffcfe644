import { useTranslation } from "react-i18next";
import { FormattedDate } from "~/components/shared/formatted-date";
import {
  MachineTranslationToggle,
  TranslatableText,
} from "~/components/shared/machine-translation";
import type { MachineTranslationView } from "~/domain/shared/machine-translation";
import { textIn, type FormDefinition } from "~/domain/forms/definition";

type OwnSuggestion = {
  id: string;
  kind: string;
  text: string;
  locale: string;
  status: string;
  reply: string | null;
  /** The reply machine-translated into her language, when she asked for it. */
  replyTranslation: string | null;
  sectionId: string | null;
  questionId: string | null;
  showName: boolean;
  createdAt: string;
};

/** What she has sent on this version, what it was about, and the funder's answer. */
export function MySuggestions({
  suggestions,
  definition,
  locale,
  names,
  translation,
}: {
  suggestions: OwnSuggestion[];
  /** Whether the funder's replies can be, or are, shown machine-translated. */
  translation: MachineTranslationView;
  definition: FormDefinition;
  locale: string;
  /** Question labels as shown on this page, by id. */
  names: Map<string, string>;
}) {
  const { t } = useTranslation();
  const aboutName = (s: OwnSuggestion) => {
    if (s.questionId && names.has(s.questionId))
      return t("forms:consult.aboutQuestion", { question: names.get(s.questionId) });
    const section = definition.sections.find((x) => x.id === s.sectionId);
    return section
      ? t("forms:consult.aboutSection", {
          section: textIn(section.title, locale, definition.sourceLocale).text,
        })
      : t("forms:consult.aboutForm");
  };
  return (
    <section className="stack" aria-labelledby="mine" id="mine-section">
      <h2 id="mine" tabIndex={-1}>
        {t("forms:consult.mine")}
      </h2>
      {suggestions.length === 0 ? <p>{t("forms:consult.noneYet")}</p> : null}
      <MachineTranslationToggle view={translation} />
      <ul className="builder-suggestions">
        {suggestions.map((s) => (
          <li key={s.id} className="card">
            <p className="builder-suggestion__meta">
              <strong>{t(`forms:suggestions.kind.${s.kind}`)}</strong> · {aboutName(s)} ·{" "}
              <FormattedDate iso={s.createdAt} />
            </p>
            <blockquote lang={s.locale} dir="auto" className="builder-quote">
              {s.text}
            </blockquote>
            <p className="muted">
              {s.showName ? t("forms:consult.named") : t("forms:consult.notNamed")}
            </p>
            <p>
              <span className="builder-status" data-status={s.status}>
                {t(`forms:suggestions.status.${s.status}`)}
              </span>
            </p>
            {s.reply ? (
              <div className="stack">
                <p>{t("forms:consult.theirReply")}</p>
                <TranslatableText
                  original={s.reply}
                  lang={null}
                  translation={s.replyTranslation}
                  view={translation}
                  className="builder-quote"
                />
              </div>
            ) : null}
          </li>
        ))}
      </ul>
    </section>
  );
}
