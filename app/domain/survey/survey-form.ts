import { z } from "zod";

/**
 * The round's anonymous feedback survey for grantees: how applying, reporting and the
 * relationship with the funder felt, each on a scale of 1 to 5 with words, and anything else
 * in their own words. Stored without any link to the group or the person.
 */

export const surveyQuestions = ["applying", "reporting", "relationship"] as const;
export type SurveyQuestion = (typeof surveyQuestions)[number];

export const scalePoints = [1, 2, 3, 4, 5] as const;

export const commentMaxLength = 2000;

const scale = (question: SurveyQuestion) =>
  z.coerce
    .number({ message: `survey:form.errors.${question}` })
    .int(`survey:form.errors.${question}`)
    .min(1, `survey:form.errors.${question}`)
    .max(5, `survey:form.errors.${question}`);

export const surveySchema = z.object({
  applying: z.preprocess(blankAsMissing, scale("applying")),
  reporting: z.preprocess(blankAsMissing, scale("reporting")),
  relationship: z.preprocess(blankAsMissing, scale("relationship")),
  comment: z
    .string()
    .trim()
    .max(commentMaxLength, "survey:form.errors.commentTooLong")
    .optional()
    .transform((text) => text || undefined),
});

export type SurveyAnswers = z.infer<typeof surveySchema>;

/** A scale left unanswered arrives as nothing or "": both are "please choose". */
function blankAsMissing(value: unknown) {
  return value === "" || value === undefined || value === null ? Number.NaN : value;
}

/**
 * The day an answer was given, at midnight UTC: only the day is kept, so the time of
 * answering cannot single out a group that was seen online at that moment.
 */
export function answeredOnDay(now: Date): Date {
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
}
