import type { Texts } from "~/domain/schemes/translated-fields";
import { defaultThemes } from "~/domain/outcomes/default-themes";
import {
  clashingName,
  deleteRefusal,
  isLive,
  mergeMoves,
  mergeRefusal,
  type MergeRefusal,
} from "~/domain/outcomes/themes";
import type { Actor } from "~/domain/access/permissions";
import { audit } from "~/services/platform/audit.server";
import { db, type Tx } from "~/services/platform/db.server";

/**
 * The funder's theme codebook: listing with how many stories each theme tags, adding,
 * renaming and translating, merging, and deleting an unused theme. Callers have checked that
 * the person may edit the funder; every change is audited in its own transaction.
 */

const themeEntity = (id: string) => ({ type: "Theme", id });

/** A new funder starts with the default codebook, so staff can code from the first check-in. */
export async function seedDefaultThemes(tx: Tx, funderId: string) {
  await tx.theme.createMany({
    data: defaultThemes.map((name, position) => ({ funderId, name, position })),
  });
}

/** Every theme of the funder, live ones first in their order, with the stories each tags. */
export async function codebook(funderId: string) {
  const themes = await db().theme.findMany({
    where: { funderId },
    include: { _count: { select: { checkIns: true } } },
    orderBy: [{ position: "asc" }, { createdAt: "asc" }],
  });
  return themes.map((theme) => ({
    id: theme.id,
    name: theme.name,
    mergedIntoId: theme.mergedIntoId,
    tagCount: theme._count.checkIns,
  }));
}

export type CodebookEntry = Awaited<ReturnType<typeof codebook>>[number];

export async function findTheme(funderId: string, themeId: string) {
  const theme = await db().theme.findFirst({
    where: { id: themeId, funderId },
    include: { _count: { select: { checkIns: true } } },
  });
  return theme ? { ...theme, tagCount: theme._count.checkIns } : null;
}

export type NameResult = { ok: true; themeId: string } | { ok: false; clash: string };

export async function addTheme(actor: Actor, funderId: string, names: Texts): Promise<NameResult> {
  return db().$transaction(async (tx) => {
    const themes = await tx.theme.findMany({ where: { funderId } });
    const clash = clashingName(names, themes);
    if (clash) return { ok: false, clash };
    const last = themes.reduce((max, theme) => Math.max(max, theme.position), -1);
    const theme = await tx.theme.create({ data: { funderId, name: names, position: last + 1 } });
    await audit(tx, {
      actorId: actor.id,
      action: "outcomes.theme-added",
      entity: themeEntity(theme.id),
      funderId,
      detail: { name: names },
    });
    return { ok: true, themeId: theme.id };
  });
}

/** Renames and translates in one save: the names in every language replace the stored ones. */
export async function renameTheme(
  actor: Actor,
  funderId: string,
  themeId: string,
  names: Texts,
): Promise<NameResult | { ok: false; missing: true }> {
  return db().$transaction(async (tx) => {
    const themes = await tx.theme.findMany({ where: { funderId } });
    const theme = themes.find((candidate) => candidate.id === themeId);
    if (!theme) return { ok: false, missing: true } as const;
    const clash = clashingName(names, themes, themeId);
    if (clash) return { ok: false, clash };
    await tx.theme.update({ where: { id: themeId }, data: { name: names } });
    await audit(tx, {
      actorId: actor.id,
      action: "outcomes.theme-renamed",
      entity: themeEntity(themeId),
      funderId,
      detail: { name: { from: theme.name as Texts, to: names } },
    });
    return { ok: true, themeId };
  });
}

export type MergeResult =
  { ok: true; moved: number } | { ok: false; reason: MergeRefusal | "missing" };

/**
 * Merges A into B: A's tags move to B (a story tagged with both keeps one B tag), themes
 * merged into A earlier now point at B, and A points at B and is no longer offered.
 */
export async function mergeThemes(
  actor: Actor,
  funderId: string,
  input: { fromId: string; intoId: string },
): Promise<MergeResult> {
  return db().$transaction(async (tx) => {
    const [from, into] = await Promise.all([
      tx.theme.findFirst({ where: { id: input.fromId, funderId } }),
      tx.theme.findFirst({ where: { id: input.intoId, funderId } }),
    ]);
    if (!from || !into) return { ok: false, reason: "missing" };
    const refused = mergeRefusal(from, into);
    if (refused) return { ok: false, reason: refused };
    const tagged = async (themeId: string) =>
      (await tx.checkInTheme.findMany({ where: { themeId }, select: { checkInId: true } })).map(
        (tag) => tag.checkInId,
      );
    const taggedFrom = await tagged(from.id);
    const { move } = mergeMoves(taggedFrom, await tagged(into.id));
    if (move.length > 0)
      await tx.checkInTheme.createMany({
        data: move.map((checkInId) => ({ checkInId, themeId: into.id, taggedById: actor.id })),
      });
    await tx.checkInTheme.deleteMany({ where: { themeId: from.id } });
    await tx.theme.updateMany({
      where: { funderId, mergedIntoId: from.id },
      data: { mergedIntoId: into.id },
    });
    await tx.theme.update({ where: { id: from.id }, data: { mergedIntoId: into.id } });
    await audit(tx, {
      actorId: actor.id,
      action: "outcomes.theme-merged",
      entity: themeEntity(from.id),
      funderId,
      detail: { into: into.id, stories: taggedFrom.length },
    });
    return { ok: true, moved: taggedFrom.length };
  });
}

export type DeleteResult = { ok: true } | { ok: false; reason: "in-use" | "missing" };

/**
 * Deletes a theme nobody has used. Counted inside the transaction, and the database refuses
 * the delete of a theme that tags a story, so a tag added meanwhile still stops it.
 */
export async function deleteTheme(
  actor: Actor,
  funderId: string,
  themeId: string,
): Promise<DeleteResult> {
  try {
    return await db().$transaction(async (tx) => {
      const theme = await tx.theme.findFirst({ where: { id: themeId, funderId } });
      if (!theme) return { ok: false, reason: "missing" } as const;
      const inUse = deleteRefusal(await tx.checkInTheme.count({ where: { themeId } }));
      if (inUse) return { ok: false, reason: inUse } as const;
      // Themes merged into it earlier gave it their tags; with none left, they go with it.
      await tx.theme.deleteMany({ where: { funderId, mergedIntoId: themeId } });
      await tx.theme.delete({ where: { id: themeId } });
      await audit(tx, {
        actorId: actor.id,
        action: "outcomes.theme-deleted",
        entity: themeEntity(themeId),
        funderId,
        detail: { name: theme.name as Texts },
      });
      return { ok: true } as const;
    });
  } catch (error) {
    if (isForeignKeyRefusal(error)) return { ok: false, reason: "in-use" };
    throw error;
  }
}

function isForeignKeyRefusal(error: unknown) {
  return (
    typeof error === "object" &&
    error !== null &&
    "code" in error &&
    ((error as { code: unknown }).code === "P2003" || (error as { code: unknown }).code === "P2014")
  );
}

/** The live themes to offer for tagging, in codebook order. */
export async function liveThemes(funderId: string) {
  return (await codebook(funderId)).filter(isLive);
}
