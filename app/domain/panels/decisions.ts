import { z } from "zod";
import { transition } from "~/domain/applications/state-machine";
import type { ApplicationStatus } from "~/domain/schemes/ledger";
import { isLocale, supportedLocales, type Locale } from "~/domain/shared/locales";
import { parseMoney } from "~/domain/shared/money";
import type { FieldErrors } from "~/domain/shared/validation";

/**
 * A panel's decision on one application: award (an amount), decline or waitlist, with a note
 * for the panel and feedback for the applicant. A decision is a draft until the pot's set is
 * confirmed; only then does the applicant see it and the money move.
 */

export const decisionOutcomes = ["AWARD", "DECLINE", "WAITLIST"] as const;
export type DecisionOutcome = (typeof decisionOutcomes)[number];

export const MAX_RATIONALE = 4000;
export const MAX_FEEDBACK = 4000;

/** Applications a decision page opens: those under review, and those decided by a panel. */
export const decisionScopeStatuses = [
  "SUBMITTED",
  "IN_REVIEW",
  "AWARDED",
  "DECLINED",
  "WAITLISTED",
] as const satisfies readonly ApplicationStatus[];

export const statusAfter: Record<DecisionOutcome, ApplicationStatus> = {
  AWARD: "AWARDED",
  DECLINE: "DECLINED",
  WAITLIST: "WAITLISTED",
};

export const decisionFormSchema = z.object({
  outcome: z.enum(decisionOutcomes, { message: "panels:decision.errors.outcome" }),
  amount: z.string().trim().max(40, "panels:decision.errors.amountInvalid").optional(),
  rationale: z
    .string()
    .trim()
    .max(MAX_RATIONALE, "panels:decision.errors.rationaleTooLong")
    .optional(),
  feedback: z
    .string()
    .trim()
    .max(MAX_FEEDBACK, "panels:decision.errors.feedbackTooLong")
    .optional(),
  feedbackLanguage: z
    .string({ message: "panels:decision.errors.feedbackLanguage" })
    .refine(isLocale, "panels:decision.errors.feedbackLanguage"),
  revision: z.coerce.number().int().min(0),
  /** Which button was pressed: save, or save with a machine translation of the feedback. */
  intent: z.enum(["save", "translate-feedback"]).catch("save"),
  /** Ticked when a machine-drafted feedback text stands as it is. */
  feedbackChecked: z
    .string()
    .optional()
    .transform((value) => value === "yes"),
});
export type DecisionForm = z.infer<typeof decisionFormSchema>;

export type DecisionLimits = {
  requestedMinor: number;
  minGrantMinor: number;
  maxGrantMinor: number;
  currency: string;
};

export type DecisionDraft = {
  outcome: DecisionOutcome;
  amountMinor: number | null;
  rationale: string | null;
  feedbackLanguage: Locale;
  feedback: string | null;
};

type Message = { key: string; values?: Record<string, unknown> };

/**
 * Checks a decision against the request and the pot's grant limits. Whether the pot still
 * holds the money is checked at confirmation, against the ledger at that moment. A decline
 * must say why to the applicant: being turned down without a word is what applicants told us
 * hurts most; an award or a waiting-list place may carry feedback but need not.
 */
export function checkDecision(
  input: DecisionForm,
  limits: DecisionLimits,
  money: (minor: number) => string,
): { ok: true; draft: DecisionDraft } | { ok: false; errors: FieldErrors } {
  const errors: Record<string, Message> = {};
  let amountMinor: number | null = null;
  if (input.outcome === "AWARD") {
    const amount = amountProblem(input.amount, limits, money);
    if ("error" in amount) errors.amount = amount.error;
    else amountMinor = amount.minor;
  }
  const feedback = input.feedback || null;
  if (input.outcome === "DECLINE" && !feedback)
    errors.feedback = { key: "panels:decision.errors.feedbackRequired" };
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return {
    ok: true,
    draft: {
      outcome: input.outcome,
      amountMinor,
      rationale: input.rationale || null,
      feedbackLanguage: input.feedbackLanguage as Locale,
      feedback,
    },
  };
}

function amountProblem(
  typed: string | undefined,
  limits: DecisionLimits,
  money: (minor: number) => string,
): { minor: number } | { error: Message } {
  if (!typed) return { error: { key: "panels:decision.errors.amountRequired" } };
  const minor = parseMoney(typed, limits.currency);
  if (minor === null) return { error: { key: "panels:decision.errors.amountInvalid" } };
  if (minor > limits.requestedMinor)
    return {
      error: {
        key: "panels:decision.errors.aboveRequest",
        values: { requested: money(limits.requestedMinor) },
      },
    };
  if (minor < limits.minGrantMinor || minor > limits.maxGrantMinor)
    return {
      error: {
        key: "panels:decision.errors.outsideLimits",
        values: { min: money(limits.minGrantMinor), max: money(limits.maxGrantMinor) },
      },
    };
  return { minor };
}

/** Feedback is kept per language: {"en": "...", "ar": "..."}. */
export function readFeedback(json: unknown): Partial<Record<Locale, string>> {
  if (!json || typeof json !== "object") return {};
  const texts: Partial<Record<Locale, string>> = {};
  for (const [language, text] of Object.entries(json as Record<string, unknown>))
    if (isLocale(language) && typeof text === "string" && text.trim()) texts[language] = text;
  return texts;
}

/** Writing feedback in one language replaces that language's text and keeps the others. */
export function withFeedback(
  json: unknown,
  language: Locale,
  text: string | null,
): Partial<Record<Locale, string>> {
  const texts = readFeedback(json);
  if (text) texts[language] = text;
  else delete texts[language];
  return texts;
}

export function feedbackLanguages(json: unknown): Locale[] {
  const texts = readFeedback(json);
  return supportedLocales.filter((language) => texts[language] !== undefined);
}

/**
 * The statuses an application passes through when its decision is confirmed. An application
 * the panel decided while it was still only sent goes into review first, as the state machine
 * has it; null when the state machine does not allow the move.
 */
export function decisionPath(
  from: ApplicationStatus,
  outcome: DecisionOutcome,
  context: { now: Date; closesAt: Date },
): ApplicationStatus[] | null {
  const to = statusAfter[outcome];
  const steps: ApplicationStatus[] = from === "SUBMITTED" ? ["IN_REVIEW", to] : [to];
  let at = from;
  for (const step of steps) {
    if (!transition(at, step, "staff", context).ok) return null;
    at = step;
  }
  return steps;
}

/**
 * Whether a decision may still be changed on its page: drafts always; once confirmed, only a
 * waiting-list place, which may become an award when money frees up.
 */
export function isDecisionOpen(
  decision: { confirmedAt: unknown; outcome: DecisionOutcome } | null,
) {
  return !decision || decision.confirmedAt === null || decision.outcome === "WAITLIST";
}

/** The outcomes a confirmed waiting-list place may still turn into. */
export function outcomesFor(
  decision: { confirmedAt: unknown; outcome: DecisionOutcome } | null,
): readonly DecisionOutcome[] {
  if (decision && decision.confirmedAt !== null && decision.outcome === "WAITLIST")
    return ["AWARD"];
  return decisionOutcomes;
}
