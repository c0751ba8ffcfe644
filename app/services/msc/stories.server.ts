import type { Actor } from "~/domain/access/permissions";
import type { ShareConsent } from "~/domain/outcomes/consent";
import { mayReadStory, otherDomain, storiesByDomain } from "~/domain/msc/stories";
import { db } from "~/services/platform/db.server";
import { changeDomains } from "./msc-round.server";

/**
 * The stories a selection round reads: the submitted check-ins of the round's grants, each
 * in the domain the group chose, filtered for the reader (consent, conflicts).
 */

export type SelectionPanel = {
  id: string;
  roundId: string;
  blindReview: boolean;
  round: { scheme: { funderId: string } };
};

/** Whether she reads the round's stories as the funder's staff (all of them) or as a member. */
export function readsAsStaff(user: Actor, funderId: string): boolean {
  return user.isPlatformAdmin || user.funders.some((staff) => staff.funderId === funderId);
}

/** Applications she declared a conflict with on any panel of the round. */
async function conflictsOf(userId: string, roundId: string): Promise<Set<string>> {
  const declared = await db().conflictDeclaration.findMany({
    where: { userId, panel: { roundId } },
    select: { applicationId: true },
  });
  return new Set(declared.map((conflict) => conflict.applicationId));
}

type Answers = { change?: unknown; changeFor?: unknown; whyItMatters?: unknown };
const text = (value: unknown) => (typeof value === "string" ? value.trim() : "");

/** Every submitted story of the round, before anyone's filter. */
async function roundStories(roundId: string) {
  const checkIns = await db().checkIn.findMany({
    where: {
      kind: "CHECK_IN",
      submittedAt: { not: null },
      grant: { application: { pot: { roundId } } },
    },
    orderBy: { submittedAt: "asc" },
    select: {
      id: true,
      answers: true,
      answerLanguage: true,
      storyConsent: true,
      changeDomainId: true,
      submittedAt: true,
      grant: {
        select: {
          applicationId: true,
          application: { select: { organisation: { select: { name: true } } } },
        },
      },
    },
  });
  return checkIns
    .map((checkIn) => {
      const answers = (checkIn.answers ?? {}) as Answers;
      return {
        id: checkIn.id,
        applicationId: checkIn.grant.applicationId,
        organisation: checkIn.grant.application.organisation.name,
        storyConsent: checkIn.storyConsent as ShareConsent | null,
        changeDomainId: checkIn.changeDomainId,
        language: checkIn.answerLanguage,
        change: text(answers.change),
        changeFor: text(answers.changeFor),
        whyItMatters: text(answers.whyItMatters),
      };
    })
    .filter((story) => story.change !== "");
}

export type Story = Awaited<ReturnType<typeof roundStories>>[number];

/** What one reader may read of the round's stories, by domain, with each domain's selection. */
export async function storiesPage(panel: SelectionPanel, user: Actor) {
  const asStaff = readsAsStaff(user, panel.round.scheme.funderId);
  const [domains, stories, conflicted, selections] = await Promise.all([
    changeDomains(panel.roundId),
    roundStories(panel.roundId),
    conflictsOf(user.id, panel.roundId),
    db().mscSelection.findMany({ where: { roundId: panel.roundId } }),
  ]);
  const reader = { asStaff, conflictedApplicationIds: conflicted };
  // Group names stay hidden from members of a panel that reviews blind.
  const showNames = asStaff || !panel.blindReview;
  const readable = stories
    .filter((story) => mayReadStory(story, reader))
    .map(({ applicationId: _application, organisation, ...story }) => ({
      ...story,
      organisation: showNames ? organisation : null,
    }));
  const readableIds = new Set(readable.map((story) => story.id));
  return {
    asStaff,
    domains,
    byDomain: storiesByDomain(domains, readable).map((group) => {
      const chosen = selections.find(
        (selection) => (selection.changeDomainId ?? otherDomain) === group.domainId,
      );
      return {
        ...group,
        selection: chosen
          ? {
              checkInId: chosen.checkInId,
              // A story she may not read stays unread, even once chosen.
              readable: readableIds.has(chosen.checkInId),
              reason: readableIds.has(chosen.checkInId) ? chosen.reason : null,
              reasonLocale: chosen.reasonLocale,
              createdAt: chosen.createdAt.toISOString(),
            }
          : null,
      };
    }),
  };
}

/** One story of the round as the reader may read it, or null (not there, not hers to read). */
export async function readableStory(panel: SelectionPanel, user: Actor, checkInId: string) {
  const asStaff = readsAsStaff(user, panel.round.scheme.funderId);
  const [stories, conflicted] = await Promise.all([
    roundStories(panel.roundId),
    conflictsOf(user.id, panel.roundId),
  ]);
  const story = stories.find((candidate) => candidate.id === checkInId);
  if (!story || !mayReadStory(story, { asStaff, conflictedApplicationIds: conflicted }))
    return null;
  return story;
}
