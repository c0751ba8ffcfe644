import { z } from "zod";
import { supportedLocales, type Locale } from "~/domain/shared/locales";
import type { Criterion } from "./scores";

/**
 * A panel's rubric: the criteria reviewers score, each with a weight, a scale of whole numbers
 * with a descriptor for every point, optional guidance and an optional "a comment is required at
 * or below this score". Texts are per language, keyed by locale, like a form's texts. Staff write
 * a criterion in their own language and translate it on a page of its own; a language is
 * complete when every text of every criterion is written in it.
 */

export const MIN_WEIGHT = 1;
export const MAX_WEIGHT = 100;
export const LOWEST_SCORE = 0;
export const HIGHEST_SCORE = 100;
export const MAX_SCALE_POINTS = 10;
export const MAX_TITLE = 200;
export const MAX_GUIDANCE = 2000;
export const MAX_DESCRIPTOR = 500;

const errorKey = (key: string) => `panels:rubric.errors.${key}`;

const localText = z.record(z.string(), z.string());
export type LocalText = z.infer<typeof localText>;

const hasText = (text: LocalText | undefined) =>
  Object.values(text ?? {}).some((value) => value.trim() !== "");

const criterionSchema = z
  .object({
    id: z.string().regex(/^c[0-9]{1,6}$/),
    title: localText,
    guidance: localText.optional(),
    weight: z.number().int().min(MIN_WEIGHT).max(MAX_WEIGHT),
    scaleMin: z.number().int().min(LOWEST_SCORE).max(HIGHEST_SCORE),
    scaleMax: z.number().int().min(LOWEST_SCORE).max(HIGHEST_SCORE),
    /** Keyed by the score, as a string ("1", "2"…). */
    descriptors: z.record(z.string(), localText),
    commentRequiredAtOrBelow: z.number().int().optional(),
  })
  .superRefine((criterion, ctx) => {
    const problem = scaleProblem(criterion.scaleMin, criterion.scaleMax);
    if (problem) ctx.addIssue({ code: "custom", path: ["scaleMax"], message: errorKey(problem) });
    if (!hasText(criterion.title))
      ctx.addIssue({ code: "custom", path: ["title"], message: errorKey("titleRequired") });
    for (const point of scalePoints(criterion)) {
      if (!hasText(criterion.descriptors[String(point)]))
        ctx.addIssue({
          code: "custom",
          path: ["descriptors", String(point)],
          message: errorKey("descriptorRequired"),
        });
    }
    const threshold = criterion.commentRequiredAtOrBelow;
    if (threshold !== undefined && !withinScale(criterion, threshold))
      ctx.addIssue({
        code: "custom",
        path: ["commentRequiredAtOrBelow"],
        message: errorKey("commentThresholdOutside"),
      });
  });

export type RubricCriterion = z.infer<typeof criterionSchema>;
export const rubricCriteriaSchema = z.array(criterionSchema);

/** A stored rubric version's criteria; anything that is not a valid rubric reads as none. */
export function readCriteria(json: unknown): RubricCriterion[] {
  const parsed = rubricCriteriaSchema.safeParse(json);
  return parsed.success ? parsed.data : [];
}

export function scaleProblem(scaleMin: number, scaleMax: number) {
  if (scaleMin >= scaleMax) return "scaleOrder";
  if (scaleMax - scaleMin + 1 > MAX_SCALE_POINTS) return "scaleTooLong";
  return null;
}

export function scalePoints(scale: { scaleMin: number; scaleMax: number }): number[] {
  if (scaleProblem(scale.scaleMin, scale.scaleMax)) return [];
  return Array.from({ length: scale.scaleMax - scale.scaleMin + 1 }, (_, i) => scale.scaleMin + i);
}

function withinScale(scale: { scaleMin: number; scaleMax: number }, score: number) {
  return score >= scale.scaleMin && score <= scale.scaleMax;
}

