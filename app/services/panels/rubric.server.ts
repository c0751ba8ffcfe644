import { can } from "~/domain/access/permissions";
import {
  readCriteria,
  rubricEditTarget,
  type EditError,
  type EditResult,
  type RubricCriterion,
} from "~/domain/panels/rubric";
import type { SignedInUser } from "~/services/access/permissions.server";
import { forbidden } from "~/services/access/permissions.server";
import { audit } from "~/services/platform/audit.server";
import { db, isUniqueViolation, type Db, type Tx } from "~/services/platform/db.server";

/**
 * A panel's rubric is a series of versions. Staff edit the latest one until a reviewer submits
 * a review with it; from then on it is frozen, and the next edit copies it into a new version,
 * so every submitted review keeps the criteria it was scored against.
 */

const latestVersion = (client: Db | Tx, panelId: string) =>
  client.rubricVersion.findFirst({
    where: { panelId },
    orderBy: { version: "desc" },
    include: { _count: { select: { reviews: { where: { status: "SUBMITTED" } } } } },
  });

export type Rubric = {
  id: string;
  version: number;
  criteria: RubricCriterion[];
  frozen: boolean;
};

/** The panel's latest rubric version, or null before anyone has written a criterion. */
export async function latestRubric(panelId: string): Promise<Rubric | null> {
  const latest = await latestVersion(db(), panelId);
  if (!latest) return null;
  return {
    id: latest.id,
    version: latest.version,
    criteria: readCriteria(latest.criteria),
    frozen: rubricEditTarget(state(latest)) === "new-version",
  };
}

function state(version: { frozenAt: Date | null; _count: { reviews: number } }) {
  return { frozenAt: version.frozenAt, submittedReviews: version._count.reviews };
}

export type RubricEdit = {
  /** What the change was, for the audit log ("add", "change", "translate", "remove", "move"). */
  change: string;
  criterionId?: string;
  apply: (criteria: RubricCriterion[]) => EditResult;
};

export type RubricEditOutcome =
  { ok: true; version: number; newVersion: boolean } | { ok: false; error: EditError };

const changedMeanwhile: RubricEditOutcome = {
  ok: false,
  error: { field: "form", key: "panels:rubric.errors.changedMeanwhile" },
};

/**
 * Applies an edit to the latest version, or to a new copy of it when it is frozen. The write is
 * conditional on the version being unchanged and still unfrozen; if someone else got there
 * first, the edit runs again on their copy, as form drafts do.
 */
export async function editRubric(
  actor: SignedInUser,
  panel: { id: string; funderId: string },
  edit: RubricEdit,
): Promise<RubricEditOutcome> {
  if (!can(actor, "edit", { type: "funder", funderId: panel.funderId })) throw forbidden();
  for (let attempt = 0; attempt < 3; attempt += 1) {
    try {
      const outcome = await db().$transaction((tx) => editOnce(tx, actor, panel, edit));
      if (outcome) return outcome;
    } catch (error) {
      // Two first edits, or two copies of a frozen version, at once: the database kept one.
      if (!isUniqueViolation(error)) throw error;
    }
  }
  return changedMeanwhile;
}

async function editOnce(
  tx: Tx,
  actor: SignedInUser,
  panel: { id: string; funderId: string },
  edit: RubricEdit,
): Promise<RubricEditOutcome | null> {
  const latest = await latestVersion(tx, panel.id);
  const target = rubricEditTarget(latest ? state(latest) : null);
  const edited = edit.apply(latest ? readCriteria(latest.criteria) : []);
  if (!edited.ok) return edited;
  let version: { id: string; version: number };
  if (latest && target === "same-version") {
    const written = await tx.rubricVersion.updateMany({
      where: { id: latest.id, frozenAt: null, updatedAt: latest.updatedAt },
      data: { criteria: edited.criteria },
    });
    if (written.count === 0) return null;
    version = latest;
  } else {
    version = await tx.rubricVersion.create({
      data: { panelId: panel.id, version: (latest?.version ?? 0) + 1, criteria: edited.criteria },
    });
    await audit(tx, {
      actorId: actor.id,
      action: "panels.rubric-version-created",
      entity: { type: "rubric-version", id: version.id },
      funderId: panel.funderId,
      detail: { panelId: panel.id, version: version.version, copiedFrom: latest?.version ?? null },
    });
  }
  await audit(tx, {
    actorId: actor.id,
    action: "panels.rubric-changed",
    entity: { type: "rubric-version", id: version.id },
    funderId: panel.funderId,
    detail: {
      panelId: panel.id,
      version: version.version,
      change: edit.change,
      criterionId: edit.criterionId ?? null,
    },
  });
  return { ok: true, version: version.version, newVersion: target !== "same-version" };
}

/**
 * Freezes a rubric version: called in the transaction that submits the first review scored
 * with it. Freezing only ever happens once, so a later submit changes nothing; an edit under
 * way on that version is refused by its conditional write and made on a new version instead.
 */
export async function freezeRubricVersion(tx: Tx, rubricVersionId: string, now = new Date()) {
  const written = await tx.rubricVersion.updateMany({
    where: { id: rubricVersionId, frozenAt: null },
    data: { frozenAt: now },
  });
  return written.count > 0;
}
