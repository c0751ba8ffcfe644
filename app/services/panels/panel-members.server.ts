import { can, type Actor, type PanelRole } from "~/domain/access/permissions";
import { guardedChange, pass } from "~/services/platform/guarded-change.server";
import { audit } from "~/services/platform/audit.server";
import { db } from "~/services/platform/db.server";
import { panelResource } from "./panels.server";
import { panelEntity } from "./panel-setup.server";

/** Changing who sits on a panel, for the funder's staff. */

type PanelRef = { id: string; funderId: string };

export async function changeMemberRole(
  actor: Actor,
  panel: PanelRef,
  memberId: string,
  role: PanelRole,
) {
  if (!can(actor, "manage-members", panelResource(panel.id, panel.funderId))) return false;
  return db().$transaction(async (tx) => {
    const member = await tx.panelMember.findFirst({
      where: { id: memberId, panelId: panel.id, removedAt: null },
    });
    if (!member) return false;
    if (member.role === role) return true;
    await tx.panelMember.update({ where: { id: member.id }, data: { role } });
    await audit(tx, {
      actorId: actor.id,
      action: "panels.member-role-changed",
      entity: panelEntity(panel.id),
      funderId: panel.funderId,
      detail: { memberId, userId: member.userId, from: member.role, to: role },
    });
    return true;
  });
}

/** A seat as a status: on the panel, or removed from it. */
const seatStatus = (removedAt: Date | null) => (removedAt ? "REMOVED" : "SEATED");

/**
 * Takes her off the panel mid-round. The row stays, with the date, so her submitted reviews
 * keep their author; the applications she had not reviewed yet go back to the pool.
 */
export async function removeMember(actor: Actor, panel: PanelRef, memberId: string) {
  return guardedChange(db(), {
    actorId: actor.id,
    load: async (tx) => {
      const member = await tx.panelMember.findFirst({
        where: { id: memberId, panelId: panel.id },
      });
      return member ? { ...member, status: seatStatus(member.removedAt) } : null;
    },
    allowed: () => can(actor, "manage-members", panelResource(panel.id, panel.funderId)),
    from: ["SEATED"],
    update: (tx, member) =>
      tx.panelMember.updateMany({
        where: { id: member.id, removedAt: null },
        data: { removedAt: new Date() },
      }),
    then: async (tx, member) => {
      const submitted = await tx.review.findMany({
        where: { panelId: panel.id, userId: member.userId, status: "SUBMITTED" },
        select: { applicationId: true },
      });
      const released = await tx.reviewAssignment.deleteMany({
        where: {
          panelId: panel.id,
          userId: member.userId,
          applicationId: { notIn: submitted.map((review) => review.applicationId) },
        },
      });
      return pass(released.count);
    },
    audit: (member, released) => ({
      action: "panels.member-removed",
      entity: panelEntity(panel.id),
      funderId: panel.funderId,
      detail: { memberId: member.id, userId: member.userId, role: member.role, released },
    }),
  });
}
