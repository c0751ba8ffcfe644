import { useTranslation } from "react-i18next";
import { TranslatableText } from "~/components/shared/machine-translation";
import { storyFields, type StoryField } from "~/domain/msc/stories";
import type { MachineTranslationView } from "~/domain/shared/machine-translation";

export type StoryView = {
  id: string;
  organisation: string | null;
  language: string | null;
  change: string;
  changeFor: string;
  whyItMatters: string;
  /** Machine translations into the reader's language, when she asked for them. */
  translated?: Partial<Record<StoryField, string | null>>;
};

/** One story as the group told it, in its own language, or machine-translated when asked. */
export function StoryCard({
  story,
  view = null,
}: {
  story: StoryView;
  view?: MachineTranslationView;
}) {
  const { t } = useTranslation("msc");
  return (
    <article className="stack">
      {story.organisation ? (
        <p>
          <strong>
            <bdi>{story.organisation}</bdi>
          </strong>
        </p>
      ) : null}
      {storyFields
        .filter((field) => story[field] !== "")
        .map((field) => (
          <div key={field} className="stack">
            <p className="muted">{t(`stories.${field}`)}</p>
            <TranslatableText
              original={story[field]}
              lang={story.language}
              translation={story.translated?.[field] ?? null}
              view={view}
            />
          </div>
        ))}
    </article>
  );
}

/** A few words of the story, to name it beside its radio button. */
export function storyExcerpt(story: StoryView, length = 90): string {
  const words = story.change.replace(/\s+/g, " ").trim();
  return words.length <= length ? words : `${words.slice(0, length).trimEnd()}…`;
}
