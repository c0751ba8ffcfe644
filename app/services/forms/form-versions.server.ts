import type { Params } from "@remix-run/react";
import type { Prisma } from "~/generated/client-sqlite/client";
import type { FormDefinition } from "~/domain/forms/definition";
import { formDefinitionSchema } from "~/domain/forms/definition-schema";
import {
  applyStructureChange,
  describeStructureChange,
  publishProblems,
  type EditError,
  type StructureChange,
} from "~/domain/forms/edit";
import { canUnretire, retirementCheck, usableForRounds } from "~/domain/forms/retirement";
import { starterDefinition } from "~/domain/forms/starter";
import { can, type Actor } from "~/domain/access/permissions";
import { audit } from "~/services/platform/audit.server";
import { db, type Tx } from "~/services/platform/db.server";
import { forbidden, requirePermission } from "~/services/access/permissions.server";

/**
 * Versions of a scheme's application form. A draft changes freely (also while the working
 * group reads it in consultation); publishing freezes it for good. To change a published
 * form, staff copy it into a new draft, so applications keep the exact questions they
 * started with. A published version that no round needs any more can be retired (and brought
 * back): it is then no longer offered to rounds, and applications started on it keep it.
 */

export type SchemeRef = { funderId: string; schemeId: string };

const EDITABLE = ["DRAFT", "CONSULTATION"] as const;
const FROZEN = ["PUBLISHED", "RETIRED"] as const;

export function parseDefinition(json: unknown): FormDefinition {
  return formDefinitionSchema.parse(json);
}

const asJson = (definition: FormDefinition) => definition as unknown as Prisma.InputJsonValue;

/** The scheme, only if it belongs to the funder in the address. */
async function schemeOf(ref: SchemeRef, client: Tx = db() as unknown as Tx) {
  return client.scheme.findFirst({ where: { id: ref.schemeId, funderId: ref.funderId } });
}

/** The service checks again what the route checked, so no caller can skip it. */
async function checkEditor(actor: Actor, ref: SchemeRef, tx: Tx) {
  if (!can(actor, "edit", { type: "funder", funderId: ref.funderId })) throw forbidden();
  const scheme = await schemeOf(ref, tx);
  if (!scheme) throw forbidden();
  return scheme;
}

async function versionIn(tx: Tx, ref: SchemeRef, versionId: string) {
  const version = await tx.formVersion.findFirst({
    where: { id: versionId, schemeId: ref.schemeId },
  });
  if (!version) throw forbidden();
  return version;
}

/** For builder loaders and actions: funder staff who may edit, and the scheme in the address. */
export async function requireFormEditor(request: Request, params: Params) {
  const ref: SchemeRef = { funderId: params.funderId ?? "", schemeId: params.schemeId ?? "" };
  const found: { scheme?: NonNullable<Awaited<ReturnType<typeof schemeOf>>> } = {};
  const user = await requirePermission(request, "edit", async () => {
    const scheme = await schemeOf(ref);
    if (!scheme) return null;
    found.scheme = scheme;
    return { type: "funder", funderId: ref.funderId };
  });
  return { user, scheme: found.scheme!, ref };
}

/** A version of the scheme with its definition read, or the 403 every missing record gets. */
export async function requireVersion(ref: SchemeRef, versionId: string | undefined) {
  const version = await db().formVersion.findFirst({
    where: { id: versionId ?? "", schemeId: ref.schemeId },
  });
  if (!version) throw forbidden();
  return { ...version, definition: parseDefinition(version.definition) };
}

export async function listVersions(schemeId: string) {
  const versions = await db().formVersion.findMany({
    where: { schemeId },
    orderBy: { version: "desc" },
    include: {
      rounds: { select: { id: true, name: true } },
      _count: { select: { suggestions: true, applications: true } },
    },
  });
  return versions.map((version) => ({
    ...version,
    definition: parseDefinition(version.definition),
  }));
}

/** The version this one was copied from, or else the one numbered just before it. */
export async function previousVersion(version: {
  schemeId: string;
  version: number;
  basedOnId: string | null;
}) {
  const previous = version.basedOnId
    ? await db().formVersion.findUnique({ where: { id: version.basedOnId } })
    : await db().formVersion.findFirst({
        where: { schemeId: version.schemeId, version: { lt: version.version } },
        orderBy: { version: "desc" },
      });
  return previous ? { ...previous, definition: parseDefinition(previous.definition) } : null;
}

export type CreateResult =
  | { ok: true; versionId: string }
  | { ok: false; reason: "exists" | "not-published" | "draft-exists"; versionId?: string };

