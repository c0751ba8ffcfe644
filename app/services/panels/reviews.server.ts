import type { PanelApplicationResource } from "~/domain/access/permissions";
import { can } from "~/domain/access/permissions";
import { readCriteria, type RubricCriterion } from "~/domain/panels/rubric";
import { z } from "zod";
import {
  checkScoreSheet,
  postedSheet,
  sheetAsPosted,
  storedSheet,
  submittedLate,
  type PostedSheet,
} from "~/domain/panels/score-sheet";
import type { FieldErrors } from "~/domain/shared/validation";
import type { SignedInUser } from "~/services/access/permissions.server";
import { audit } from "~/services/platform/audit.server";
import { db, isUniqueViolation, type Tx } from "~/services/platform/db.server";
import {
  guardedChange,
  guardedChangeWithin,
  pass,
  refuse,
} from "~/services/platform/guarded-change.server";
import { freezeRubricVersion, latestRubric } from "./rubric.server";

/**
 * A reviewer's review of one application: a draft she saves as often as she likes (autosaved
 * with JavaScript), then submits once; submitted reviews are read-only unless staff reopen
 * them. Every save names the revision it was made from, so a save from an older copy (another
 * tab, another device) is refused instead of overwriting newer text.
 */

export type ReviewAccess = {
  user: SignedInUser;
  panel: { id: string; reviewDeadline: Date | null; round: { scheme: { funderId: string } } };
  application: { id: string };
  resource: PanelApplicationResource;
};

const mine = (access: ReviewAccess) => ({
  panelId: access.panel.id,
  applicationId: access.application.id,
  userId: access.user.id,
});

const reviewSelect = {
  id: true,
  status: true,
  revision: true,
  scores: true,
  comments: true,
  overallComment: true,
  recommendation: true,
  submittedAt: true,
  reopenedAt: true,
  excludedAt: true,
  rubricVersionId: true,
  rubricVersion: { select: { version: true, criteria: true } },
} as const;

/** What the scoring page shows: her review (or none yet) and the rubric it is scored against. */
export async function reviewForm(access: ReviewAccess) {
  const review = await db().review.findUnique({
    where: { panelId_applicationId_userId: mine(access) },
    select: reviewSelect,
  });
  const rubric = review
    ? {
        version: review.rubricVersion.version,
        criteria: readCriteria(review.rubricVersion.criteria),
      }
    : await latestRubric(access.panel.id);
  const deadline = access.panel.reviewDeadline;
  return {
    criteria: rubric?.criteria ?? [],
    rubricVersion: rubric?.version ?? null,
    revision: review?.revision ?? 0,
    status: review?.status ?? ("DRAFT" as const),
    values: review ? sheetAsPosted(storedSheet(review)) : emptySheet,
    sheet: review ? storedSheet(review) : null,
    submittedAt: review?.submittedAt?.toISOString() ?? null,
    late: review?.submittedAt ? submittedLate(review.submittedAt, deadline) : false,
    reopenedAt: review?.reopenedAt?.toISOString() ?? null,
    pastDeadline: deadline !== null && deadline.getTime() < Date.now(),
  };
}

const emptySheet: PostedSheet = {
  scores: {},
  comments: {},
  overallComment: "",
  recommendation: "",
};

export type SaveOutcome =
  | { outcome: "saved"; revision: number; savedAt: string }
  | { outcome: "submitted" }
  | { outcome: "invalid"; errors: FieldErrors; revision: number }
  | { outcome: "conflict"; revision: number }
  | { outcome: "not-editable" }
  | { outcome: "no-rubric" };

/** Her review row, created (as an empty draft on the panel's latest rubric) when she first saves. */
async function draftRow(tx: Tx, access: ReviewAccess) {
  const existing = await tx.review.findUnique({
    where: { panelId_applicationId_userId: mine(access) },
    select: reviewSelect,
  });
  if (existing) return existing;
  const rubric = await latestRubric(access.panel.id);
  if (!rubric || rubric.criteria.length === 0) return null;
  return tx.review.create({
    data: { ...mine(access), rubricVersionId: rubric.id },
    select: reviewSelect,
  });
}

/**
 * Saves what she typed as a draft. A draft may be unfinished, never wrong. `explicit` is the
 * "Save and come back later" button, which is audited; autosaves are not, there are too many.
 */
