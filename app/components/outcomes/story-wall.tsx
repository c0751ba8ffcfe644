import { useTranslation } from "react-i18next";
import type { WallStory } from "~/domain/outcomes/story-wall";
import { languageNameIn } from "~/domain/shared/locales";

export type WallStoryView = Omit<WallStory, "highlightedAt"> & {
  language: string | null;
  group: string;
  potName: { text: string; locale: string };
};

/**
 * Highlighted stories and quotes, in the words and language the group wrote them in (marked
 * with lang, so a screen reader speaks them right), the group's name isolated from the page's
 * direction. Photos come through the outcome photo route, which asks about consent again.
 */
export function StoryWall({
  stories,
  photoUrl,
  headingLevel = 3,
}: {
  stories: readonly WallStoryView[];
  photoUrl: (fileId: string) => string;
  headingLevel?: 2 | 3;
}) {
  const { t, i18n } = useTranslation("outcomes");
  const Heading = headingLevel === 2 ? "h2" : "h3";
  if (stories.length === 0) return <p>{t("stories.none")}</p>;
  return (
    <ul className="outcomes-wall">
      {stories.map((story) => {
        const storyLang = story.language ?? undefined;
        return (
          <li key={story.id} className="outcomes-wall__story card">
            <article className="stack" aria-labelledby={`story-${story.id}`}>
              <Heading id={`story-${story.id}`} className="outcomes-wall__group">
                <bdi>{story.group}</bdi>
              </Heading>
              <p className="muted">
                <span lang={story.potName.locale}>{story.potName.text}</span>
                {story.language ? (
                  <>
                    {" · "}
                    {t("stories.writtenIn", {
                      language: languageNameIn(story.language, i18n.language),
                    })}
                  </>
                ) : null}
              </p>
              {/* The group's words run in their own direction; the labels before them run in the
                reader's, with the words isolated, so neither turns the other around. */}
              <div className="stack">
                {story.change ? (
                  <>
                    <p className="outcomes-wall__change" lang={storyLang} dir="auto">
                      {story.change}
                    </p>
                    <LabelledWords label={t("stories.changeFor")} lang={storyLang}>
                      {story.changeFor}
                    </LabelledWords>
                    <LabelledWords label={t("stories.whyItMatters")} lang={storyLang}>
                      {story.whyItMatters}
                    </LabelledWords>
                  </>
                ) : null}
                {story.quote ? (
                  <blockquote className="outcomes-wall__quote" lang={storyLang} dir="auto">
                    <p>{story.quote}</p>
                  </blockquote>
                ) : null}
              </div>
              {story.photos.map((photo) => (
                <figure key={photo.id} className="outcomes-wall__photo">
                  <img
                    src={photoUrl(photo.id)}
                    alt={photo.caption ?? t("stories.photoAlt")}
                    loading="lazy"
                    width="320"
                  />
                  {photo.caption ? (
                    <figcaption lang={storyLang} dir="auto">
                      {photo.caption}
                    </figcaption>
                  ) : null}
                </figure>
              ))}
            </article>
          </li>
        );
      })}
    </ul>
  );
}

/** A label in the reader's language, then the group's words isolated in theirs; nothing if empty. */
function LabelledWords({
  label,
  lang,
  children,
}: {
  label: string;
  lang: string | undefined;
  children: string | null;
}) {
  if (!children) return null;
  return (
    <p>
      <span className="muted">{label}</span> <bdi lang={lang}>{children}</bdi>
    </p>
  );
}
