import { z } from "zod";
import { supportedLocales } from "~/domain/shared/locales";
import { parseMoney } from "~/domain/shared/money";
import {
  allQuestions,
  questionTypes,
  type FormDefinition,
  type LocalText,
  type Question,
} from "./definition";
import { questionSchema } from "./definition-schema";
import { dependentsOf } from "./edit";
import { fileTypeKeys, fileTypes } from "./file-types";

/**
 * The builder's version, question and section pages post plain HTML forms. These schemas
 * turn what they post into a change of the draft, a question or section texts, with each
 * problem keyed by the field's name so it shows next to that field. Every checkbox has a
 * name of its own, because the posted form is read as one value per name.
 *
 * Names: label.<locale>, help.<locale>, required, identifying, type settings (maxLength, maxWords,
 * allowRecording, min, max, maxAmount, maxChoices, accept.<fileType>, maxMegabytes, maxRows,
 * capAtPotMaximum), choice.<n>.value, choice.<n>.label.<locale>, showIf.questionId and
 * showIf.value.<questionId>.<value>.
 */

export const MAX_LABEL = 500;
export const MAX_HELP = 2000;
/** Empty rows offered under a question's choices, so a choice can be added without JavaScript. */
export const EMPTY_CHOICE_ROWS = 2;

type Input = Record<string, unknown>;
/**
 * Reports a problem with one field; `count` says how many were reported. Messages carry no
 * values (parseForm keeps only the key), so limits are shown in each field's hint instead.
 */
type Ctx = { report: (field: string, key: string) => void; count: number };

function reporter(zodCtx: z.RefinementCtx): Ctx {
  const ctx: Ctx = {
    count: 0,
    report: (field, key) => {
      ctx.count += 1;
      zodCtx.addIssue({ code: "custom", path: [field], message: `forms:builder.errors.${key}` });
    },
  };
  return ctx;
}

const issue = (ctx: Ctx, field: string, key: string) => ctx.report(field, key);

const str = (input: Input, name: string) =>
  typeof input[name] === "string" ? (input[name] as string).trim() : "";
const checked = (input: Input, name: string) => input[name] === "on" || input[name] === "true";

/** The per-language texts of one field; the source language must be written. */
function localText(
  input: Input,
  ctx: Ctx,
  name: string,
  options: { sourceLocale: string; required: boolean; max: number },
) {
  const text: LocalText = {};
  for (const locale of supportedLocales) {
    const value = str(input, `${name}.${locale}`);
    if (value.length > options.max) issue(ctx, `${name}.${locale}`, "textTooLong");
    if (value) text[locale] = value;
  }
  if (options.required && !text[options.sourceLocale])
    issue(ctx, `${name}.${options.sourceLocale}`, "sourceTextRequired");
  return text;
}

function wholeNumber(
  input: Input,
  ctx: Ctx,
  name: string,
  range: { min: number; max: number },
  optional = false,
) {
  const raw = str(input, name);
  if (!raw && optional) return undefined;
  const number = /^-?\d{1,10}$/.test(raw) ? Number(raw) : NaN;
  if (!Number.isSafeInteger(number) || number < range.min || number > range.max) {
    issue(ctx, name, "wholeNumberBetween");
    return undefined;
  }
  return number;
}

/** Questions whose answer may decide whether this one is shown: never itself, never in a loop. */
export function conditionCandidates(form: FormDefinition, questionId: string): Question[] {
  const downstream = new Set<string>([questionId]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const question of allQuestions(form)) {
      if (
        question.showIf &&
        downstream.has(question.showIf.questionId) &&
        !downstream.has(question.id)
      ) {
        downstream.add(question.id);
        grew = true;
      }
    }
  }
  return allQuestions(form).filter(
    (q) =>
      !downstream.has(q.id) &&
      (q.type === "singleChoice" || q.type === "multipleChoice" || q.type === "yesNo"),
  );
}

/** The answers a controlling question can have, in the form's order. */
export function conditionValues(question: Question): { value: string; label?: LocalText }[] {
  if (question.type === "yesNo") return [{ value: "yes" }, { value: "no" }];
  if ("choices" in question)
    return question.choices.map((c) => ({ value: c.value, label: c.label }));
  return [];
}