export async function saveReviewDraft(
  access: ReviewAccess,
  posted: PostedSheet,
  revision: number,
  { explicit }: { explicit: boolean },
): Promise<SaveOutcome> {
  if (!can(access.user, "review", access.resource)) return { outcome: "not-editable" };
  try {
    return await db().$transaction(async (tx) => {
      const review = await draftRow(tx, access);
      if (!review) return { outcome: "no-rubric" };
      if (review.status !== "DRAFT") return { outcome: "not-editable" };
      if (review.revision !== revision) return { outcome: "conflict", revision: review.revision };
      const checked = checkScoreSheet(readCriteria(review.rubricVersion.criteria), posted, {
        submit: false,
      });
      if (!checked.ok) return { outcome: "invalid", errors: checked.errors, revision };
      const written = await tx.review.updateMany({
        where: { id: review.id, status: "DRAFT", revision },
        data: { ...sheetData(checked.sheet), revision: revision + 1 },
      });
      if (written.count === 0) return { outcome: "conflict", revision: review.revision };
      if (explicit)
        await audit(tx, {
          actorId: access.user.id,
          action: "panels.review-saved",
          entity: { type: "review", id: review.id },
          funderId: access.panel.round.scheme.funderId,
          detail: { panelId: access.panel.id, applicationId: access.application.id },
        });
      return { outcome: "saved", revision: revision + 1, savedAt: new Date().toISOString() };
    });
  } catch (error) {
    // Two first saves at once (two tabs): the other one created the draft.
    if (isUniqueViolation(error)) return { outcome: "conflict", revision: 0 };
    throw error;
  }
}

function sheetData(sheet: ReturnType<typeof storedSheet>) {
  return {
    scores: sheet.scores,
    comments: sheet.comments,
    overallComment: sheet.overallComment || null,
    recommendation: sheet.recommendation,
  };
}

type SubmitRefusal = { errors: FieldErrors } | { stale: number };

/**
 * Submits her review: complete and valid against its own rubric version, from the copy she
 * last saved. The first submission with a rubric version freezes it, in the same transaction,
 * so the criteria she scored can never change under her. After the deadline it is still taken,
 * and shown as late: a reviewer's work is never lost to a clock.
 */
export async function submitReview(
  access: ReviewAccess,
  posted: PostedSheet,
  revision: number,
): Promise<SaveOutcome> {
  try {
    const result = await db().$transaction(async (tx) => {
      const row = await draftRow(tx, access);
      if (!row) return "no-rubric" as const;
      const now = new Date();
      return guardedChangeWithin<
        typeof row,
        ReturnType<typeof storedSheet>,
        undefined,
        SubmitRefusal
      >(tx, {
        actorId: access.user.id,
        load: () => Promise.resolve(row),
        allowed: () => can(access.user, "review", access.resource),
        from: ["DRAFT"],
        prepare: (review) => {
          if (review.revision !== revision) return refuse({ stale: review.revision });
          const checked = checkScoreSheet(readCriteria(review.rubricVersion.criteria), posted, {
            submit: true,
          });
          return checked.ok ? pass(checked.sheet) : refuse({ errors: checked.errors });
        },
        update: (client, review, sheet) =>
          client.review.updateMany({
            where: { id: review.id, status: "DRAFT", revision },
            data: {
              ...sheetData(sheet),
              status: "SUBMITTED",
              submittedAt: now,
              revision: revision + 1,
            },
          }),
        then: async (client, review) => {
          await freezeRubricVersion(client, review.rubricVersionId, now);
          return pass();
        },
        audit: (review) => ({
          action: "panels.review-submitted",
          entity: { type: "review", id: review.id },
          funderId: access.panel.round.scheme.funderId,
          detail: {
            panelId: access.panel.id,
            applicationId: access.application.id,
            rubricVersion: review.rubricVersion.version,
            late: submittedLate(now, access.panel.reviewDeadline),
          },
        }),
      });
    });
    if (result === "no-rubric") return { outcome: "no-rubric" };
    if (result.ok) return { outcome: "submitted" };
    if (result.reason === "refused") {
      if ("stale" in result.detail) return { outcome: "conflict", revision: result.detail.stale };
      // Not ready to submit, but what she typed is kept as her draft.
      const kept = await saveReviewDraft(access, posted, revision, { explicit: false });
      return {
        outcome: "invalid",
        errors: result.detail.errors,
        revision: kept.outcome === "saved" ? kept.revision : revision,
      };
    }
    if (result.reason === "conflict") return { outcome: "conflict", revision: revision + 1 };
    return { outcome: "not-editable" };
  } catch (error) {
    if (isUniqueViolation(error)) return { outcome: "conflict", revision: 0 };
    throw error;
  }
}

