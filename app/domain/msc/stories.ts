import { mayAppear, type ShareConsent } from "~/domain/outcomes/consent";

/**
 * Which stories a selection round reads. Staff read every story, as they read check-ins;
 * community members of the round's panels read a story only when the group let it travel to
 * the funder's reports, since a panel is already beyond the funder's own staff. A member who
 * declared a conflict with the group's application never sees its story, as in panel review.
 */

export type StoryReader = {
  asStaff: boolean;
  /** Applications she declared a conflict with, on any panel of the round. */
  conflictedApplicationIds: ReadonlySet<string>;
};

export function mayReadStory(
  story: { applicationId: string; storyConsent: ShareConsent | null },
  reader: StoryReader,
): boolean {
  if (reader.conflictedApplicationIds.has(story.applicationId)) return false;
  return mayAppear(story.storyConsent, reader.asStaff ? "staff" : "reports");
}

/** What a selection round reads of a check-in: the change, who it happened to, why it matters. */
export const storyFields = ["change", "changeFor", "whyItMatters"] as const;
export type StoryField = (typeof storyFields)[number];

/** The key of "any other change", which has no row of its own. */
export const otherDomain = "other";

/**
 * Stories grouped by domain in the funder's order, "any other change" last; a story whose
 * domain is unknown (none chosen) is read with "any other change".
 */
export function storiesByDomain<Story extends { changeDomainId: string | null }>(
  domains: readonly { id: string }[],
  stories: readonly Story[],
): { domainId: string; stories: Story[] }[] {
  const known = new Set(domains.map((domain) => domain.id));
  const keyOf = (story: Story) =>
    story.changeDomainId && known.has(story.changeDomainId) ? story.changeDomainId : otherDomain;
  return [...domains.map((domain) => domain.id), otherDomain].map((domainId) => ({
    domainId,
    stories: stories.filter((story) => keyOf(story) === domainId),
  }));
}
