import type { FunderRole } from "~/domain/access/permissions";
import { takesLastAdmin } from "~/domain/teams/team-rules";
import { audit } from "~/services/platform/audit.server";
import { db, type Tx } from "~/services/platform/db.server";

/** Changing who is on a funder's team, always keeping at least one administrator. */

export const teamEntity = (funderId: string) => ({ type: "Funder", id: funderId });

/**
 * Takes the funder's row for the rest of the transaction (a write does, on both databases), so
 * two changes to one team run one after the other: two administrators demoting each other at
 * the same moment cannot both pass the last-administrator check.
 */
export async function lockFunder(tx: Tx, funderId: string) {
  const locked = await tx.funder.updateMany({
    where: { id: funderId },
    data: { updatedAt: new Date() },
  });
  return locked.count === 1;
}

async function membersOf(tx: Tx, funderId: string) {
  const members = await tx.funderMember.findMany({
    where: { funderId },
    select: { id: true, userId: true, role: true, user: { select: { name: true, email: true } } },
  });
  return members.map(({ user, ...member }) => ({ ...member, name: user.name || user.email }));
}

/** The team, for its page: oldest first, so the people who set the funder up lead. */
export async function teamMembers(funderId: string) {
  return db().funderMember.findMany({
    where: { funderId },
    orderBy: { createdAt: "asc" },
    select: { id: true, userId: true, role: true, user: { select: { name: true, email: true } } },
  });
}

export type TeamChangeResult =
  | { ok: true; userId: string; name: string; changed: boolean }
  | { ok: false; reason: "not-found" }
  | { ok: false; reason: "last-admin"; name: string };

type Change = { funderId: string; memberId: string; actorId: string; role: FunderRole | null };

/** A role change (role) or a removal (null), checked against the team as it is now. */
async function changeTeam(input: Change): Promise<TeamChangeResult> {
  return db().$transaction(async (tx): Promise<TeamChangeResult> => {
    if (!(await lockFunder(tx, input.funderId))) return { ok: false, reason: "not-found" };
    const members = await membersOf(tx, input.funderId);
    const member = members.find((candidate) => candidate.id === input.memberId);
    if (!member) return { ok: false, reason: "not-found" };
    const done = { ok: true, userId: member.userId, name: member.name } as const;
    if (member.role === input.role) return { ...done, changed: false };
    if (takesLastAdmin(members, { memberId: member.id, role: input.role }))
      return { ok: false, reason: "last-admin", name: member.name };
    if (input.role) {
      await tx.funderMember.update({ where: { id: member.id }, data: { role: input.role } });
    } else {
      await tx.funderMember.delete({ where: { id: member.id } });
    }
    await audit(tx, {
      actorId: input.actorId,
      action: input.role ? "teams.member-role-changed" : "teams.member-removed",
      entity: teamEntity(input.funderId),
      funderId: input.funderId,
      detail: input.role
        ? { memberId: member.id, userId: member.userId, from: member.role, to: input.role }
        : { memberId: member.id, userId: member.userId, role: member.role },
    });
    return { ...done, changed: true };
  });
}

export function changeTeamRole(input: Change & { role: FunderRole }) {
  return changeTeam(input);
}

export function removeFromTeam(input: Omit<Change, "role">) {
  return changeTeam({ ...input, role: null });
}