const postedRevision = z.coerce.number().int().min(0).catch(-1);

/**
 * One save from the scoring page or its autosave: "submit" submits, "save" is the "Save and
 * come back later" button, "autosave" comes from JavaScript a few seconds after typing stops.
 */
export function saveFromForm(access: ReviewAccess, form: FormData): Promise<SaveOutcome> {
  const posted = postedSheet(form.entries());
  const revision = postedRevision.parse(form.get("revision"));
  const intent = form.get("intent");
  if (intent === "submit") return submitReview(access, posted, revision);
  return saveReviewDraft(access, posted, revision, { explicit: intent !== "autosave" });
}

/* ---------- The application's reviews, for the chair and staff ---------- */

/**
 * Every review of the application on this panel: submitted ones in full against their own
 * rubric version, drafts by name only. Reviews left out after a late conflict and reviews of
 * members since removed are marked, never hidden, so the panel can see why a score differs.
 */
export async function applicationReviews(access: ReviewAccess) {
  const reviews = await db().review.findMany({
    where: { panelId: access.panel.id, applicationId: access.application.id },
    orderBy: [{ submittedAt: "asc" }, { createdAt: "asc" }],
    select: { ...reviewSelect, userId: true },
  });
  const userIds = reviews.map((review) => review.userId);
  const [members, users] = await Promise.all([
    db().panelMember.findMany({
      where: { panelId: access.panel.id, userId: { in: userIds } },
      select: { userId: true, role: true, removedAt: true },
    }),
    db().user.findMany({
      where: { id: { in: userIds } },
      select: { id: true, name: true, email: true },
    }),
  ]);
  const deadline = access.panel.reviewDeadline;
  return reviews.map((review) => {
    const member = members.find((m) => m.userId === review.userId);
    const user = users.find((u) => u.id === review.userId);
    const base = {
      id: review.id,
      reviewer: user?.name ?? user?.email ?? "",
      role: member?.role ?? null,
      removed: Boolean(member?.removedAt),
      excluded: review.excludedAt !== null,
    };
    if (review.status !== "SUBMITTED") return { ...base, submitted: null };
    const criteria: RubricCriterion[] = readCriteria(review.rubricVersion.criteria);
    return {
      ...base,
      submitted: {
        at: review.submittedAt!.toISOString(),
        late: submittedLate(review.submittedAt!, deadline),
        rubricVersion: review.rubricVersion.version,
        criteria,
        sheet: storedSheet(review),
      },
    };
  });
}

/**
 * Staff send a submitted review back to its author, who sees it editable again with a note.
 * It stays on the rubric version it was scored against.
 */
export async function reopenReview(access: ReviewAccess, reviewId: string) {
  const now = new Date();
  return guardedChange(db(), {
    actorId: access.user.id,
    load: (tx) =>
      tx.review.findFirst({
        where: { id: reviewId, panelId: access.panel.id, applicationId: access.application.id },
        select: { id: true, status: true, revision: true, userId: true, submittedAt: true },
      }),
    allowed: () => can(access.user, "edit", access.resource),
    from: ["SUBMITTED"],
    update: (tx, review) =>
      tx.review.updateMany({
        where: { id: review.id, status: "SUBMITTED", revision: review.revision },
        data: {
          status: "DRAFT",
          submittedAt: null,
          reopenedAt: now,
          reopenedById: access.user.id,
          revision: review.revision + 1,
        },
      }),
    audit: (review) => ({
      action: "panels.review-reopened",
      entity: { type: "review", id: review.id },
      funderId: access.panel.round.scheme.funderId,
      detail: {
        panelId: access.panel.id,
        applicationId: access.application.id,
        reviewerId: review.userId,
        submittedAt: review.submittedAt?.toISOString() ?? null,
      },
    }),
  });
}
