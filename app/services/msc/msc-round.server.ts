import type { Prisma } from "~/generated/client-sqlite/client";
import { addDomainRefusal, removeDomainRefusal, switchOnRefusal } from "~/domain/msc/domains";
import type { Texts } from "~/domain/schemes/translated-fields";
import { audit } from "~/services/platform/audit.server";
import { db } from "~/services/platform/db.server";

/**
 * A round's Most Significant Change set-up: whether it is on, and its domains of change. The
 * one place that reads or writes Round.mscEnabled, so the round settings and the check-in form
 * agree on it.
 */

export async function isMscEnabled(roundId: string): Promise<boolean> {
  const round = await db().round.findUnique({
    where: { id: roundId },
    select: { mscEnabled: true },
  });
  return round?.mscEnabled ?? false;
}

/** The round's domains in the funder's order (without "any other change", which is implicit). */
export function changeDomains(roundId: string) {
  return db().changeDomain.findMany({
    where: { roundId },
    orderBy: [{ position: "asc" }, { createdAt: "asc" }],
    select: { id: true, name: true, position: true },
  });
}

type Staff = { actorId: string; funderId: string };

export async function setMscEnabled(
  staff: Staff,
  roundId: string,
  enabled: boolean,
): Promise<{ ok: true } | { ok: false; reason: "too-few-domains" }> {
  return db().$transaction(async (tx) => {
    if (enabled) {
      const refused = switchOnRefusal(await tx.changeDomain.count({ where: { roundId } }));
      if (refused) return { ok: false as const, reason: refused };
    }
    await tx.round.update({ where: { id: roundId }, data: { mscEnabled: enabled } });
    await audit(tx, {
      actorId: staff.actorId,
      action: enabled ? "msc.switched-on" : "msc.switched-off",
      entity: { type: "Round", id: roundId },
      funderId: staff.funderId,
    });
    return { ok: true as const };
  });
}

export async function addDomain(
  staff: Staff,
  roundId: string,
  name: Texts,
): Promise<{ ok: true; id: string } | { ok: false; reason: "too-many" }> {
  return db().$transaction(async (tx) => {
    const existing = await tx.changeDomain.findMany({
      where: { roundId },
      select: { position: true },
    });
    const refused = addDomainRefusal(existing.length);
    if (refused) return { ok: false as const, reason: refused };
    const position = Math.max(-1, ...existing.map((domain) => domain.position)) + 1;
    const domain = await tx.changeDomain.create({
      data: { roundId, name: name as Prisma.InputJsonValue, position },
    });
    await audit(tx, {
      actorId: staff.actorId,
      action: "msc.domain-added",
      entity: { type: "ChangeDomain", id: domain.id },
      funderId: staff.funderId,
      detail: { roundId, name: name as Prisma.InputJsonValue },
    });
    return { ok: true as const, id: domain.id };
  });
}

/** Renames (or translates) a domain of this round; false when the round has no such domain. */
export async function renameDomain(
  staff: Staff,
  roundId: string,
  domainId: string,
  name: Texts,
): Promise<boolean> {
  return db().$transaction(async (tx) => {
    const changed = await tx.changeDomain.updateMany({
      where: { id: domainId, roundId },
      data: { name: name as Prisma.InputJsonValue },
    });
    if (changed.count === 0) return false;
    await audit(tx, {
      actorId: staff.actorId,
      action: "msc.domain-renamed",
      entity: { type: "ChangeDomain", id: domainId },
      funderId: staff.funderId,
      detail: { roundId, name: name as Prisma.InputJsonValue },
    });
    return true;
  });
}

export async function removeDomain(
  staff: Staff,
  roundId: string,
  domainId: string,
): Promise<{ ok: true } | { ok: false; reason: "in-use" | "gone" }> {
  return db().$transaction(async (tx) => {
    const domain = await tx.changeDomain.findFirst({ where: { id: domainId, roundId } });
    if (!domain) return { ok: false as const, reason: "gone" as const };
    const [stories, selections] = await Promise.all([
      tx.checkIn.count({ where: { changeDomainId: domainId } }),
      tx.mscSelection.count({ where: { changeDomainId: domainId } }),
    ]);
    const refused = removeDomainRefusal({ stories, selections });
    if (refused) return { ok: false as const, reason: refused };
    await tx.changeDomain.delete({ where: { id: domainId } });
    await audit(tx, {
      actorId: staff.actorId,
      action: "msc.domain-removed",
      entity: { type: "ChangeDomain", id: domainId },
      funderId: staff.funderId,
      detail: { roundId, name: domain.name as Prisma.InputJsonValue },
    });
    return { ok: true as const };
  });
}
