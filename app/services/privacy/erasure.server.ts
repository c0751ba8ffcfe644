import { erasureBlockers, type ErasureBlocker } from "~/domain/privacy/erasure";
import { pseudonymEmail, pseudonymName } from "~/domain/privacy/pseudonym";
import { auditActions } from "~/domain/shared/audit-actions";
import type { Prisma } from "~/generated/client-sqlite/client";
import { audit } from "~/services/platform/audit.server";
import { db, type Tx } from "~/services/platform/db.server";

/** What must be handed over before she can go; empty when nothing stands in the way. */
export async function blockersFor(userId: string, client: Tx = db() as unknown as Tx) {
  const user = await client.user.findUniqueOrThrow({
    where: { id: userId },
    select: {
      isPlatformAdmin: true,
      orgMemberships: { include: { organisation: { select: { name: true } } } },
      funderMemberships: { include: { funder: { select: { name: true } } } },
    },
  });
  const [otherPlatformAdmins, organisations, funders] = await Promise.all([
    user.isPlatformAdmin
      ? client.user.count({ where: { isPlatformAdmin: true, id: { not: userId } } })
      : 0,
    Promise.all(
      user.orgMemberships.map(async (membership) => ({
        organisationId: membership.organisationId,
        name: membership.organisation.name,
        role: membership.role,
        otherOwners: await client.organisationMember.count({
          where: {
            organisationId: membership.organisationId,
            role: "OWNER",
            userId: { not: userId },
          },
        }),
        otherMembers: await client.organisationMember.count({
          where: { organisationId: membership.organisationId, userId: { not: userId } },
        }),
      })),
    ),
    Promise.all(
      user.funderMemberships.map(async (membership) => ({
        funderId: membership.funderId,
        name: membership.funder.name,
        role: membership.role,
        otherAdmins: await client.funderMember.count({
          where: { funderId: membership.funderId, role: "ADMIN", userId: { not: userId } },
        }),
      })),
    ),
  ]);
  return erasureBlockers({
    isPlatformAdmin: user.isPlatformAdmin,
    otherPlatformAdmins,
    organisations,
    funders,
  });
}

export type ErasureResult = { ok: true } | { ok: false; blockers: ErasureBlocker[] };

/** Audit actions whose detail may carry an invited person's address. */
const actionsNamingAddresses = auditActions.filter((action) =>
  /invit|working-group|accepted/.test(action),
);

/**
 * Erases her account (docs/decisions/0042-data-protection.md). The row stays so that what she
 * did keeps an author: reviews, notes and the audit trail show her pseudonym. Everything that
 * identifies her goes: email and name replaced, password and two-factor cleared, sessions
 * ended, memberships removed, invitations to her address and her sign-in codes deleted, her
 * address taken out of the outbox and of audit details. Her address can then sign up afresh.
 * Checked again inside the transaction, so a co-owner leaving at the same moment cannot leave
 * a group without an owner.
 */
export async function eraseAccount(userId: string, now = new Date()): Promise<ErasureResult> {
  return db().$transaction(async (tx) => {
    const user = await tx.user.findUniqueOrThrow({ where: { id: userId } });
    if (user.erasedAt) return { ok: true };
    const blockers = await blockersFor(userId, tx);
    if (blockers.length > 0) return { ok: false, blockers };
    const email = user.email;
    const replacement = pseudonymEmail(userId);

    await tx.session.deleteMany({ where: { userId } });
    await tx.recoveryCode.deleteMany({ where: { userId } });
    await tx.trustedDevice.deleteMany({ where: { userId } });
    await tx.oneTimeCode.deleteMany({ where: { email } });
    await tx.organisationMember.deleteMany({ where: { userId } });
    await tx.funderMember.deleteMany({ where: { userId } });
    // Off her panels the way a member removed mid-round is: her submitted reviews still count
    // under her pseudonym, her drafts and unread applications go back to the others.
    const seats = await tx.panelMember.findMany({ where: { userId, removedAt: null } });
    for (const seat of seats) {
      await tx.panelMember.update({ where: { id: seat.id }, data: { removedAt: now } });
      const submitted = await tx.review.findMany({
        where: { panelId: seat.panelId, userId, status: "SUBMITTED" },
        select: { applicationId: true },
      });
      await tx.reviewAssignment.deleteMany({
        where: {
          panelId: seat.panelId,
          userId,
          applicationId: { notIn: submitted.map((review) => review.applicationId) },
        },
      });
    }
    await tx.review.deleteMany({ where: { userId, status: "DRAFT" } });
    await tx.workingGroupMember.updateMany({
      where: { OR: [{ userId }, { email }] },
      data: { email: replacement, revokedAt: now },
    });
    await tx.formSuggestion.updateMany({ where: { authorId: userId }, data: { showName: false } });
    for (const invitations of [tx.organisationInvitation, tx.panelInvitation, tx.funderInvitation])
      await (invitations as typeof tx.organisationInvitation).updateMany({
        where: { email },
        data: { email: replacement, revokedAt: now },
      });
    await tx.outboundEmail.deleteMany({ where: { to: email, status: "PENDING" } });
    await tx.outboundEmail.updateMany({
      where: { to: email },
      data: { to: replacement, subject: null, textBody: null, htmlBody: null, payload: {} },
    });
    await scrubAuditDetails(tx, email, replacement);

    await tx.user.update({
      where: { id: userId },
      data: {
        email: replacement,
        name: pseudonymName(userId),
        locale: null,
        passwordHash: null,
        totpSecret: null,
        totpEnabledAt: null,
        isPlatformAdmin: false,
        lastSignInAt: null,
        erasedAt: now,
      },
    });
    await audit(tx, {
      actorId: userId,
      action: "privacy.account-erased",
      entity: { type: "User", id: userId },
      detail: { seatsLeft: seats.length },
    });
    return { ok: true };
  });
}

/**
 * The audit trail is kept, but an invitation's entry may name her address; it becomes the
 * pseudonymous one. The only change ever made to audit rows, and only ever this one.
 */
async function scrubAuditDetails(tx: Tx, email: string, replacement: string) {
  const events = await tx.auditEvent.findMany({
    where: { action: { in: actionsNamingAddresses } },
    select: { id: true, detail: true },
  });
  for (const event of events) {
    const json = JSON.stringify(event.detail);
    if (!json.includes(email)) continue;
    const scrubbed = json.split(email).join(replacement);
    await tx.auditEvent.update({
      where: { id: event.id },
      data: { detail: JSON.parse(scrubbed) as Prisma.InputJsonValue },
    });
  }
}