function choicesFrom(input: Input, ctx: Ctx, question: Question, form: FormDefinition) {
  if (!("choices" in question)) return undefined;
  const indices = [
    ...new Set(
      Object.keys(input)
        .map((name) => /^choice\.(\d{1,2})\./.exec(name)?.[1])
        .filter((n): n is string => n !== undefined)
        .map(Number),
    ),
  ].sort((a, b) => a - b);
  const existing = new Set(question.choices.map((c) => c.value));
  const used = new Set<string>();
  const choices: { value: string; label: LocalText }[] = [];
  for (const index of indices) {
    const label = localText(input, ctx, `choice.${index}.label`, {
      sourceLocale: form.sourceLocale,
      required: false,
      max: MAX_LABEL,
    });
    if (Object.keys(label).length === 0) continue;
    if (!label[form.sourceLocale])
      issue(ctx, `choice.${index}.label.${form.sourceLocale}`, "sourceTextRequired");
    // Existing choices keep their value, since answers and conditions refer to it.
    let value = str(input, `choice.${index}.value`);
    if (!existing.has(value) || used.has(value)) {
      let n = choices.length + 1;
      while (existing.has(`choice-${n}`) || used.has(`choice-${n}`)) n++;
      value = `choice-${n}`;
    }
    used.add(value);
    choices.push({ value, label });
  }
  if (choices.length === 0) issue(ctx, `choice.0.label.${form.sourceLocale}`, "atLeastOneChoice");
  for (const dependent of dependentsOf(form, question.id)) {
    const lost = dependent.showIf!.anyOf.find((value) => existing.has(value) && !used.has(value));
    if (lost) {
      issue(ctx, `choice.0.label.${form.sourceLocale}`, "choiceUsedInCondition");
    }
  }
  return choices;
}

function conditionFrom(input: Input, ctx: Ctx, question: Question, form: FormDefinition) {
  const questionId = str(input, "showIf.questionId");
  if (!questionId) return undefined;
  const controller = conditionCandidates(form, question.id).find((q) => q.id === questionId);
  if (!controller) {
    issue(ctx, "showIf.questionId", "unknownCondition");
    return undefined;
  }
  const anyOf = conditionValues(controller)
    .map((v) => v.value)
    .filter((value) => checked(input, `showIf.value.${questionId}.${value}`));
  if (anyOf.length === 0) {
    issue(ctx, "showIf.questionId", "conditionValues");
    return undefined;
  }
  return { questionId, anyOf };
}

function settingsFrom(
  input: Input,
  ctx: Ctx,
  question: Question,
  currency: string,
  choiceCount: number,
): Record<string, unknown> {
  switch (question.type) {
    case "shortText":
      return { maxLength: wholeNumber(input, ctx, "maxLength", { min: 1, max: 500 }) };
    case "longText":
      return {
        maxWords: wholeNumber(input, ctx, "maxWords", { min: 1, max: 5000 }),
        allowRecording: checked(input, "allowRecording"),
      };
    case "number": {
      const range = { min: -1_000_000_000, max: 1_000_000_000 };
      const min = wholeNumber(input, ctx, "min", range, true);
      const max = wholeNumber(input, ctx, "max", range, true);
      if (min !== undefined && max !== undefined && min > max) issue(ctx, "max", "minAboveMax");
      return { min, max };
    }
    case "money": {
      const raw = str(input, "maxAmount");
      if (!raw) return { maxMinor: undefined };
      const maxMinor = parseMoney(raw, currency);
      if (maxMinor === null) issue(ctx, "maxAmount", "money");
      return { maxMinor: maxMinor ?? undefined };
    }
    case "multipleChoice":
      return {
        maxChoices: wholeNumber(
          input,
          ctx,
          "maxChoices",
          { min: 1, max: Math.max(1, choiceCount) },
          true,
        ),
      };
    case "file": {
      const accept = fileTypeKeys
        .filter((key) => checked(input, `accept.${key}`))
        .map((key) => fileTypes[key]);
      if (accept.length === 0) issue(ctx, "accept", "chooseFileType");
      const megabytes = wholeNumber(input, ctx, "maxMegabytes", { min: 1, max: 50 });
      return { accept, maxBytes: megabytes === undefined ? undefined : megabytes * 1024 * 1024 };
    }
    case "budgetTable":
      return {
        maxRows: wholeNumber(input, ctx, "maxRows", { min: 1, max: 50 }),
        capAtPotMaximum: checked(input, "capAtPotMaximum"),
      };
    case "date":
    case "singleChoice":
    case "yesNo":
    case "declaration":
      return {};
  }
}

