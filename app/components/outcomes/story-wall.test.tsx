import { renderToStaticMarkup } from "react-dom/server";
import { I18nextProvider } from "react-i18next";
import { describe, expect, it } from "vitest";
import { sharedOptionsInstance } from "../../../tests/support/translator";
import { StoryWall, type WallStoryView } from "./story-wall";

const story: WallStoryView = {
  id: "s1",
  change: "Three women got help with housing.",
  changeFor: "Women in the group",
  whyItMatters: "A familiar face made the first step possible.",
  quote: "I am not afraid any more.",
  photos: [],
  language: "en",
  group: "Eritrean Mothers' Circle",
  potName: { text: "Women's groups", locale: "en" },
};

describe("the story wall read in Arabic", () => {
  it("keeps its labels in the page's direction and isolates the group's English words", () => {
    const html = renderToStaticMarkup(
      <I18nextProvider i18n={sharedOptionsInstance("ar")}>
        <StoryWall stories={[story]} photoUrl={(id) => `/photos/${id}`} />
      </I18nextProvider>,
    );
    // The paragraph holding an Arabic label is not turned left to right by the English after it.
    expect(html).toMatch(
      /<p><span class="muted">[^<]*[\u0600-\u06FF][^<]*<\/span> <bdi lang="en">Women in the group<\/bdi><\/p>/,
    );
    expect(html).not.toMatch(/<div[^>]*dir="auto"[^>]*>\s*<p class="outcomes-wall__change"/);
    expect(html).toContain('<p class="outcomes-wall__change" lang="en" dir="auto">');
    expect(html).toContain('<blockquote class="outcomes-wall__quote" lang="en" dir="auto">');
  });
});
