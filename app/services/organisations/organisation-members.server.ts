import { takesLastOwner } from "~/domain/organisations/invitations";
import type { OrganisationRole } from "~/domain/access/permissions";
import { audit } from "~/services/platform/audit.server";
import { db, type Tx } from "~/services/platform/db.server";
import { lockOrganisation } from "./organisations.server";

/** Changing who is in an organisation, always keeping at least one OWNER. */

export type MemberChangeResult =
  | { ok: true; userId: string; name: string; changed: boolean }
  | { ok: false; reason: "not-found" }
  | { ok: false; reason: "last-owner"; name: string };

async function membersOf(tx: Tx, organisationId: string) {
  const members = await tx.organisationMember.findMany({
    where: { organisationId },
    select: { id: true, userId: true, role: true, user: { select: { name: true, email: true } } },
  });
  return members.map(({ user, ...member }) => ({ ...member, name: user.name || user.email }));
}

export async function changeMemberRole(input: {
  organisationId: string;
  memberId: string;
  role: OrganisationRole;
  actorId: string;
}): Promise<MemberChangeResult> {
  return db().$transaction(async (tx): Promise<MemberChangeResult> => {
    if (!(await lockOrganisation(tx, input.organisationId)))
      return { ok: false, reason: "not-found" };
    const members = await membersOf(tx, input.organisationId);
    const member = members.find((candidate) => candidate.id === input.memberId);
    if (!member) return { ok: false, reason: "not-found" };
    if (member.role === input.role)
      return { ok: true, userId: member.userId, name: member.name, changed: false };
    if (takesLastOwner(members, { memberId: member.id, role: input.role })) {
      return { ok: false, reason: "last-owner", name: member.name };
    }
    await tx.organisationMember.update({ where: { id: member.id }, data: { role: input.role } });
    await audit(tx, {
      actorId: input.actorId,
      action: "organisations.member-role-changed",
      entity: { type: "Organisation", id: input.organisationId },
      detail: { memberId: member.id, userId: member.userId, from: member.role, to: input.role },
    });
    return { ok: true, userId: member.userId, name: member.name, changed: true };
  });
}

export async function removeMember(input: {
  organisationId: string;
  memberId: string;
  actorId: string;
}): Promise<MemberChangeResult> {
  return db().$transaction(async (tx): Promise<MemberChangeResult> => {
    if (!(await lockOrganisation(tx, input.organisationId)))
      return { ok: false, reason: "not-found" };
    const members = await membersOf(tx, input.organisationId);
    const member = members.find((candidate) => candidate.id === input.memberId);
    if (!member) return { ok: false, reason: "not-found" };
    if (takesLastOwner(members, { memberId: member.id, role: null })) {
      return { ok: false, reason: "last-owner", name: member.name };
    }
    await tx.organisationMember.delete({ where: { id: member.id } });
    await audit(tx, {
      actorId: input.actorId,
      action: "organisations.member-removed",
      entity: { type: "Organisation", id: input.organisationId },
      detail: { memberId: member.id, userId: member.userId, role: member.role },
    });
    return { ok: true, userId: member.userId, name: member.name, changed: true };
  });
}