export async function createFirstDraft(actor: Actor, ref: SchemeRef): Promise<CreateResult> {
  return db().$transaction(async (tx): Promise<CreateResult> => {
    await checkEditor(actor, ref, tx);
    const existing = await tx.formVersion.findFirst({
      where: { schemeId: ref.schemeId },
      orderBy: { version: "desc" },
    });
    if (existing) return { ok: false, reason: "exists", versionId: existing.id };
    const version = await tx.formVersion.create({
      data: {
        schemeId: ref.schemeId,
        version: 1,
        definition: asJson(starterDefinition()),
        createdById: actor.id,
      },
    });
    await audit(tx, {
      actorId: actor.id,
      action: "form.draft-created",
      entity: { type: "FormVersion", id: version.id },
      funderId: ref.funderId,
    });
    return { ok: true, versionId: version.id };
  });
}

/**
 * A new draft copied from a published version; the published one stays as it is. Only one
 * draft at a time, so the working group never reads two competing versions.
 */
export async function createDraftFrom(
  actor: Actor,
  ref: SchemeRef,
  versionId: string,
): Promise<CreateResult> {
  return db().$transaction(async (tx): Promise<CreateResult> => {
    await checkEditor(actor, ref, tx);
    const source = await versionIn(tx, ref, versionId);
    if (!(FROZEN as readonly string[]).includes(source.status))
      return { ok: false, reason: "not-published" };
    const open = await tx.formVersion.findFirst({
      where: { schemeId: ref.schemeId, status: { in: [...EDITABLE] } },
    });
    if (open) return { ok: false, reason: "draft-exists", versionId: open.id };
    const latest = await tx.formVersion.findFirst({
      where: { schemeId: ref.schemeId },
      orderBy: { version: "desc" },
    });
    // (schemeId, version) is unique: of two people copying at once, the second one fails rather than share a number.
    const version = await tx.formVersion.create({
      data: {
        schemeId: ref.schemeId,
        version: (latest?.version ?? 0) + 1,
        definition: asJson(parseDefinition(source.definition)),
        basedOnId: source.id,
        createdById: actor.id,
      },
    });
    await audit(tx, {
      actorId: actor.id,
      action: "form.draft-copied",
      entity: { type: "FormVersion", id: version.id },
      funderId: ref.funderId,
      detail: { basedOnId: source.id, version: version.version },
    });
    return { ok: true, versionId: version.id };
  });
}

export type EditOutcome =
  | { ok: true; definition: FormDefinition }
  | { ok: false; reason: "not-editable" }
  | { ok: false; reason: "invalid"; error: EditError };

type Edit = (
  definition: FormDefinition,
) => { ok: true; definition: FormDefinition } | { ok: false; error: EditError };

class EditConflict extends Error {}

/**
 * Applies one edit to a draft. The edit runs on the latest stored copy and is written only if
 * nobody saved in between (else it runs again on the newer copy), so two people editing the
 * same draft never silently undo each other. Only drafts and versions in consultation change.
 */
export async function editDraft(
  actor: Actor,
  ref: SchemeRef,
  versionId: string,
  edit: Edit,
  describe: Record<string, string> = {},
): Promise<EditOutcome> {
  for (let attempt = 0; attempt < 5; attempt++) {
    try {
      return await db().$transaction(async (tx): Promise<EditOutcome> => {
        await checkEditor(actor, ref, tx);
        const version = await versionIn(tx, ref, versionId);
        if (!(EDITABLE as readonly string[]).includes(version.status))
          return { ok: false, reason: "not-editable" };
        const result = edit(parseDefinition(version.definition));
        if (!result.ok) return { ok: false, reason: "invalid", error: result.error };
        const checked = formDefinitionSchema.safeParse(result.definition);
        if (!checked.success)
          return {
            ok: false,
            reason: "invalid",
            error: {
              key: checked.error.issues[0]?.message ?? "forms:builder.errors.invalidQuestion",
            },
          };
        const written = await tx.formVersion.updateMany({
          where: { id: version.id, status: { in: [...EDITABLE] }, updatedAt: version.updatedAt },
          data: { definition: asJson(checked.data) },
        });
        if (written.count !== 1) throw new EditConflict();
        await audit(tx, {
          actorId: actor.id,
          action: "form.edited",
          entity: { type: "FormVersion", id: version.id },
          funderId: ref.funderId,
          detail: describe,
        });
        return { ok: true, definition: checked.data };
      });
    } catch (error) {
      if (!(error instanceof EditConflict)) throw error;
    }
  }
  throw new Error("The form was changed by someone else several times in a row; please try again.");
}

