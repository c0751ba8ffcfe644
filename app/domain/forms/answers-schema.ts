import * as z from "zod/v4/mini";
import { parseMoney } from "~/domain/shared/money";
import { allQuestions, type FormDefinition, type Question } from "./definition";

/**
 * Turns a form definition into the zod schema that validates answers. The server always
 * validates with it; the browser checks with the same schema when she submits. Input is what a
 * form posts (strings, arrays of strings), so nothing here trusts types: any input, however
 * odd, yields either typed answers or field errors, never an exception.
 *
 * Field names: `q.<questionId>`; budget rows `q.<id>.<row>.item` and `q.<id>.<row>.amount`;
 * an audio or video answer's stored file `q.<id>.recording`.
 */

export type BudgetRow = { item: string; amountMinor: number };
export type AnswerValue =
  string | number | boolean | string[] | BudgetRow[] | { recordingFileId: string };
export type Answers = Record<string, AnswerValue>;
export type RawAnswers = Record<string, unknown>;
export type AnswerError = { key: string; values?: Record<string, unknown> };

export type SchemaOptions = {
  currency: string;
  /** The pot's largest grant; budget tables may be capped at it. */
  potMaxMinor?: number;
  /** Validate only these sections (saving one page of the task list). */
  sectionIds?: string[];
  /** The reader's language: how she writes amounts, when that is ambiguous. */
  locale?: string;
};

export const MAX_TEXT_CHARACTERS = 100_000;

export function fieldName(questionId: string) {
  return `q.${questionId}`;
}

/** Collects the form's `q.` entries; repeated names (checkboxes) become arrays. */
export function rawFromFormData(form: FormData): RawAnswers {
  const raw: RawAnswers = {};
  for (const [name, value] of form.entries()) {
    if (!name.startsWith("q.") || typeof value !== "string") continue;
    const key = name.slice(2);
    const existing = raw[key];
    // Pushed, not copied: a form repeating one name thousands of times stays linear.
    if (existing === undefined) raw[key] = value;
    else if (Array.isArray(existing)) existing.push(value);
    else raw[key] = [existing, value];
  }
  return raw;
}

const asText = (value: unknown): string | null => (typeof value === "string" ? value : null);
const asList = (value: unknown): string[] =>
  Array.isArray(value)
    ? value.filter((v): v is string => typeof v === "string")
    : typeof value === "string"
      ? [value]
      : [];

export function wordCount(text: string): number {
  return text.trim() ? text.trim().split(/\s+/u).length : 0;
}

function isBlank(question: Question, raw: RawAnswers): boolean {
  const value = raw[question.id];
  if (question.type === "multipleChoice") return asList(value).length === 0;
  if (question.type === "budgetTable")
    return budgetRowsRaw(question.id, raw).every((row) => !row.item.trim() && !row.amount.trim());
  if (
    question.type === "longText" &&
    question.allowRecording &&
    asText(raw[`${question.id}.recording`])
  )
    return false;
  if (question.type === "declaration") return !["yes", "on", "true"].includes(asText(value) ?? "");
  return !(asText(value) ?? "").trim();
}

function budgetRowsRaw(questionId: string, raw: RawAnswers) {
  const rows = new Map<number, { item: string; amount: string }>();
  const pattern = new RegExp(`^${questionId.replace(/-/g, "\\-")}\\.(\\d{1,3})\\.(item|amount)$`);
  for (const [key, value] of Object.entries(raw)) {
    const match = pattern.exec(key);
    if (!match || typeof value !== "string") continue;
    const index = Number(match[1]);
    const row = rows.get(index) ?? { item: "", amount: "" };
    row[match[2] as "item" | "amount"] = value;
    rows.set(index, row);
  }
  return [...rows.entries()].sort(([a], [b]) => a - b).map(([, row]) => row);
}

/**
 * What is wrong with one budget line, if anything: an empty line is simply unused, an amount
 * needs to say what it is for, and a named line needs an amount that can be read. The form
 * marks only the lines with a problem.
 */
