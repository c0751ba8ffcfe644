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
import {
  editableStatuses,
  isEditable,
  isFrozen,
  versionStatuses,
} from "~/domain/forms/version-lifecycle";
import { can, formVersionResource, type Actor } from "~/domain/access/permissions";
import { audit, type AuditEntry } from "~/services/platform/audit.server";
import { db, type Tx } from "~/services/platform/db.server";
import {
  guardedChange,
  pass,
  refuse,
  type GuardedChange,
} from "~/services/platform/guarded-change.server";
import { forbidden } from "~/services/access/permissions.server";

/**
 * Versions of a scheme's application form. A draft changes freely (also while the working
 * group reads it in consultation); publishing freezes it for good. To change a published
 * form, staff copy it into a new draft, so applications keep the exact questions they
 * started with. A published version that no round needs any more can be retired (and brought
 * back): it is then no longer offered to rounds, and applications started on it keep it.
 * Every change asks the policy again (the route asked first), so no caller can skip it.
 */

export type SchemeRef = { funderId: string; schemeId: string };

export function parseDefinition(json: unknown): FormDefinition {
  return formDefinitionSchema.parse(json);
}

const asJson = (definition: FormDefinition) => definition as unknown as Prisma.InputJsonValue;

/** A version, only if its scheme is the one in the address and belongs to the funder there. */
export function versionUnder(client: Tx, ref: SchemeRef, versionId: string) {
  return client.formVersion.findFirst({
    where: { id: versionId, schemeId: ref.schemeId, scheme: { funderId: ref.funderId } },
  });
}

type VersionRow = NonNullable<Awaited<ReturnType<typeof versionUnder>>>;

type VersionChange<Prepared, Value, Detail> = Pick<
  GuardedChange<VersionRow, Prepared, Value, Detail>,
  "from" | "prepare" | "update" | "then"
> & {
  action: AuditEntry["action"];
  detail?: (version: VersionRow, value: Value) => Prisma.InputJsonValue;
};

/**
 * A guarded change of one version of the scheme in the address, by staff who may edit it. A
 * version that is missing, or not theirs, is the 403 every route gives.
 */
