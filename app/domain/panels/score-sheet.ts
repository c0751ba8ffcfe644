import { z } from "zod";
import type { FieldErrors } from "~/domain/shared/validation";
import { commentRequired, type RubricCriterion } from "./rubric";

/**
 * A reviewer's score sheet: a score and a comment for each criterion of the rubric version she
 * scores against, an overall comment and a recommendation. A draft may be unfinished but never
 * wrong (a score outside its scale, a criterion the rubric does not have); a submitted sheet must
 * also be complete, with a comment wherever the rubric asks for one.
 */

export const recommendations = ["FUND", "MAYBE", "DO_NOT_FUND"] as const;
export type Recommendation = (typeof recommendations)[number];

export const MAX_REVIEW_COMMENT = 5000;

export type ScoreSheet = {
  scores: Record<string, number>;
  comments: Record<string, string>;
  overallComment: string;
  recommendation: Recommendation | null;
};

/** What the form posted, as typed: nothing is dropped, so it can always be shown again. */
export type PostedSheet = {
  scores: Record<string, string>;
  comments: Record<string, string>;
  overallComment: string;
  recommendation: string;
};

export const scoreField = (criterionId: string) => `score-${criterionId}`;
export const commentField = (criterionId: string) => `comment-${criterionId}`;

const errorKey = (key: string) => `panels:review.errors.${key}`;

/** Reads the posted fields (score-<id>, comment-<id>, overallComment, recommendation). */
export function postedSheet(entries: Iterable<[string, unknown]>): PostedSheet {
  const sheet: PostedSheet = { scores: {}, comments: {}, overallComment: "", recommendation: "" };
  for (const [name, value] of entries) {
    if (typeof value !== "string") continue;
    if (name.startsWith("score-")) sheet.scores[name.slice(6)] = value;
    else if (name.startsWith("comment-")) sheet.comments[name.slice(8)] = value;
    else if (name === "overallComment") sheet.overallComment = value;
    else if (name === "recommendation") sheet.recommendation = value;
  }
  return sheet;
}

/** A stored sheet as the form shows it. */
export function sheetAsPosted(sheet: ScoreSheet): PostedSheet {
  return {
    scores: Object.fromEntries(Object.entries(sheet.scores).map(([id, n]) => [id, String(n)])),
    comments: { ...sheet.comments },
    overallComment: sheet.overallComment,
    recommendation: sheet.recommendation ?? "",
  };
}

const storedSchema = z.object({
  scores: z.record(z.string(), z.number().int()).catch({}),
  comments: z.record(z.string(), z.string()).catch({}),
  overallComment: z.string().catch(""),
  recommendation: z.enum(recommendations).nullable().catch(null),
});

/** A review row's stored parts as a sheet; anything unreadable reads as not yet given. */
export function storedSheet(review: {
  scores: unknown;
  comments: unknown;
  overallComment: string | null;
  recommendation: string | null;
}): ScoreSheet {
  return storedSchema.parse({
    scores: review.scores ?? {},
    comments: review.comments ?? {},
    overallComment: review.overallComment ?? "",
    recommendation: review.recommendation ?? null,
  });
}

export type SheetCheck = { ok: true; sheet: ScoreSheet } | { ok: false; errors: FieldErrors };

/**
 * Checks a posted sheet against the rubric version it is scored on. `submit` adds what only a
 * finished review needs: every criterion scored, comments where required, a recommendation.
 */
export function checkScoreSheet(
  criteria: readonly RubricCriterion[],
  posted: PostedSheet,
  { submit }: { submit: boolean },
): SheetCheck {
  const errors: FieldErrors = {};
  const sheet: ScoreSheet = { scores: {}, comments: {}, overallComment: "", recommendation: null };
  const known = new Set(criteria.map((criterion) => criterion.id));
  const unknown = [...Object.keys(posted.scores), ...Object.keys(posted.comments)].filter(
    (id) => !known.has(id),
  );
  if (unknown.length > 0) errors.form = { key: errorKey("unknownCriterion") };

  criteria.forEach((criterion, index) => {
    const values = { number: index + 1 };
    const raw = (posted.scores[criterion.id] ?? "").trim();
    const comment = (posted.comments[criterion.id] ?? "").trim();
    if (comment.length > MAX_REVIEW_COMMENT)
      errors[commentField(criterion.id)] = {
        key: errorKey("commentTooLong"),
        values: { ...values, max: MAX_REVIEW_COMMENT },
      };
    else if (comment) sheet.comments[criterion.id] = comment;

    if (raw === "") {
      if (submit) errors[scoreField(criterion.id)] = { key: errorKey("scoreMissing"), values };
      return;
    }
    const score = /^-?[0-9]{1,4}$/.test(raw) ? Number(raw) : NaN;
    if (!Number.isInteger(score) || score < criterion.scaleMin || score > criterion.scaleMax) {
      errors[scoreField(criterion.id)] = {
        key: errorKey("scoreOutsideScale"),
        values: { ...values, min: criterion.scaleMin, max: criterion.scaleMax },
      };
      return;
    }
    sheet.scores[criterion.id] = score;
    if (submit && !comment && commentRequired(criterion, score))
      errors[commentField(criterion.id)] ??= {
        key: errorKey("commentRequired"),
        values: { ...values, score: criterion.commentRequiredAtOrBelow },
      };
  });

  const overall = posted.overallComment.trim();
  if (overall.length > MAX_REVIEW_COMMENT)
    errors.overallComment = {
      key: errorKey("commentTooLong"),
      values: { max: MAX_REVIEW_COMMENT },
    };
  sheet.overallComment = overall;

  const recommendation = recommendations.find((choice) => choice === posted.recommendation);
  if (recommendation) sheet.recommendation = recommendation;
  else if (posted.recommendation !== "" || submit)
    errors.recommendation = { key: errorKey("recommendationMissing") };

  return Object.keys(errors).length > 0 ? { ok: false, errors } : { ok: true, sheet };
}

/** Submitted after the panel's review deadline: allowed, and shown as late. */
export function submittedLate(submittedAt: Date, deadline: Date | null) {
  return deadline !== null && submittedAt.getTime() > deadline.getTime();
}
