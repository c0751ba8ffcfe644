import { useTranslation } from "react-i18next";

export type StoryView = {
  id: string;
  organisation: string | null;
  language: string | null;
  change: string;
  changeFor: string;
  whyItMatters: string;
};

/** One story as the group told it, in its own language. */
export function StoryCard({ story }: { story: StoryView }) {
  const { t } = useTranslation("msc");
  const lang = story.language ?? undefined;
  return (
    <article className="stack">
      {story.organisation ? (
        <p>
          <strong>
            <bdi>{story.organisation}</bdi>
          </strong>
        </p>
      ) : null}
      <p className="muted">{t("stories.change")}</p>
      <p dir="auto" lang={lang}>
        {story.change}
      </p>
      {story.changeFor ? (
        <>
          <p className="muted">{t("stories.changeFor")}</p>
          <p dir="auto" lang={lang}>
            {story.changeFor}
          </p>
        </>
      ) : null}
      {story.whyItMatters ? (
        <>
          <p className="muted">{t("stories.whyItMatters")}</p>
          <p dir="auto" lang={lang}>
            {story.whyItMatters}
          </p>
        </>
      ) : null}
    </article>
  );
}