async function changeVersion<Prepared = undefined, Value = undefined, Detail = never>(
  actor: Actor,
  ref: SchemeRef,
  versionId: string,
  change: VersionChange<Prepared, Value, Detail>,
) {
  const result = await guardedChange(db(), {
    actorId: actor.id,
    load: (tx) => versionUnder(tx, ref, versionId),
    allowed: (version) => can(actor, "edit", formVersionResource(version, ref.funderId)),
    from: change.from,
    prepare: change.prepare,
    update: change.update,
    then: change.then,
    audit: (version, value) => ({
      action: change.action,
      entity: { type: "FormVersion", id: version.id },
      funderId: ref.funderId,
      detail: change.detail?.(version, value),
    }),
  });
  if (!result.ok && result.reason === "forbidden") throw forbidden();
  return result;
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
    const scheme = await tx.scheme.findFirst({
      where: { id: ref.schemeId, funderId: ref.funderId },
    });
    // Asked about the draft about to be written.
    const draft = formVersionResource({ schemeId: ref.schemeId, status: "DRAFT" }, ref.funderId);
    if (!scheme || !can(actor, "edit", draft)) throw forbidden();
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
      action: "forms.draft-created",
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
    const source = await versionUnder(tx, ref, versionId);
    if (!source || !can(actor, "edit", formVersionResource(source, ref.funderId)))
      throw forbidden();
    if (!isFrozen(source.status)) return { ok: false, reason: "not-published" };
    const open = await tx.formVersion.findFirst({
      where: { schemeId: ref.schemeId, status: { in: [...editableStatuses] } },
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
      action: "forms.draft-copied",
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

function checkedEdit(version: VersionRow, edit: Edit) {
  const result = edit(parseDefinition(version.definition));
  if (!result.ok) return refuse(result.error);
  const checked = formDefinitionSchema.safeParse(result.definition);
  if (!checked.success)
    return refuse<EditError>({
      key: checked.error.issues[0]?.message ?? "forms:builder.errors.invalidQuestion",
    });
  return pass(checked.data);
}

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
    const result = await changeVersion<FormDefinition, FormDefinition, EditError>(
      actor,
      ref,
      versionId,
      {
        from: editableStatuses,
        prepare: (version) => checkedEdit(version, edit),
        update: (tx, version, definition) =>
          tx.formVersion.updateMany({
            where: {
              id: version.id,
              status: { in: [...editableStatuses] },
              updatedAt: version.updatedAt,
            },
            data: { definition: asJson(definition) },
          }),
        then: async (_tx, _version, definition) => pass(definition),
        action: "forms.edited",
        detail: () => describe,
      },
    );
    if (result.ok) return { ok: true, definition: result.value };
    if (result.reason === "refused") return { ok: false, reason: "invalid", error: result.detail };
    if (result.reason !== "conflict") return { ok: false, reason: "not-editable" };
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
    if (version && !isEditable(version.status)) return { ok: false, reason: "not-editable" };
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

const wrongStatus = { ok: false, reason: "wrong-status" } as const;

/** Lets the working group read and comment on the draft. Staff can still edit it. */
export async function openConsultation(
  actor: Actor,
  ref: SchemeRef,
  versionId: string,
): Promise<StatusOutcome> {
  const result = await changeVersion(actor, ref, versionId, {
    from: ["DRAFT"],
    update: (tx, version) =>
      tx.formVersion.updateMany({
        where: { id: version.id, status: "DRAFT" },
        data: { status: "CONSULTATION" },
      }),
    action: "forms.consultation-opened",
  });
  return result.ok ? { ok: true } : wrongStatus;
}

/** Freezes the version: from now on it is only ever read, and rounds can use it. */
export async function publishVersion(
  actor: Actor,
  ref: SchemeRef,
  versionId: string,
  now = new Date(),
): Promise<StatusOutcome> {
  const result = await changeVersion<undefined, undefined, EditError[]>(actor, ref, versionId, {
    from: editableStatuses,
    prepare: (version) => {
      const problems = publishProblems(parseDefinition(version.definition));
      return problems.length > 0 ? refuse(problems) : pass();
    },
    // Conditional on the copy just checked, so an edit saved a moment ago is not published unchecked.
    update: (tx, version) =>
      tx.formVersion.updateMany({
        where: { id: version.id, status: version.status, updatedAt: version.updatedAt },
        data: { status: "PUBLISHED", publishedAt: now },
      }),
    action: "forms.published",
    detail: (version) => ({ version: version.version }),
  });
  if (result.ok) return { ok: true };
  return result.reason === "refused"
    ? { ok: false, reason: "problems", problems: result.detail }
    : wrongStatus;
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
  type Refusal = "unknown-round" | "round-has-applications";
  const result = await changeVersion<undefined, string | null, Refusal>(actor, ref, versionId, {
    from: versionStatuses.filter(usableForRounds),
    // Written while still published, which holds the version's row until this transaction
    // ends: a retirement at the same moment waits for it, then sees this round.
    update: (tx, version) =>
      tx.formVersion.updateMany({
        where: { id: version.id, status: "PUBLISHED" },
        data: { status: "PUBLISHED" },
      }),
    then: async (tx, version) => {
      const round = await tx.round.findFirst({ where: { id: roundId, schemeId: ref.schemeId } });
      if (!round) return refuse<Refusal>("unknown-round");
      const onOtherVersions = await tx.application.count({
        where: {
          pot: { roundId },
          formVersionId: { not: null },
          NOT: { formVersionId: version.id },
        },
      });
      if (onOtherVersions > 0) return refuse<Refusal>("round-has-applications");
      await tx.round.update({ where: { id: roundId }, data: { formVersionId: version.id } });
      return pass(round.formVersionId);
    },
    action: "forms.round-assigned",
    detail: (_version, previousFormVersionId) => ({ roundId, previousFormVersionId }),
  });
  if (result.ok) return { ok: true };
  return { ok: false, reason: result.reason === "refused" ? result.detail : "not-published" };
}

export type RetireOutcome =
  | { ok: true }
  | { ok: false; reason: "wrong-status" }
  | { ok: false; reason: "in-use"; rounds: { id: string; name: unknown }[] };

type InUse = Extract<RetireOutcome, { reason: "in-use" }>;

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
  const result = await changeVersion<undefined, string[], InUse | typeof wrongStatus>(
    actor,
    ref,
    versionId,
    {
      from: ["PUBLISHED"],
      update: (tx, version) =>
        tx.formVersion.updateMany({
          where: { id: version.id, status: "PUBLISHED" },
          data: { status: "RETIRED" },
        }),
      // Marked first, then the rounds are read: a round being given this version at the same
      // moment either finished before (and is seen here) or waits and then finds it retired.
      then: async (tx, version) => {
        const rounds = await tx.round.findMany({
          where: { formVersionId: version.id },
          select: { id: true, name: true, opensAt: true, closesAt: true },
        });
        const check = retirementCheck(version.status, rounds, now);
        if (check.ok) return pass(rounds.map((round) => round.id));
        return refuse<InUse | typeof wrongStatus>(
          check.reason === "in-use"
            ? {
                ok: false,
                reason: "in-use",
                rounds: check.rounds.map(({ id, name }) => ({ id, name })),
              }
            : wrongStatus,
        );
      },
      action: "forms.retired",
      detail: (version, closedRoundIds) => ({ version: version.version, closedRoundIds }),
    },
  );
  if (result.ok) return { ok: true };
  return result.reason === "refused" ? result.detail : wrongStatus;
}

/** Brings a retired version back to published, so rounds can use it again. */
export async function unretireVersion(
  actor: Actor,
  ref: SchemeRef,
  versionId: string,
): Promise<StatusOutcome> {
  const result = await changeVersion(actor, ref, versionId, {
    from: versionStatuses.filter(canUnretire),
    update: (tx, version) =>
      tx.formVersion.updateMany({
        where: { id: version.id, status: "RETIRED" },
        data: { status: "PUBLISHED" },
      }),
    action: "forms.unretired",
    detail: (version) => ({ version: version.version }),
  });
  return result.ok ? { ok: true } : wrongStatus;
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
