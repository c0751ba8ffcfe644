import { can, type Actor, type PanelRole } from "~/domain/access/permissions";
import { planAssignments, type AssignmentInput } from "~/domain/panels/assignment";
import { whyNotAssign, type AddRefusal } from "~/domain/panels/assignment-checks";
import {
  assignableStatuses,
  planFingerprint,
  reviewScopeStatuses,
  seedFromPanelId,
} from "~/domain/panels/review-scope";
import type { ApplicationStatus } from "~/domain/schemes/ledger";
import { audit } from "~/services/platform/audit.server";
import { db, type Db, type Tx } from "~/services/platform/db.server";
import {
  inReviewScope,
  panelApplicationResources,
  panelApplications,
  type ScopedPanel,
} from "./review-scope.server";

/**
 * Who reviews which application on a panel. Staff share the applications out with the planner
 * (decision 0023), look at the result, then save it; or give and take single applications by
 * hand under the same rules: never to a member with a conflict, never twice, never to someone
 * removed from the panel.
 */

/** Sent applications in the panel's pots still waiting to be screened, which the planner leaves out. */
export async function awaitingScreening(client: Db | Tx, panel: ScopedPanel) {
  return client.application.count({ where: inReviewScope(panel, ["SUBMITTED"]) });
}

export type AssignablePanel = ScopedPanel & {
  reviewsNeeded: number;
  communityReviewerRequired: boolean;
  members: { userId: string; role: PanelRole; conflictsCheckedAt: Date | null }[];
};

const isCommunity = (role: PanelRole) => role === "COMMUNITY_REVIEWER";

/** The panel's members, applications, assignments and conflicts, and what the planner needs. */
export async function assignmentBoard(client: Db | Tx, panel: AssignablePanel) {
  const applications = await panelApplications(client, panel, assignableStatuses);
  const applicationIds = applications.map((application) => application.id);
  const [assignments, conflicts] = await Promise.all([
    client.reviewAssignment.findMany({
      where: { panelId: panel.id, applicationId: { in: applicationIds } },
      select: { applicationId: true, userId: true },
    }),
    client.conflictDeclaration.findMany({
      where: { panelId: panel.id, applicationId: { in: applicationIds } },
      select: { applicationId: true, userId: true },
    }),
  ]);
  // Removed members are not in panel.members: their unfinished work goes back to the pool.
  const active = new Set(panel.members.map((member) => member.userId));
  const pairs = (rows: { applicationId: string; userId: string }[]) =>
    rows
      .filter((row) => active.has(row.userId))
      .map((row) => ({ reviewerId: row.userId, applicationId: row.applicationId }));
  const existing = pairs(assignments);
  const input: AssignmentInput = {
    applicationIds,
    reviewers: panel.members.map((member) => ({
      id: member.userId,
      community: isCommunity(member.role),
    })),
    reviewsNeeded: panel.reviewsNeeded,
    communityReviewerRequired: panel.communityReviewerRequired,
    conflicts: pairs(conflicts),
    existing,
    seed: seedFromPanelId(panel.id),
  };
  return { applications, existing, conflicts: input.conflicts, input };
}

/** The planner's proposal for the panel as it stands; the same panel gives the same plan. */
export async function proposePlan(panel: AssignablePanel) {
  const board = await assignmentBoard(db(), panel);
  const plan = planAssignments(board.input);
  return { board, plan, fingerprint: planFingerprint(plan.added) };
}

/**
 * Saves the plan, worked out again from the panel as it is now. When that is no longer the plan
 * staff looked at (someone declared a conflict or changed an assignment meanwhile), nothing is
 * saved and they see the new one.
 */
export async function savePlan(
  actor: Actor,
  panel: AssignablePanel,
  fingerprint: string,
): Promise<{ ok: true; added: number } | { ok: false; reason: "changed" }> {
  return db().$transaction(async (tx) => {
    const board = await assignmentBoard(tx, panel);
    const plan = planAssignments(board.input);
    if (planFingerprint(plan.added) !== fingerprint) return { ok: false, reason: "changed" };
    await tx.reviewAssignment.createMany({
      data: plan.added.map((pair) => ({
        panelId: panel.id,
        applicationId: pair.applicationId,
        userId: pair.reviewerId,
        createdById: actor.id,
      })),
    });
    await audit(tx, {
      actorId: actor.id,
      action: "panels.assignments-planned",
      entity: { type: "panel", id: panel.id },
      funderId: panel.round.scheme.funderId,
      detail: { added: plan.added.length, shortfalls: plan.shortfalls.length },
    });
    return { ok: true, added: plan.added.length };
  });
}

export type ChangeRefusal = AddRefusal | "not-assigned" | "forbidden";

/**
 * The application on this panel as the policy sees it, or null when it is not the panel's (or,
 * for giving it out, not screened eligible).
 */
async function panelApplication(
  tx: Tx,
  panel: AssignablePanel,
  applicationId: string,
  statuses: readonly ApplicationStatus[],
) {
  const inScope = (await panelApplications(tx, panel, statuses)).some(
    (a) => a.id === applicationId,
  );
  if (!inScope) return null;
  return (await panelApplicationResources(tx, panel, [applicationId])).get(applicationId)!;
}

/** Gives one application to one member, by hand. */
export async function addReviewer(
  actor: Actor,
  panel: AssignablePanel,
  applicationId: string,
  userId: string,
): Promise<{ ok: true } | { ok: false; reason: ChangeRefusal }> {
  return db().$transaction(async (tx) => {
    const resource = await panelApplication(tx, panel, applicationId, assignableStatuses);
    if (!resource || !can(actor, "edit", resource)) return { ok: false, reason: "forbidden" };
    const member = await tx.panelMember.findUnique({
      where: { panelId_userId: { panelId: panel.id, userId } },
      select: { removedAt: true },
    });
    const refusal = whyNotAssign({
      member: member ? { removed: member.removedAt !== null } : null,
      conflicted: resource.conflicted.includes(userId),
      alreadyAssigned: resource.assignedTo.includes(userId),
    });
    if (refusal) return { ok: false, reason: refusal };
    await tx.reviewAssignment.create({
      data: { panelId: panel.id, applicationId, userId, createdById: actor.id },
    });
    await audit(tx, {
      actorId: actor.id,
      action: "panels.assignment-added",
      entity: { type: "panel", id: panel.id },
      funderId: panel.round.scheme.funderId,
      detail: { applicationId, userId },
    });
    return { ok: true };
  });
}

/** Takes one application back from one member. */
export async function removeReviewer(
  actor: Actor,
  panel: AssignablePanel,
  applicationId: string,
  userId: string,
): Promise<{ ok: true } | { ok: false; reason: ChangeRefusal }> {
  return db().$transaction(async (tx) => {
    const resource = await panelApplication(tx, panel, applicationId, reviewScopeStatuses);
    if (!resource || !can(actor, "edit", resource)) return { ok: false, reason: "forbidden" };
    const removed = await tx.reviewAssignment.deleteMany({
      where: { panelId: panel.id, applicationId, userId },
    });
    if (removed.count === 0) return { ok: false, reason: "not-assigned" };
    await audit(tx, {
      actorId: actor.id,
      action: "panels.assignment-removed",
      entity: { type: "panel", id: panel.id },
      funderId: panel.round.scheme.funderId,
      detail: { applicationId, userId },
    });
    return { ok: true };
  });
}
