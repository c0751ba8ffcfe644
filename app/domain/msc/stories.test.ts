import { describe, expect, it } from "vitest";
import { mayReadStory, otherDomain, storiesByDomain } from "./stories";

const none = new Set<string>();

describe("who reads a story in the selection round", () => {
  it("shows members only stories the group let reach the funder's reports", () => {
    const member = { asStaff: false, conflictedApplicationIds: none };
    expect(mayReadStory({ applicationId: "a", storyConsent: "FUNDER_ONLY" }, member)).toBe(false);
    expect(mayReadStory({ applicationId: "a", storyConsent: null }, member)).toBe(false);
    expect(mayReadStory({ applicationId: "a", storyConsent: "FUNDER_REPORTS" }, member)).toBe(true);
    expect(mayReadStory({ applicationId: "a", storyConsent: "PUBLIC" }, member)).toBe(true);
  });

  it("shows staff every story", () => {
    const staff = { asStaff: true, conflictedApplicationIds: none };
    expect(mayReadStory({ applicationId: "a", storyConsent: "FUNDER_ONLY" }, staff)).toBe(true);
  });

  it("never shows a story to someone who declared a conflict with the group, staff or not", () => {
    const conflicted = new Set(["a"]);
    for (const asStaff of [true, false])
      expect(
        mayReadStory(
          { applicationId: "a", storyConsent: "PUBLIC" },
          { asStaff, conflictedApplicationIds: conflicted },
        ),
      ).toBe(false);
  });
});

describe("stories by domain", () => {
  it("keeps the funder's order and reads stories of no or unknown domain as any other change", () => {
    const grouped = storiesByDomain(
      [{ id: "d1" }, { id: "d2" }],
      [
        { id: "s1", changeDomainId: "d2" },
        { id: "s2", changeDomainId: null },
        { id: "s3", changeDomainId: "gone" },
        { id: "s4", changeDomainId: "d1" },
      ],
    );
    expect(grouped.map((g) => [g.domainId, g.stories.map((s) => s.id)])).toEqual([
      ["d1", ["s4"]],
      ["d2", ["s1"]],
      [otherDomain, ["s2", "s3"]],
    ]);
  });
});