/** Replaces a draft's whole definition, checked against the definition schema. */
export async function updateDraft(
  actor: Actor,
  ref: SchemeRef,
  versionId: string,
  definition: unknown,
): Promise<EditOutcome> {
  const parsed = formDefinitionSchema.safeParse(definition);
  if (!parsed.success) {
    // Still refuse a frozen version first, so the answer does not depend on what was sent.
    const version = await db().formVersion.findFirst({
      where: { id: versionId, schemeId: ref.schemeId },
    });
    if (version && !(EDITABLE as readonly string[]).includes(version.status))
      return { ok: false, reason: "not-editable" };
    return {
      ok: false,
      reason: "invalid",
      error: { key: parsed.error.issues[0]?.message ?? "forms:builder.errors.invalidQuestion" },
    };
  }
  return editDraft(actor, ref, versionId, () => ({ ok: true, definition: parsed.data }), {
    change: "replace",
  });
}

export type StructureOutcome =
  | { ok: true; itemId: string }
  | { ok: false; reason: "not-editable" }
  | { ok: false; reason: "invalid"; error: EditError };

/** Adds, moves or deletes a part or question of a draft; `itemId` is the one it touched. */
export async function editStructure(
  actor: Actor,
  ref: SchemeRef,
  versionId: string,
  change: StructureChange,
): Promise<StructureOutcome> {
  let itemId = "";
  const result = await editDraft(
    actor,
    ref,
    versionId,
    (definition) => {
      const changed = applyStructureChange(definition, change);
      if (changed.ok) itemId = changed.itemId;
      return changed;
    },
    describeStructureChange(change),
  );
  return result.ok ? { ok: true, itemId } : result;
}

export type StatusOutcome =
  | { ok: true }
  | { ok: false; reason: "wrong-status" }
  | { ok: false; reason: "problems"; problems: EditError[] };

/** Lets the working group read and comment on the draft. Staff can still edit it. */
export async function openConsultation(
  actor: Actor,
  ref: SchemeRef,
  versionId: string,
): Promise<StatusOutcome> {
  return db().$transaction(async (tx): Promise<StatusOutcome> => {
    await checkEditor(actor, ref, tx);
    const version = await versionIn(tx, ref, versionId);
    const moved = await tx.formVersion.updateMany({
      where: { id: version.id, status: "DRAFT" },
      data: { status: "CONSULTATION" },
    });
    if (moved.count !== 1) return { ok: false, reason: "wrong-status" };
    await audit(tx, {
      actorId: actor.id,
      action: "form.consultation-opened",
      entity: { type: "FormVersion", id: version.id },
      funderId: ref.funderId,
    });
    return { ok: true };
  });
}

/** Freezes the version: from now on it is only ever read, and rounds can use it. */
export async function publishVersion(
  actor: Actor,
  ref: SchemeRef,
  versionId: string,
  now = new Date(),
): Promise<StatusOutcome> {
  return db().$transaction(async (tx): Promise<StatusOutcome> => {
    await checkEditor(actor, ref, tx);
    const version = await versionIn(tx, ref, versionId);
    if (!(EDITABLE as readonly string[]).includes(version.status))
      return { ok: false, reason: "wrong-status" };
    const problems = publishProblems(parseDefinition(version.definition));
    if (problems.length > 0) return { ok: false, reason: "problems", problems };
    // Conditional on the copy just checked, so an edit saved a moment ago is not published unchecked.
    const moved = await tx.formVersion.updateMany({
      where: { id: version.id, status: version.status, updatedAt: version.updatedAt },
      data: { status: "PUBLISHED", publishedAt: now },
    });
    if (moved.count !== 1) return { ok: false, reason: "wrong-status" };
    await audit(tx, {
      actorId: actor.id,
      action: "form.published",
      entity: { type: "FormVersion", id: version.id },
      funderId: ref.funderId,
      detail: { version: version.version },
    });
    return { ok: true };
  });
}

export type AssignOutcome =
  | { ok: true }
  | { ok: false; reason: "not-published" | "unknown-round" | "round-has-applications" };

/**
 * Makes a round use a published version. Refused while the round has applications started on
 * another version: those keep their version, and one round should not mix two forms.
 */
