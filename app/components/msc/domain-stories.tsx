import { Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import type { MachineTranslationView } from "~/domain/shared/machine-translation";
import { StoryCard, type StoryView } from "./story-card";

export type DomainGroup = {
  domainId: string;
  name: { text: string; locale: string } | null;
  stories: StoryView[];
  selection: {
    checkInId: string;
    readable: boolean;
    reason: string | null;
    reasonLocale: string;
  } | null;
};

/** The heading of a domain: its name, or "any other change". */
export function DomainHeading({ domain, id }: { domain: DomainGroup; id: string }) {
  const { t } = useTranslation("msc");
  return domain.name ? (
    <h2 id={id} lang={domain.name.locale}>
      {domain.name.text}
    </h2>
  ) : (
    <h2 id={id}>{t("domains.other")}</h2>
  );
}

/** A domain's stories, with the one chosen and why once the selection is made. */
export function DomainStories({
  domain,
  mayChoose,
  view,
}: {
  domain: DomainGroup;
  mayChoose: boolean;
  view: MachineTranslationView;
}) {
  const { t } = useTranslation("msc");
  const headingId = `domain-${domain.domainId}`;
  const chosen = domain.selection;
  const chosenStory = chosen ? domain.stories.find((story) => story.id === chosen.checkInId) : null;
  return (
    <section className="stack" aria-labelledby={headingId}>
      <DomainHeading domain={domain} id={headingId} />
      {chosen ? (
        <div className="card stack">
          <p>
            <strong>{t("stories.chosenStory")}</strong>
          </p>
          {chosenStory ? (
            <StoryCard story={chosenStory} view={view} />
          ) : (
            <p>{t("stories.chosenUnreadable")}</p>
          )}
          {chosen.reason ? (
            <>
              <p className="muted">{t("stories.why")}</p>
              <blockquote lang={chosen.reasonLocale} dir="auto">
                {chosen.reason}
              </blockquote>
            </>
          ) : null}
        </div>
      ) : null}
      {domain.stories.length === 0 ? (
        <p>{t("stories.none")}</p>
      ) : (
        <ul className="stack card-list">
          {domain.stories
            .filter((story) => story.id !== chosen?.checkInId)
            .map((story) => (
              <li key={story.id} className="card">
                <StoryCard story={story} view={view} />
              </li>
            ))}
        </ul>
      )}
      {mayChoose && !chosen && domain.stories.length > 0 ? (
        <p>
          <Link to={`?choose=${domain.domainId}#choose-title`} className="button button--secondary">
            {t("stories.choose")}
          </Link>
        </p>
      ) : null}
    </section>
  );
}