/** What the score arithmetic needs (app/domain/panels/scores.ts). */
export function scoringCriteria(criteria: readonly RubricCriterion[]): Criterion[] {
  return criteria.map(({ id, weight, scaleMin, scaleMax }) => ({ id, weight, scaleMin, scaleMax }));
}

/** Whether a reviewer giving this score must say why. */
export function commentRequired(criterion: RubricCriterion, score: number) {
  const threshold = criterion.commentRequiredAtOrBelow;
  return threshold !== undefined && score <= threshold;
}

/** A rubric needs at least one criterion before reviewers can score with it. */
export function rubricProblems(criteria: readonly RubricCriterion[]): string[] {
  return criteria.length === 0 ? [errorKey("noCriteria")] : [];
}

/** Each criterion's weight as a whole-number percentage of the total weight. */
export function weightShares(criteria: readonly RubricCriterion[]): Record<string, number> {
  const total = criteria.reduce((sum, criterion) => sum + criterion.weight, 0);
  return Object.fromEntries(
    criteria.map((criterion) => [
      criterion.id,
      total === 0 ? 0 : Math.round((criterion.weight / total) * 100),
    ]),
  );
}

/** Every text of a criterion that has been written in some language. */
function textsOf(criterion: RubricCriterion): LocalText[] {
  const texts = [criterion.title];
  if (hasText(criterion.guidance)) texts.push(criterion.guidance!);
  for (const point of scalePoints(criterion))
    texts.push(criterion.descriptors[String(point)] ?? {});
  return texts;
}

export type Completeness = { locale: Locale; done: number; total: number; complete: boolean };

/** How many of the texts are written in each language; complete when all of them are. */
export function translationCompleteness(criteria: readonly RubricCriterion[]): Completeness[] {
  const texts = criteria.flatMap(textsOf);
  return supportedLocales.map((locale) => {
    const done = texts.filter((text) => Boolean(text[locale]?.trim())).length;
    return { locale, done, total: texts.length, complete: done === texts.length };
  });
}

/** The languages in which every text of the rubric is written. */
export function completeLanguages(criteria: readonly RubricCriterion[]): Locale[] {
  return translationCompleteness(criteria)
    .filter((language) => language.complete)
    .map((language) => language.locale);
}

/* ---------- Lifecycle ---------- */

export type RubricVersionState = { frozenAt: Date | null; submittedReviews: number };

/**
 * A version is frozen once its first review is submitted: reviewers scored against exactly
 * these criteria, so they must never change under them.
 */
export function isRubricFrozen(version: RubricVersionState) {
  return version.frozenAt !== null || version.submittedReviews > 0;
}

/**
 * Where an edit goes: the first version of a panel without a rubric, the latest version while
 * nobody has submitted a review with it, or else a new version copied from it.
 */
export function rubricEditTarget(
  latest: RubricVersionState | null,
): "first-version" | "same-version" | "new-version" {
  if (!latest) return "first-version";
  return isRubricFrozen(latest) ? "new-version" : "same-version";
}

/* ---------- Edits ---------- */

/** One criterion's settings and its texts in one language, as the edit page posts them. */
export type CriterionInput = {
  title: string;
  guidance: string;
  weight: number;
  scaleMin: number;
  scaleMax: number;
  commentRequiredAtOrBelow: number | null;
  descriptors: Record<string, string>;
};

/** Every text of one criterion in every language, as the translations page posts them. */
export type CriterionTexts = {
  title: LocalText;
  guidance: LocalText;
  descriptors: Record<string, LocalText>;
};

export type EditError = { field: string; key: string };
export type EditResult =
  { ok: true; criteria: RubricCriterion[] } | { ok: false; error: EditError };

const noSuchCriterion: EditResult = {
  ok: false,
  error: { field: "id", key: errorKey("noSuchCriterion") },
};

function withText(text: LocalText | undefined, locale: string, value: string): LocalText {
  const next = { ...text };
  if (value.trim()) next[locale] = value.trim();
  else delete next[locale];
  return next;
}

