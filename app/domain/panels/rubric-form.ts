import { z } from "zod";
import { supportedLocales } from "~/domain/shared/locales";
import { westernDigits } from "~/domain/shared/percent";
import { translated } from "~/domain/shared/translated-text";
import {
  HIGHEST_SCORE,
  LOWEST_SCORE,
  MAX_DESCRIPTOR,
  MAX_GUIDANCE,
  MAX_TITLE,
  MAX_WEIGHT,
  MIN_WEIGHT,
  scalePoints,
  scaleProblem,
  type CriterionInput,
  type CriterionTexts,
  type LocalText,
  type RubricCriterion,
} from "./rubric";

/**
 * What the rubric pages post, read into an edit of the rubric with each problem keyed by the
 * field's name, so it shows next to that field and in the error summary.
 *
 * A criterion's page (one language): title, guidance, weight, scaleMin, scaleMax,
 * commentRequiredAtOrBelow and descriptor.<score>. Its translations page: title.<locale>,
 * guidance.<locale> and descriptor.<score>.<locale>.
 */

type Input = Record<string, unknown>;
type Report = (field: string, key: string) => void;

function reporter(ctx: z.RefinementCtx): Report {
  return (field, key) =>
    ctx.addIssue({ code: "custom", path: [field], message: `panels:rubric.errors.${key}` });
}

const str = (input: Input, name: string) =>
  typeof input[name] === "string" ? (input[name] as string).trim() : "";

function text(input: Input, report: Report, name: string, max: number) {
  const value = str(input, name);
  if (value.length > max) report(name, "textTooLong");
  return value;
}

/** A whole number in the range, or null (reported) when the field holds something else. */
function wholeNumber(
  input: Input,
  report: Report,
  name: string,
  range: { min: number; max: number; key: string },
) {
  const typed = westernDigits(str(input, name));
  const value = /^-?\d{1,4}$/.test(typed) ? Number(typed) : NaN;
  if (Number.isNaN(value) || value < range.min || value > range.max) {
    report(name, range.key);
    return null;
  }
  return value;
}

const scoreRange = { min: LOWEST_SCORE, max: HIGHEST_SCORE, key: "scoreNumber" };

/** The scale as posted, when both ends are whole numbers; the page shows its descriptor boxes. */
export function postedScale(values: Record<string, string>) {
  const read = (name: string) => {
    const typed = westernDigits((values[name] ?? "").trim());
    return /^\d{1,3}$/.test(typed) ? Number(typed) : null;
  };
  const scaleMin = read("scaleMin");
  const scaleMax = read("scaleMax");
  if (scaleMin === null || scaleMax === null || scaleProblem(scaleMin, scaleMax)) return null;
  return { scaleMin, scaleMax };
}

export const criterionFormSchema = z.record(z.string(), z.unknown()).transform((input, ctx) => {
  const report = reporter(ctx);
  const title = text(input, report, "title", MAX_TITLE);
  if (!title) report("title", "titleRequired");
  const guidance = text(input, report, "guidance", MAX_GUIDANCE);
  const weight = wholeNumber(input, report, "weight", {
    min: MIN_WEIGHT,
    max: MAX_WEIGHT,
    key: "weightRange",
  });
  const scaleMin = wholeNumber(input, report, "scaleMin", scoreRange);
  const scaleMax = wholeNumber(input, report, "scaleMax", scoreRange);
  const descriptors: Record<string, string> = {};
  let scaleOk = false;
  if (scaleMin !== null && scaleMax !== null) {
    const problem = scaleProblem(scaleMin, scaleMax);
    if (problem) report("scaleMax", problem);
    scaleOk = problem === null;
    for (const point of scalePoints({ scaleMin, scaleMax })) {
      const name = `descriptor.${point}`;
      descriptors[String(point)] = text(input, report, name, MAX_DESCRIPTOR);
      if (!descriptors[String(point)]) report(name, "descriptorRequired");
    }
  }
  let commentRequiredAtOrBelow: number | null = null;
  if (str(input, "commentRequiredAtOrBelow")) {
    commentRequiredAtOrBelow = wholeNumber(input, report, "commentRequiredAtOrBelow", scoreRange);
    const outside =
      commentRequiredAtOrBelow !== null &&
      scaleOk &&
      (commentRequiredAtOrBelow < scaleMin! || commentRequiredAtOrBelow > scaleMax!);
    if (outside) report("commentRequiredAtOrBelow", "commentThresholdOutside");
  }
  return {
    title,
    guidance,
    weight: weight ?? 0,
    scaleMin: scaleMin ?? 0,
    scaleMax: scaleMax ?? 0,
    commentRequiredAtOrBelow,
    descriptors,
  } satisfies CriterionInput;
});

function localText(input: Input, report: Report, name: string, max: number): LocalText {
  const texts: LocalText = {};
  for (const locale of supportedLocales) {
    const value = text(input, report, `${name}.${locale}`, max);
    if (value) texts[locale] = value;
  }
  return texts;
}

/**
 * Every text of one criterion in every language. A text may be missing in some languages (the
 * rubric is then incomplete in those), but not in all of them; the problem is shown on the box
 * of the language the staff member reads the page in.
 */
export function criterionTranslationsSchema(
  scale: { scaleMin: number; scaleMax: number },
  pageLocale: string,
) {
  return z.record(z.string(), z.unknown()).transform((input, ctx): CriterionTexts => {
    const report = reporter(ctx);
    const title = localText(input, report, "title", MAX_TITLE);
    if (Object.keys(title).length === 0) report(`title.${pageLocale}`, "titleRequired");
    const guidance = localText(input, report, "guidance", MAX_GUIDANCE);
    const descriptors: Record<string, LocalText> = {};
    for (const point of scalePoints(scale)) {
      const texts = localText(input, report, `descriptor.${point}`, MAX_DESCRIPTOR);
      if (Object.keys(texts).length === 0)
        report(`descriptor.${point}.${pageLocale}`, "descriptorRequired");
      descriptors[String(point)] = texts;
    }
    return { title, guidance, descriptors };
  });
}

/** A criterion as its page's boxes show it in one language, before anything is posted. */
export function criterionValues(
  criterion: RubricCriterion | undefined,
  locale: string,
): Record<string, string> {
  if (!criterion) return { weight: "10", scaleMin: "1", scaleMax: "5" };
  const values: Record<string, string> = {
    title: criterion.title[locale] ?? "",
    guidance: criterion.guidance?.[locale] ?? "",
    weight: String(criterion.weight),
    scaleMin: String(criterion.scaleMin),
    scaleMax: String(criterion.scaleMax),
    commentRequiredAtOrBelow: criterion.commentRequiredAtOrBelow?.toString() ?? "",
  };
  for (const point of scalePoints(criterion))
    values[`descriptor.${point}`] = criterion.descriptors[String(point)]?.[locale] ?? "";
  return values;
}

/** Texts not yet written in `locale`, in a language they are written in, to show beside the box. */
export function textsElsewhere(criterion: RubricCriterion | undefined, locale: string) {
  const elsewhere: Record<string, { text: string; locale: string }> = {};
  if (!criterion) return elsewhere;
  const note = (name: string, text: LocalText | undefined) => {
    if (!text || text[locale]?.trim()) return;
    const other = translated(text, locale);
    if (other.text) elsewhere[name] = other;
  };
  note("title", criterion.title);
  note("guidance", criterion.guidance);
  for (const point of scalePoints(criterion))
    note(`descriptor.${point}`, criterion.descriptors[String(point)]);
  return elsewhere;
}
