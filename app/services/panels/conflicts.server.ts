import type { ConflictKind } from "~/domain/panels/review-scope";
import { audit } from "~/services/platform/audit.server";
import { db } from "~/services/platform/db.server";
import { panelApplications, type ScopedPanel } from "./review-scope.server";

/**
 * Conflicts of interest. A member goes through the names of the groups that applied to her
 * panel before she reads anything, and says which she is close to. A declaration is never
 * withdrawn; one made after she started a review leaves that review out of every score.
 */

type Panel = ScopedPanel;

/** The groups whose applications the panel reviews, with what she has declared about each. */
export async function conflictsPage(panel: Panel, userId: string) {
  const [applications, declarations, member] = await Promise.all([
    panelApplications(db(), panel),
    db().conflictDeclaration.findMany({
      where: { panelId: panel.id, userId },
      select: { applicationId: true, kind: true, note: true },
    }),
    db().panelMember.findFirst({
      where: { panelId: panel.id, userId, removedAt: null },
      select: { conflictsCheckedAt: true },
    }),
  ]);
  const groups = new Map<string, { id: string; name: string; applicationIds: string[] }>();
  for (const application of applications) {
    const group = groups.get(application.organisationId) ?? {
      id: application.organisationId,
      name: application.organisation.name,
      applicationIds: [],
    };
    group.applicationIds.push(application.id);
    groups.set(application.organisationId, group);
  }
  const organisations = [...groups.values()]
    .sort((a, b) => a.name.localeCompare(b.name))
    .map((group) => {
      const declared = declarations.find((d) => group.applicationIds.includes(d.applicationId));
      return {
        id: group.id,
        name: group.name,
        declared: declared ? { kind: declared.kind, note: declared.note } : null,
      };
    });
  return { organisations, checkedAt: member?.conflictsCheckedAt?.toISOString() ?? null };
}

export type DeclareRefusal = "unknown-organisation" | "already-declared";

/**
 * Declares a conflict with every application of one group on the panel. Her assignments to
 * them go back to staff, and any review she started on them is flagged and left out.
 */
export async function declareConflict(
  panel: Panel,
  userId: string,
  input: { organisationId: string; kind: ConflictKind; note?: string | undefined },
): Promise<{ ok: true } | { ok: false; reason: DeclareRefusal }> {
  return db().$transaction(async (tx) => {
    const applications = (await panelApplications(tx, panel)).filter(
      (application) => application.organisationId === input.organisationId,
    );
    if (applications.length === 0) return { ok: false, reason: "unknown-organisation" };
    const declared = await tx.conflictDeclaration.findMany({
      where: { panelId: panel.id, userId, applicationId: { in: applications.map((a) => a.id) } },
      select: { applicationId: true },
    });
    const fresh = applications.filter((a) => !declared.some((d) => d.applicationId === a.id));
    if (fresh.length === 0) return { ok: false, reason: "already-declared" };
    const applicationIds = fresh.map((application) => application.id);
    const now = new Date();
    await tx.conflictDeclaration.createMany({
      data: applicationIds.map((applicationId) => ({
        panelId: panel.id,
        userId,
        applicationId,
        kind: input.kind,
        note: input.note ?? null,
      })),
    });
    const mine = { panelId: panel.id, userId, applicationId: { in: applicationIds } };
    const unassigned = await tx.reviewAssignment.deleteMany({ where: mine });
    const started = await tx.review.findMany({
      where: { ...mine, excludedAt: null },
      select: { id: true, applicationId: true },
    });
    await tx.review.updateMany({
      where: { id: { in: started.map((review) => review.id) } },
      data: { excludedAt: now },
    });
    const funderId = panel.round.scheme.funderId;
    await audit(tx, {
      actorId: userId,
      action: "panels.conflicts-declared",
      entity: { type: "panel", id: panel.id },
      funderId,
      detail: {
        organisationId: input.organisationId,
        kind: input.kind,
        applicationIds,
        assignmentsRemoved: unassigned.count,
      },
    });
    for (const review of started)
      await audit(tx, {
        actorId: userId,
        action: "panels.conflict-declared-after-scoring",
        entity: { type: "review", id: review.id },
        funderId,
        detail: { panelId: panel.id, applicationId: review.applicationId },
      });
    return { ok: true };
  });
}

/** She has been through the list: nothing (more) to declare. */
export async function confirmConflictsChecked(panel: Panel, userId: string) {
  await db().$transaction(async (tx) => {
    const declared = await tx.conflictDeclaration.count({ where: { panelId: panel.id, userId } });
    await tx.panelMember.updateMany({
      where: { panelId: panel.id, userId, removedAt: null },
      data: { conflictsCheckedAt: new Date() },
    });
    await audit(tx, {
      actorId: userId,
      action: "panels.conflicts-declared",
      entity: { type: "panel", id: panel.id },
      funderId: panel.round.scheme.funderId,
      detail: { checked: true, conflicts: declared },
    });
  });
}
