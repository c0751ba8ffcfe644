import { sameConditions } from "~/domain/grants/conditions-form";
import { audit } from "~/services/platform/audit.server";
import { db } from "~/services/platform/db.server";

/**
 * A scheme's grant conditions: every save is a new version, so what a group accepted stays
 * readable word for word. New grants are offered the latest version.
 */
export async function conditionsVersions(schemeId: string) {
  const [versions, accepted] = await Promise.all([
    db().grantConditions.findMany({
      where: { schemeId },
      orderBy: { version: "desc" },
      include: { _count: { select: { grants: true } } },
    }),
    db().grant.groupBy({
      by: ["conditionsId"],
      where: { conditions: { schemeId }, acceptedAt: { not: null } },
      _count: { _all: true },
    }),
  ]);
  const acceptedBy = new Map(accepted.map((row) => [row.conditionsId, row._count._all]));
  return versions.map((version) => ({
    id: version.id,
    version: version.version,
    text: version.text as Record<string, string>,
    createdAt: version.createdAt.toISOString(),
    grants: version._count.grants,
    accepted: acceptedBy.get(version.id) ?? 0,
  }));
}

export type SaveConditionsResult =
  { ok: true; version: number } | { ok: false; reason: "unchanged" | "conflict" };

/**
 * Saves the text as the next version. `latestSeen` is the version the page showed, so two
 * people saving at once cannot silently replace each other's words.
 */
export async function saveConditions(
  actor: { id: string },
  scheme: { id: string; funderId: string },
  text: Record<string, string>,
  latestSeen: number,
): Promise<SaveConditionsResult> {
  try {
    return await db().$transaction(async (tx) => {
      const latest = await tx.grantConditions.findFirst({
        where: { schemeId: scheme.id },
        orderBy: { version: "desc" },
      });
      if ((latest?.version ?? 0) !== latestSeen) return { ok: false, reason: "conflict" } as const;
      if (latest && sameConditions(latest.text, text))
        return { ok: false, reason: "unchanged" } as const;
      const version = latestSeen + 1;
      const saved = await tx.grantConditions.create({
        data: { schemeId: scheme.id, version, text, createdById: actor.id },
      });
      await audit(tx, {
        actorId: actor.id,
        action: "grants.conditions-saved",
        entity: { type: "GrantConditions", id: saved.id },
        funderId: scheme.funderId,
        detail: { schemeId: scheme.id, version, languages: Object.keys(text) },
      });
      return { ok: true, version } as const;
    });
  } catch (error) {
    // Two first saves at once: the unique (scheme, version) lets only one in.
    if ((error as { code?: string }).code === "P2002") return { ok: false, reason: "conflict" };
    throw error;
  }
}