export async function assignToRound(
  actor: Actor,
  ref: SchemeRef,
  versionId: string,
  roundId: string,
): Promise<AssignOutcome> {
  return db().$transaction(async (tx): Promise<AssignOutcome> => {
    await checkEditor(actor, ref, tx);
    const version = await versionIn(tx, ref, versionId);
    if (!usableForRounds(version.status)) return { ok: false, reason: "not-published" };
    // Written while still published, which holds the version's row until this transaction
    // ends: a retirement at the same moment waits for it, then sees this round.
    const held = await tx.formVersion.updateMany({
      where: { id: version.id, status: "PUBLISHED" },
      data: { status: "PUBLISHED" },
    });
    if (held.count !== 1) return { ok: false, reason: "not-published" };
    const round = await tx.round.findFirst({ where: { id: roundId, schemeId: ref.schemeId } });
    if (!round) return { ok: false, reason: "unknown-round" };
    const onOtherVersions = await tx.application.count({
      where: { pot: { roundId }, formVersionId: { not: null }, NOT: { formVersionId: version.id } },
    });
    if (onOtherVersions > 0) return { ok: false, reason: "round-has-applications" };
    await tx.round.update({ where: { id: roundId }, data: { formVersionId: version.id } });
    await audit(tx, {
      actorId: actor.id,
      action: "form.round-assigned",
      entity: { type: "FormVersion", id: version.id },
      funderId: ref.funderId,
      detail: { roundId, previousFormVersionId: round.formVersionId },
    });
    return { ok: true };
  });
}

export type RetireOutcome =
  | { ok: true }
  | { ok: false; reason: "wrong-status" }
  | { ok: false; reason: "in-use"; rounds: { id: string; name: unknown }[] };

class RetireRefused extends Error {
  constructor(readonly outcome: RetireOutcome) {
    super("retirement refused");
  }
}

/**
 * Stops a published version being used: it can no longer be chosen for a round. Refused while
 * a round that is open or has not opened yet uses it. Applications already on it keep it.
 */
export async function retireVersion(
  actor: Actor,
  ref: SchemeRef,
  versionId: string,
  now = new Date(),
): Promise<RetireOutcome> {
  try {
    return await db().$transaction(async (tx): Promise<RetireOutcome> => {
      await checkEditor(actor, ref, tx);
      const version = await versionIn(tx, ref, versionId);
      // Marked first, then the rounds are read: a round being given this version at the same
      // moment either finished before (and is seen below) or waits and then finds it retired.
      const moved = await tx.formVersion.updateMany({
        where: { id: version.id, status: "PUBLISHED" },
        data: { status: "RETIRED" },
      });
      if (moved.count !== 1) return { ok: false, reason: "wrong-status" };
      const rounds = await tx.round.findMany({
        where: { formVersionId: version.id },
        select: { id: true, name: true, opensAt: true, closesAt: true },
      });
      const check = retirementCheck(version.status, rounds, now);
      if (!check.ok) {
        // Thrown, so that the transaction undoes the status change above.
        throw new RetireRefused(
          check.reason === "in-use"
            ? {
                ok: false,
                reason: "in-use",
                rounds: check.rounds.map(({ id, name }) => ({ id, name })),
              }
            : { ok: false, reason: "wrong-status" },
        );
      }
      await audit(tx, {
        actorId: actor.id,
        action: "form.retired",
        entity: { type: "FormVersion", id: version.id },
        funderId: ref.funderId,
        detail: { version: version.version, closedRoundIds: rounds.map((round) => round.id) },
      });
      return { ok: true };
    });
  } catch (error) {
    if (error instanceof RetireRefused) return error.outcome;
    throw error;
  }
}

/** Brings a retired version back to published, so rounds can use it again. */
export async function unretireVersion(
  actor: Actor,
  ref: SchemeRef,
  versionId: string,
): Promise<StatusOutcome> {
  return db().$transaction(async (tx): Promise<StatusOutcome> => {
    await checkEditor(actor, ref, tx);
    const version = await versionIn(tx, ref, versionId);
    if (!canUnretire(version.status)) return { ok: false, reason: "wrong-status" };
    const moved = await tx.formVersion.updateMany({
      where: { id: version.id, status: "RETIRED" },
      data: { status: "PUBLISHED" },
    });
    if (moved.count !== 1) return { ok: false, reason: "wrong-status" };
    await audit(tx, {
      actorId: actor.id,
      action: "form.unretired",
      entity: { type: "FormVersion", id: version.id },
      funderId: ref.funderId,
      detail: { version: version.version },
    });
    return { ok: true };
  });
}

/** The rounds of a scheme with the version each uses, for the "use this version for" choice. */
export async function schemeRounds(schemeId: string) {
  return db().round.findMany({
    where: { schemeId },
    orderBy: { opensAt: "desc" },
    select: {
      id: true,
      name: true,
      formVersionId: true,
      pots: { select: { maxGrantMinor: true } },
    },
  });
}
