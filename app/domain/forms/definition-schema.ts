import { z } from "zod";
import { MAX_MINOR } from "~/domain/shared/money";

/**
 * The zod schema of a form definition: what the builder and stored versions are checked
 * against on the server. Kept apart from definition.ts so the pages that only read a
 * definition do not ship zod's full build to the browser.
 */

export const localText = z.record(z.string(), z.string());
export type LocalText = z.infer<typeof localText>;

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
  /** The answer says who the group is: panels that review blind do not show it to reviewers. */
  identifying: z.boolean().optional(),
};

export const questionSchema = z.discriminatedUnion("type", [
  z.object({
    ...base,
    type: z.literal("shortText"),
    maxLength: z.number().int().min(1).max(500).default(200),
  }),
  z.object({
    ...base,
    type: z.literal("longText"),
    maxWords: z.number().int().min(1).max(5000).default(300),
    /** The funder allows an audio or video recording in place of written text. */
    allowRecording: z.boolean().default(false),
  }),
  z.object({
    ...base,
    type: z.literal("number"),
    min: z.number().int().optional(),
    max: z.number().int().optional(),
  }),
  z.object({
    ...base,
    type: z.literal("money"),
    maxMinor: z.number().int().min(0).max(MAX_MINOR).optional(),
  }),
  z.object({ ...base, type: z.literal("date") }),
  z.object({ ...base, type: z.literal("singleChoice"), choices: z.array(choice).min(1) }),
  z.object({
    ...base,
    type: z.literal("multipleChoice"),
    choices: z.array(choice).min(1),
    maxChoices: z.number().int().min(1).optional(),
  }),
  z.object({ ...base, type: z.literal("yesNo") }),
  z.object({
    ...base,
    type: z.literal("file"),
    accept: z.array(z.string()).min(1).default(["application/pdf", "image/jpeg", "image/png"]),
    maxBytes: z
      .number()
      .int()
      .min(1)
      .max(50 * 1024 * 1024)
      .default(10 * 1024 * 1024),
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
      if (ids.has(question.id))
        ctx.addIssue({
          code: "custom",
          message: "forms:builder.errors.duplicateId",
          path: [question.id],
        });
      ids.add(question.id);
    }
    for (const question of all) {
      if (question.showIf && !ids.has(question.showIf.questionId)) {
        ctx.addIssue({
          code: "custom",
          message: "forms:builder.errors.unknownCondition",
          path: [question.id],
        });
      }
      if (question.showIf?.questionId === question.id) {
        ctx.addIssue({
          code: "custom",
          message: "forms:builder.errors.selfCondition",
          path: [question.id],
        });
      }
    }
  });
export type FormDefinition = z.infer<typeof formDefinitionSchema>;