export function budgetRowProblem(
  row: { item: string; amount: string },
  options: { currency: string; locale?: string },
): "empty" | "item" | "amount" | null {
  if (!row.item.trim() && !row.amount.trim()) return "empty";
  if (!row.item.trim()) return "item";
  return parseMoney(row.amount, options.currency, options.locale) === null ? "amount" : null;
}

function questionsIn(form: FormDefinition, options: SchemaOptions): Question[] {
  const sections = options.sectionIds
    ? form.sections.filter((s) => options.sectionIds!.includes(s.id))
    : form.sections;
  return sections.flatMap((section) => section.questions);
}

/** A question is shown when it has no condition, or its condition's question is shown and answered with one of the values. */
export function visibleQuestionIds(form: FormDefinition, raw: RawAnswers): Set<string> {
  const questions = new Map(allQuestions(form).map((q) => [q.id, q]));
  const visible = new Map<string, boolean>();
  const isVisible = (question: Question, seen: Set<string>): boolean => {
    const known = visible.get(question.id);
    if (known !== undefined) return known;
    let result = true;
    if (question.showIf) {
      const parent = questions.get(question.showIf.questionId);
      // A condition on a missing question, or a cycle, hides the question rather than loop.
      if (!parent || seen.has(parent.id)) result = false;
      else {
        const answers = asList(raw[parent.id]);
        result =
          isVisible(parent, new Set([...seen, question.id])) &&
          answers.some((a) => question.showIf!.anyOf.includes(a));
      }
    }
    visible.set(question.id, result);
    return result;
  };
  return new Set(
    [...questions.values()].filter((q) => isVisible(q, new Set([q.id]))).map((q) => q.id),
  );
}

type Check = { ok: true; value: AnswerValue | undefined } | { ok: false; error: AnswerError };
const fail = (key: string, values?: Record<string, unknown>): Check => ({
  ok: false,
  error: { key: `forms:errors.${key}`, values },
});
const pass = (value: AnswerValue | undefined): Check => ({ ok: true, value });

function checkAnswer(question: Question, raw: RawAnswers, options: SchemaOptions): Check {
  if (isBlank(question, raw)) {
    if (question.required)
      return fail(question.type === "declaration" ? "declarationRequired" : "required");
    return pass(undefined);
  }
  const value = raw[question.id];
  const text = (asText(value) ?? "").trim();
  if (text.length > MAX_TEXT_CHARACTERS) return fail("tooLong", { max: MAX_TEXT_CHARACTERS });

  switch (question.type) {
    case "shortText":
      return text.length > question.maxLength
        ? fail("tooManyCharacters", { max: question.maxLength })
        : pass(text);
    case "longText": {
      const recording = asText(raw[`${question.id}.recording`]);
      if (question.allowRecording && recording && !text)
        return pass({ recordingFileId: recording });
      const words = wordCount(text);
      return words > question.maxWords
        ? fail("tooManyWords", { max: question.maxWords, count: words })
        : pass(text);
    }
    case "number": {
      if (!/^-?\d{1,12}$/.test(text)) return fail("wholeNumber");
      const number = Number(text);
      if (question.min !== undefined && number < question.min)
        return fail("numberTooSmall", { min: question.min });
      if (question.max !== undefined && number > question.max)
        return fail("numberTooLarge", { max: question.max });
      return pass(number);
    }
    case "money": {
      const minor = parseMoney(text, options.currency, options.locale);
      if (minor === null) return fail("money");
      if (question.maxMinor !== undefined && minor > question.maxMinor)
        return fail("moneyTooLarge", { max: { minor: question.maxMinor } });
      return pass(minor);
    }
    case "date": {
      const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
      const date = match
        ? new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])))
        : null;
      if (!date || date.toISOString().slice(0, 10) !== text) return fail("date");
      return pass(text);
    }
    case "singleChoice":
      return question.choices.some((c) => c.value === text) ? pass(text) : fail("choice");
    case "multipleChoice": {
      const chosen = [...new Set(asList(value))];
      if (!chosen.every((v) => question.choices.some((c) => c.value === v))) return fail("choice");
      if (question.maxChoices !== undefined && chosen.length > question.maxChoices)
        return fail("tooManyChoices", { max: question.maxChoices });
      return pass(chosen);
    }
    case "yesNo":
      return text === "yes" ? pass(true) : text === "no" ? pass(false) : fail("yesNo");
    case "declaration":
      return pass(true);
    case "file":
      return /^[A-Za-z0-9_-]{8,64}$/.test(text) ? pass(text) : fail("file");
    case "budgetTable": {
      const rows: BudgetRow[] = [];
      for (const row of budgetRowsRaw(question.id, raw)) {
        const problem = budgetRowProblem(row, options);
        if (problem === "empty") continue;
        if (problem === "item") return fail("budgetItem");
        if (problem === "amount")
          return fail("budgetAmount", { item: row.item.trim().slice(0, 80) });
        rows.push({
          item: row.item.trim().slice(0, 200),
          amountMinor: parseMoney(row.amount, options.currency, options.locale)!,
        });
      }
      if (rows.length > question.maxRows)
        return fail("budgetTooManyRows", { max: question.maxRows });
      const total = rows.reduce((sum, row) => sum + row.amountMinor, 0);
      if (
        question.capAtPotMaximum &&
        options.potMaxMinor !== undefined &&
        total > options.potMaxMinor
      ) {
        return fail("budgetAboveMaximum", {
          total: { minor: total },
          max: { minor: options.potMaxMinor },
        });
      }
      return pass(rows);
    }
  }
}

