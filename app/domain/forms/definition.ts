import { z } from "zod";
import { MAX_MINOR } from "../money";

/**
 * A form definition is data the funder (with a community working group) designs. The same
 * definition drives the page that renders it, the browser's instant checks and the server's
 * validation (answers-schema.ts). Every text is per language, keyed by locale.
 */

export const localText = z.record(z.string(), z.string());
export type LocalText = z.infer<typeof localText>;

export const questionTypes = [
  "shortText",
  "longText",
  "number",
  "money",
  "date",
  "singleChoice",
  "multipleChoice",
  "yesNo",
  "file",
  "budgetTable",
  "declaration",
] as const;
export type QuestionType = (typeof questionTypes)[number];

const identifier = z.string().regex(/^[a-z][a-z0-9-]{0,39}$/, "forms:builder.errors.identifier");

const choice = z.object({ value: identifier, label: localText });

/** "Show only if question Q is answered X" (any of the listed values). */
const showIf = z.object({ questionId: identifier, anyOf: z.array(z.string()).min(1) });

const base = {
  id: identifier,
  label: localText,
  help: localText.optional(),
  required: z.boolean().default(false),
  showIf: showIf.optional(),
};

export const questionSchema = z.discriminatedUnion("type", [
  z.object({ ...base, type: z.literal("shortText"), maxLength: z.number().int().min(1).max(500).default(200) }),
  z.object({
    ...base,
    type: z.literal("longText"),
    maxWords: z.number().int().min(1).max(5000).default(300),
    /** The funder allows an audio or video recording in place of written text. */
    allowRecording: z.boolean().default(false),
  }),
  z.object({ ...base, type: z.literal("number"), min: z.number().int().optional(), max: z.number().int().optional() }),
  z.object({ ...base, type: z.literal("money"), maxMinor: z.number().int().min(0).max(MAX_MINOR).optional() }),
  z.object({ ...base, type: z.literal("date") }),
  z.object({ ...base, type: z.literal("singleChoice"), choices: z.array(choice).min(1) }),
  z.object({ ...base, type: z.literal("multipleChoice"), choices: z.array(choice).min(1), maxChoices: z.number().int().min(1).optional() }),
  z.object({ ...base, type: z.literal("yesNo") }),
  z.object({
    ...base,
    type: z.literal("file"),
    accept: z.array(z.string()).min(1).default(["application/pdf", "image/jpeg", "image/png"]),
    maxBytes: z.number().int().min(1).max(50 * 1024 * 1024).default(10 * 1024 * 1024),
  }),
  z.object({
    ...base,
    type: z.literal("budgetTable"),
    maxRows: z.number().int().min(1).max(50).default(15),
    /** Cap the total at the pot's maximum grant. */
    capAtPotMaximum: z.boolean().default(true),
  }),
  z.object({ ...base, type: z.literal("declaration"), required: z.literal(true).default(true) }),
]);
export type Question = z.infer<typeof questionSchema>;

export const sectionSchema = z.object({
  id: identifier,
  title: localText,
  description: localText.optional(),
  questions: z.array(questionSchema),
});
export type Section = z.infer<typeof sectionSchema>;

export const formDefinitionSchema = z
  .object({ sourceLocale: z.string().min(2), sections: z.array(sectionSchema) })
  .superRefine((form, ctx) => {
    const ids = new Set<string>();
    const all = form.sections.flatMap((section) => section.questions);
    for (const question of all) {
      if (ids.has(question.id)) ctx.addIssue({ code: "custom", message: "forms:builder.errors.duplicateId", path: [question.id] });
      ids.add(question.id);
    }
    for (const question of all) {
      if (question.showIf && !ids.has(question.showIf.questionId)) {
        ctx.addIssue({ code: "custom", message: "forms:builder.errors.unknownCondition", path: [question.id] });
      }
      if (question.showIf?.questionId === question.id) {
        ctx.addIssue({ code: "custom", message: "forms:builder.errors.selfCondition", path: [question.id] });
      }
    }
  });
export type FormDefinition = z.infer<typeof formDefinitionSchema>;

export function allQuestions(form: FormDefinition): Question[] {
  return form.sections.flatMap((section) => section.questions);
}

/**
 * The text in the reader's language, or the source language's text marked as a fallback so
 * the page can say "not yet translated" and set the right lang attribute.
 */
export function textIn(text: LocalText | undefined, locale: string, sourceLocale: string) {
  const own = text?.[locale]?.trim();
  if (own) return { text: own, locale, fallback: false };
  return { text: text?.[sourceLocale] ?? "", locale: sourceLocale, fallback: locale !== sourceLocale };
}

/** How much of a form is translated into a language: every label, help text and choice. */
export function translationProgress(form: FormDefinition, locale: string) {
  const texts: (LocalText | undefined)[] = [];
  for (const section of form.sections) {
    texts.push(section.title, section.description);
    for (const question of section.questions) {
      texts.push(question.label, question.help);
      if ("choices" in question) texts.push(...question.choices.map((c) => c.label));
    }
  }
  const present = texts.filter((text): text is LocalText => Boolean(text?.[form.sourceLocale]?.trim()));
  const done = present.filter((text) => Boolean(text[locale]?.trim())).length;
  return { done, total: present.length };
}