function applyInput(
  base: Pick<RubricCriterion, "id" | "title" | "guidance" | "descriptors">,
  input: CriterionInput,
  locale: string,
): RubricCriterion {
  const descriptors: Record<string, LocalText> = {};
  for (const point of scalePoints(input)) {
    const key = String(point);
    descriptors[key] = withText(base.descriptors[key], locale, input.descriptors[key] ?? "");
  }
  const guidance = withText(base.guidance, locale, input.guidance);
  return {
    id: base.id,
    title: withText(base.title, locale, input.title),
    ...(hasText(guidance) ? { guidance } : {}),
    weight: input.weight,
    scaleMin: input.scaleMin,
    scaleMax: input.scaleMax,
    descriptors,
    ...(input.commentRequiredAtOrBelow === null
      ? {}
      : { commentRequiredAtOrBelow: input.commentRequiredAtOrBelow }),
  };
}

/** The stored rubric is checked as a whole, so no edit can leave it unreadable. */
function checked(criteria: RubricCriterion[]): EditResult {
  const parsed = rubricCriteriaSchema.safeParse(criteria);
  if (parsed.success) return { ok: true, criteria: parsed.data };
  const issue = parsed.error.issues[0]!;
  const field = issue.path
    .slice(1)
    .join(".")
    .replace(/^descriptors\./, "descriptor.");
  return { ok: false, error: { field, key: issue.message } };
}

/** The id the next criterion gets: one more than the highest so far. */
export function nextCriterionId(criteria: readonly RubricCriterion[]) {
  const highest = Math.max(0, ...criteria.map((criterion) => Number(criterion.id.slice(1))));
  return `c${highest + 1}`;
}

export function addCriterion(
  criteria: readonly RubricCriterion[],
  input: CriterionInput,
  locale: string,
): EditResult & { id: string } {
  const id = nextCriterionId(criteria);
  const criterion = applyInput({ id, title: {}, descriptors: {} }, input, locale);
  return { ...checked([...criteria, criterion]), id };
}

export function changeCriterion(
  criteria: readonly RubricCriterion[],
  id: string,
  input: CriterionInput,
  locale: string,
): EditResult {
  const current = criteria.find((criterion) => criterion.id === id);
  if (!current) return noSuchCriterion;
  return checked(
    criteria.map((criterion) =>
      criterion.id === id ? applyInput(criterion, input, locale) : criterion,
    ),
  );
}

export function changeTranslations(
  criteria: readonly RubricCriterion[],
  id: string,
  texts: CriterionTexts,
): EditResult {
  const current = criteria.find((criterion) => criterion.id === id);
  if (!current) return noSuchCriterion;
  const descriptors = Object.fromEntries(
    scalePoints(current).map((point) => [String(point), texts.descriptors[String(point)] ?? {}]),
  );
  const { guidance: _previous, ...rest } = current;
  const changed: RubricCriterion = {
    ...rest,
    title: texts.title,
    ...(hasText(texts.guidance) ? { guidance: texts.guidance } : {}),
    descriptors,
  };
  return checked(criteria.map((criterion) => (criterion.id === id ? changed : criterion)));
}

export function removeCriterion(criteria: readonly RubricCriterion[], id: string): EditResult {
  if (!criteria.some((criterion) => criterion.id === id)) return noSuchCriterion;
  return { ok: true, criteria: criteria.filter((criterion) => criterion.id !== id) };
}

export function moveCriterion(
  criteria: readonly RubricCriterion[],
  id: string,
  direction: "up" | "down",
): EditResult {
  const index = criteria.findIndex((criterion) => criterion.id === id);
  if (index === -1) return noSuchCriterion;
  const target = direction === "up" ? index - 1 : index + 1;
  const moved = [...criteria];
  if (target < 0 || target >= moved.length) return { ok: true, criteria: moved };
  [moved[index], moved[target]] = [moved[target]!, moved[index]!];
  return { ok: true, criteria: moved };
}
