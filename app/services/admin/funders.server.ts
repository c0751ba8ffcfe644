import { funderSlugBase, uniqueSlug, type NewFunder } from "~/domain/admin/funder-form";
import type { Locale } from "~/domain/shared/locales";
import type { Inviter } from "~/services/platform/invitations.server";
import { audit } from "~/services/platform/audit.server";
import { seedDefaultThemes } from "~/services/outcomes/themes.server";
import { db, isUniqueViolation, type Tx } from "~/services/platform/db.server";
import { nudgeMailWorker } from "~/services/platform/mail-worker.server";
import { inviteToTeamIn, openTeamInvitations } from "~/services/teams/team-invitations.server";
import { lockFunder, teamEntity, teamMembers } from "~/services/teams/team-members.server";

/**
 * The platform administrator's work on funders: creating them with their first administrator's
 * invitation, renaming, deactivating and reactivating. Every change is audited on the funder,
 * so it shows in the funder's own audit log too.
 */

export async function listFunders() {
  return db().funder.findMany({
    orderBy: { name: "asc" },
    select: {
      id: true,
      name: true,
      slug: true,
      deactivatedAt: true,
      _count: { select: { members: true, schemes: true } },
    },
  });
}

export async function funderForAdmin(funderId: string) {
  const funder = await db().funder.findUnique({ where: { id: funderId } });
  if (!funder) return null;
  const [members, invitations] = await Promise.all([
    teamMembers(funderId),
    openTeamInvitations(funderId),
  ]);
  return { funder, members, invitations };
}

async function freeSlug(tx: Tx, name: string) {
  const base = funderSlugBase(name);
  const taken = await tx.funder.findMany({
    where: { slug: { startsWith: base } },
    select: { slug: true },
  });
  return uniqueSlug(base, new Set(taken.map((funder) => funder.slug)));
}

/** Creates the funder and invites its first administrator, in the language she reads. */
export async function createFunder(input: NewFunder & { inviteLocale: Locale; inviter: Inviter }) {
  const create = () =>
    db().$transaction(async (tx) => {
      const funder = await tx.funder.create({
        data: {
          name: input.name,
          slug: await freeSlug(tx, input.name),
          defaultLocale: input.defaultLocale,
          currency: input.currency,
          timeZone: input.timeZone,
        },
      });
      await audit(tx, {
        actorId: input.inviter.id,
        action: "admin.funder-created",
        entity: teamEntity(funder.id),
        funderId: funder.id,
        detail: {
          name: funder.name,
          slug: funder.slug,
          defaultLocale: funder.defaultLocale,
          currency: funder.currency,
          timeZone: funder.timeZone,
        },
      });
      await seedDefaultThemes(tx, funder.id);
      await inviteToTeamIn(tx, {
        funderId: funder.id,
        inviter: input.inviter,
        email: input.adminEmail,
        role: "ADMIN",
        locale: input.inviteLocale,
      });
      return funder;
    });
  let funder;
  try {
    funder = await create();
  } catch (error) {
    // Two funders of the same name created at once: the second takes the next free name.
    if (!isUniqueViolation(error)) throw error;
    funder = await create();
  }
  nudgeMailWorker();
  return funder;
}

export async function renameFunder(input: { funderId: string; name: string; actorId: string }) {
  return db().$transaction(async (tx) => {
    const before = await tx.funder.findUnique({ where: { id: input.funderId } });
    if (!before) return false;
    if (before.name === input.name) return true;
    await tx.funder.update({ where: { id: input.funderId }, data: { name: input.name } });
    await audit(tx, {
      actorId: input.actorId,
      action: "admin.funder-renamed",
      entity: teamEntity(input.funderId),
      funderId: input.funderId,
      detail: { from: before.name, to: input.name },
    });
    return true;
  });
}

/**
 * Deactivating keeps every record; the access policy then closes the funder's pages to
 * everyone (decision 0034). Reactivating opens them again as they were.
 */
export async function setFunderActive(input: {
  funderId: string;
  active: boolean;
  actorId: string;
}) {
  return db().$transaction(async (tx) => {
    const changed = await tx.funder.updateMany({
      where: {
        id: input.funderId,
        deactivatedAt: input.active ? { not: null } : null,
      },
      data: { deactivatedAt: input.active ? null : new Date() },
    });
    if (changed.count !== 1) return false;
    await audit(tx, {
      actorId: input.actorId,
      action: input.active ? "admin.funder-reactivated" : "admin.funder-deactivated",
      entity: teamEntity(input.funderId),
      funderId: input.funderId,
    });
    return true;
  });
}

/** An administrator invited from the admin area, for a funder whose first link went unused. */
export async function inviteFunderAdmin(input: {
  funderId: string;
  email: string;
  locale: Locale;
  inviter: Inviter;
}) {
  const result = await db().$transaction(async (tx) => {
    if (!(await lockFunder(tx, input.funderId))) return { ok: false as const, reason: "not-found" };
    return inviteToTeamIn(tx, { ...input, role: "ADMIN" });
  });
  if (result.ok) nudgeMailWorker();
  return result;
}