export type ValidationResult =
  | { ok: true; answers: Answers }
  | { ok: false; errors: Record<string, AnswerError>; answers: Answers };

/**
 * The zod schema for a form's answers. Hidden conditional questions are neither required nor
 * kept. Unknown fields are dropped.
 */
export function answersSchema(form: FormDefinition, options: SchemaOptions) {
  const questions = questionsIn(form, options);
  // zod's mini build: the same schema runs in the browser, where every kilobyte counts.
  return z.pipe(
    z.unknown(),
    z.transform((input, ctx) => {
      const raw =
        input && typeof input === "object" && !Array.isArray(input) ? (input as RawAnswers) : {};
      const visible = visibleQuestionIds(form, raw);
      const answers: Answers = {};
      for (const question of questions) {
        if (!visible.has(question.id)) continue;
        const result = checkAnswer(question, raw, options);
        if (!result.ok) {
          ctx.issues.push({
            code: "custom",
            input,
            path: [question.id],
            message: result.error.key,
            params: result.error.values,
          });
          continue;
        }
        if (result.value !== undefined) answers[question.id] = result.value;
      }
      return answers;
    }),
  );
}

/** Validates raw answers; errors are keyed by question id with a translation key. */
export function validateAnswers(
  form: FormDefinition,
  raw: unknown,
  options: SchemaOptions,
): ValidationResult {
  const schema = answersSchema(form, options);
  const parsed = schema.safeParse(raw);
  if (parsed.success) return { ok: true, answers: parsed.data };
  const errors: Record<string, AnswerError> = {};
  for (const issue of parsed.error.issues) {
    const id = String(issue.path[0] ?? "form");
    errors[id] ??= {
      key: issue.message,
      values: (issue as { params?: Record<string, unknown> }).params,
    };
  }
  // What was valid is still returned, so a partly wrong page loses nothing that was right.
  return { ok: false, errors, answers: keepValid(form, raw, options, errors) };
}

function keepValid(
  form: FormDefinition,
  raw: unknown,
  options: SchemaOptions,
  errors: Record<string, AnswerError>,
): Answers {
  const input = raw && typeof raw === "object" && !Array.isArray(raw) ? (raw as RawAnswers) : {};
  const visible = visibleQuestionIds(form, input);
  const answers: Answers = {};
  for (const question of questionsIn(form, options)) {
    if (!visible.has(question.id) || errors[question.id]) continue;
    const result = checkAnswer(question, input, options);
    if (result.ok && result.value !== undefined) answers[question.id] = result.value;
  }
  return answers;
}