/** The schema for a question's edit page; its output is the edited question. */
export function questionFormSchema(question: Question, form: FormDefinition, currency: string) {
  return z.record(z.string(), z.unknown()).transform((input, zodCtx): Question => {
    const ctx = reporter(zodCtx);
    const label = localText(input, ctx, "label", {
      sourceLocale: form.sourceLocale,
      required: true,
      max: MAX_LABEL,
    });
    const help = localText(input, ctx, "help", {
      sourceLocale: form.sourceLocale,
      required: false,
      max: MAX_HELP,
    });
    const choices = choicesFrom(input, ctx, question, form);
    const settings = settingsFrom(input, ctx, question, currency, choices?.length ?? 0);
    const showIf = conditionFrom(input, ctx, question, form);
    const parsed = questionSchema.safeParse({
      id: question.id,
      type: question.type,
      label,
      help: Object.keys(help).length ? help : undefined,
      required: question.type === "declaration" ? true : checked(input, "required"),
      // Left out rather than false, so forms that never used the mark keep their stored shape.
      identifying:
        question.type !== "declaration" && checked(input, "identifying") ? true : undefined,
      showIf,
      ...(choices ? { choices } : {}),
      ...Object.fromEntries(Object.entries(settings).filter(([, value]) => value !== undefined)),
    });
    if (!parsed.success) {
      // Field problems were reported above; this only catches what they cannot describe.
      if (ctx.count === 0) issue(ctx, "form", "invalidQuestion");
      return z.NEVER;
    }
    return parsed.data;
  });
}

/** The schema for a section's page: its title and introduction in each language. */
export function sectionFormSchema(sourceLocale: string) {
  return z.record(z.string(), z.unknown()).transform((input, zodCtx) => {
    const ctx = reporter(zodCtx);
    const title = localText(input, ctx, "title", { sourceLocale, required: true, max: MAX_LABEL });
    const description = localText(input, ctx, "description", {
      sourceLocale,
      required: false,
      max: MAX_HELP,
    });
    return { title, description: Object.keys(description).length ? description : undefined };
  });
}

/** Text in the form's own language; `requiredKey` names what is missing ({{language}} is filled in by the page). */
const sourceText = (requiredKey: string) =>
  z.string().trim().min(1, requiredKey).max(MAX_LABEL, "forms:builder.errors.textTooLong");
const itemId = z.string().min(1);

/**
 * The version page's buttons that change a draft's parts and questions (field `intent`):
 * add a part or a question, move or delete one. The output is a `StructureChange`.
 */
export const structureChangeSchema = z.discriminatedUnion("intent", [
  z.object({
    intent: z.literal("add-section"),
    title: sourceText("forms:builder.errors.sectionTitleRequired"),
  }),
  z.object({
    intent: z.literal("add-question"),
    sectionId: z.string().min(1, "forms:builder.errors.unknownSection"),
    type: z.enum(questionTypes, { message: "forms:builder.errors.chooseType" }),
    label: sourceText("forms:builder.errors.questionTextRequired"),
  }),
  z.object({
    intent: z.enum(["move-section", "move-question"]),
    id: itemId,
    direction: z.enum(["up", "down"]),
  }),
  z.object({ intent: z.enum(["delete-section", "delete-question"]), id: itemId }),
]);

export const structureIntents = [
  "add-section",
  "add-question",
  "move-section",
  "move-question",
  "delete-section",
  "delete-question",
] as const;
export type StructureIntent = (typeof structureIntents)[number];
export const isStructureIntent = (intent: string): intent is StructureIntent =>
  (structureIntents as readonly string[]).includes(intent);

/** "Use this version for a round": the round chosen in the list. */
export const assignRoundSchema = z.object({
  roundId: z.string().min(1, "forms:builder.errors.chooseRound"),
});

/**
 * The part "Add a question" starts in: the one the funder came from (`wanted`), else the last
 * part that is not only declarations. A declaration closes the form, so new questions rarely
 * belong after it.
 */
export function sectionForNewQuestion(
  form: FormDefinition,
  wanted?: string | null,
): string | undefined {
  if (wanted && form.sections.some((section) => section.id === wanted)) return wanted;
  const onlyDeclarations = (section: FormDefinition["sections"][number]) =>
    section.questions.length > 0 && section.questions.every((q) => q.type === "declaration");
  const open = form.sections.filter((section) => !onlyDeclarations(section));
  return (open[open.length - 1] ?? form.sections[form.sections.length - 1])?.id;
}
