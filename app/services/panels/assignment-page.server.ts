import type { AssignmentPlan } from "~/domain/panels/assignment";
import { translated } from "~/domain/shared/translated-text";
import type { Locale } from "~/domain/shared/locales";
import type { assignmentBoard, AssignablePanel } from "./assignments.server";

/**
 * What the assignment page shows: members with their load and whether they have been through
 * their conflicts, applications with their reviewers, and a proposed plan in the same terms.
 */

type Board = Awaited<ReturnType<typeof assignmentBoard>>;
type NamedPanel = Omit<AssignablePanel, "members"> & {
  members: (AssignablePanel["members"][number] & {
    user: { name: string | null; email: string };
  })[];
};

const nameIn = (panel: NamedPanel) => (userId: string) => {
  const member = panel.members.find((candidate) => candidate.userId === userId);
  return member ? (member.user.name ?? member.user.email) : "";
};

export function boardView(panel: NamedPanel, board: Board, locale: Locale) {
  const name = nameIn(panel);
  const usersOn = (pairs: readonly Board["existing"][number][], applicationId: string) =>
    pairs
      .filter((pair) => pair.applicationId === applicationId)
      .map((pair) => ({ userId: pair.reviewerId, name: name(pair.reviewerId) }));
  return {
    members: panel.members.map((member) => ({
      userId: member.userId,
      name: name(member.userId),
      role: member.role,
      community: member.role === "COMMUNITY_REVIEWER",
      conflictsChecked: member.conflictsCheckedAt !== null,
      conflicts: board.conflicts.filter((pair) => pair.reviewerId === member.userId).length,
      load: board.existing.filter((pair) => pair.reviewerId === member.userId).length,
    })),
    applications: board.applications.map((application) => ({
      id: application.id,
      reference: application.reference,
      pot: translated(application.pot.name, locale),
      reviewers: usersOn(board.existing, application.id),
      conflicted: usersOn(board.conflicts, application.id),
    })),
  };
}

export function planView(panel: NamedPanel, board: Board, plan: AssignmentPlan) {
  const name = nameIn(panel);
  return {
    applications: board.applications.map((application) => ({
      id: application.id,
      reference: application.reference,
      added: plan.added
        .filter((pair) => pair.applicationId === application.id)
        .map((pair) => name(pair.reviewerId)),
      shortfall: plan.shortfalls.find((shortfall) => shortfall.applicationId === application.id),
    })),
    loads: panel.members.map((member) => ({
      name: name(member.userId),
      load: plan.loads[member.userId] ?? 0,
    })),
    added: plan.added.length,
  };
}
