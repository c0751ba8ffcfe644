import type { FieldErrors } from "~/domain/shared/validation";
import type { ShareConsent } from "~/domain/outcomes/consent";

/**
 * What a group writes in a check-in, and when it is ready to send. Answers are kept exactly as
 * typed (strings by field) so that a save never loses anything; the checks here only say what
 * to fix, by field, before sending. Few fields are required: a check-in should take minutes.
 */

export const textFields = [
  "whatHappened",
  "change",
  "changeFor",
  "whyItMatters",
  "quote",
  "hard",
  "learned",
] as const;
export type TextField = (typeof textFields)[number];

/** Longest answer per field, in characters: short where a line is enough. */
export const maxLength: Record<TextField, number> = {
  whatHappened: 1500,
  change: 5000,
  changeFor: 300,
  whyItMatters: 3000,
  quote: 1000,
  hard: 2000,
  learned: 2000,
};

export const shareConsents: readonly ShareConsent[] = ["FUNDER_ONLY", "FUNDER_REPORTS", "PUBLIC"];
export const maxLightNumber = 1_000_000;
/** The story's domain when it fits none of the round's (Most Significant Change). */
export const otherDomain = "other";

export type CheckInAnswers = Partial<Record<TextField, string>> & {
  /** Light numbers by their id, as typed. */
  numbers?: Record<string, string>;
};

export type CheckInDraft = {
  answers: CheckInAnswers;
  storyConsent: ShareConsent | null;
  /** A domain id, "other", or null when not chosen (or the round has none). */
  domain: string | null;
};

export function isShareConsent(value: unknown): value is ShareConsent {
  return typeof value === "string" && (shareConsents as readonly string[]).includes(value);
}

function text(form: FormData, name: string) {
  const value = form.get(name);
  return typeof value === "string" ? value.replace(/\r\n/g, "\n") : "";
}

/** The draft as posted by the page (with or without JavaScript) or by autosave. */
export function draftFromForm(
  form: FormData,
  options: { numberIds: readonly string[]; domainIds: readonly string[] },
): CheckInDraft {
  const answers: CheckInAnswers = {};
  for (const field of textFields) {
    const value = text(form, field);
    if (value.trim()) answers[field] = value;
  }
  const numbers: Record<string, string> = {};
  for (const id of options.numberIds) {
    const value = text(form, `number.${id}`).trim();
    if (value) numbers[id] = value;
  }
  if (Object.keys(numbers).length > 0) answers.numbers = numbers;
  const consent = form.get("storyConsent");
  const domain = text(form, "domain");
  return {
    answers,
    storyConsent: isShareConsent(consent) ? consent : null,
    domain: domain === otherDomain || options.domainIds.includes(domain) ? domain : null,
  };
}

/** Stored answers read back, whatever shape an older row has. */
export function readAnswers(value: unknown): CheckInAnswers {
  if (!value || typeof value !== "object") return {};
  const stored = value as Record<string, unknown>;
  const answers: CheckInAnswers = {};
  for (const field of textFields) {
    const entry = stored[field];
    if (typeof entry === "string" && entry) answers[field] = entry;
  }
  const numbers = stored.numbers;
  if (numbers && typeof numbers === "object") {
    const kept = Object.fromEntries(
      Object.entries(numbers as Record<string, unknown>)
        .filter(
          (pair): pair is [string, string | number] =>
            typeof pair[1] === "string" || typeof pair[1] === "number",
        )
        .map(([id, value]) => [id, String(value)]),
    );
    if (Object.keys(kept).length > 0) answers.numbers = kept;
  }
  return answers;
}

/** A light number as a whole number, or null when it is not one. */
export function lightNumberValue(typed: string): number | null {
  const plain = typed.trim().replace(/[\s,._'’]/g, "");
  // Digits as typed on Arabic and Persian keyboards count the same as 0–9.
  const latin = plain
    .replace(/[\u0660-\u0669]/g, (d) => String(d.charCodeAt(0) - 0x0660))
    .replace(/[\u06f0-\u06f9]/g, (d) => String(d.charCodeAt(0) - 0x06f0));
  if (!/^\d{1,7}$/.test(latin)) return null;
  const value = Number(latin);
  return value <= maxLightNumber ? value : null;
}

export type CheckContext = {
  numberIds: readonly string[];
  /** The round sorts stories into domains, so the story needs one. */
  domainsAsked: boolean;
  /** A voice recording of the change is kept, so the written change may stay empty. */
  hasRecording: boolean;
};

/**
 * Problems to show by each field. On a save only what cannot be kept as it is (too long, not a
 * number) is reported; before sending, the few answers a check-in needs are asked for too.
 */
export function checkInErrors(
  draft: CheckInDraft,
  context: CheckContext,
  purpose: "save" | "send",
): FieldErrors {
  const errors: FieldErrors = {};
  const { answers } = draft;
  for (const field of textFields) {
    const value = answers[field] ?? "";
    if (value.length > maxLength[field])
      errors[field] = {
        key: "monitoring:form.errors.tooLong",
        values: { max: maxLength[field], length: value.length },
      };
  }
  for (const id of context.numberIds) {
    const typed = answers.numbers?.[id];
    if (typed !== undefined && lightNumberValue(typed) === null)
      errors[`number.${id}`] = {
        key: "monitoring:form.errors.number",
        values: { max: maxLightNumber },
      };
  }
  if (purpose === "save") return errors;
  if (!answers.whatHappened && !errors.whatHappened)
    errors.whatHappened = { key: "monitoring:form.errors.whatHappened" };
  if (!answers.change && !context.hasRecording && !errors.change)
    errors.change = { key: "monitoring:form.errors.change" };
  const shares = Boolean(answers.change || answers.quote || context.hasRecording);
  if (shares && !draft.storyConsent)
    errors.storyConsent = { key: "monitoring:form.errors.storyConsent" };
  if (context.domainsAsked && !draft.domain)
    errors.domain = { key: "monitoring:form.errors.domain" };
  return errors;
}

/** The light numbers to store, as numbers, once a check-in is sent. */
export function sentNumbers(answers: CheckInAnswers): Record<string, number> {
  return Object.fromEntries(
    Object.entries(answers.numbers ?? {}).flatMap(([id, typed]) => {
      const value = lightNumberValue(typed);
      return value === null ? [] : [[id, value]];
    }),
  );
}
