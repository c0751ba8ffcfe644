import {
  invitationLimitReached,
  invitationLimits,
  limitWindowStart,
  ownerOf,
  type InvitationKind,
  type InvitationLimit,
} from "~/domain/shared/invitation-limits";
import type { Tx } from "./db.server";

/**
 * Counts a sender's and an owner's invitations of the last day from the invitation tables
 * themselves, so the limits hold however many app servers share the load. `ownerId` is the
 * organisation for a group's invitations, the funder for its panels, working groups and team.
 * Call it inside the transaction that writes the invitation.
 */
export async function invitationLimitFor(
  tx: Tx,
  input: { kind: InvitationKind; senderId: string; ownerId: string; now: Date },
): Promise<InvitationLimit | null> {
  const since = limitWindowStart(input.now);
  const bySender = { invitedById: input.senderId, createdAt: { gt: since } };
  const read = { select: { createdAt: true }, take: invitationLimits.senderPerDay };
  const sent = await Promise.all([
    tx.organisationInvitation.findMany({ where: bySender, ...read }),
    tx.panelInvitation.findMany({ where: bySender, ...read }),
    tx.workingGroupMember.findMany({ where: bySender, ...read }),
    tx.funderInvitation.findMany({ where: bySender, ...read }),
  ]);
  return invitationLimitReached({
    kind: input.kind,
    sentBySender: sent.flat().map((row) => row.createdAt),
    sentForOwner: await sentForOwner(tx, input.kind, input.ownerId, since),
    now: input.now,
  });
}

async function sentForOwner(tx: Tx, kind: InvitationKind, ownerId: string, since: Date) {
  const recent = { createdAt: { gt: since } };
  if (ownerOf[kind] === "organisation")
    return tx.organisationInvitation.count({ where: { organisationId: ownerId, ...recent } });
  const counts = await Promise.all([
    tx.funderInvitation.count({ where: { funderId: ownerId, ...recent } }),
    tx.panelInvitation.count({
      where: { panel: { round: { scheme: { funderId: ownerId } } }, ...recent },
    }),
    tx.workingGroupMember.count({ where: { scheme: { funderId: ownerId }, ...recent } }),
  ]);
  return counts.reduce((sum, count) => sum + count, 0);
}
