import { z } from "zod";
import { readFeedback } from "~/domain/panels/decisions";
import { feedbackForReader } from "~/domain/panels/feedback-drafts";
import { supportedLocales, type Locale } from "~/domain/shared/locales";
import { otherDomain } from "./stories";

/**
 * Choosing a domain's most significant story and saying why. The reason is written in the
 * selector's language and goes back to the storytellers in theirs: a machine draft into the
 * group's language is offered, which she may correct before sending, as decision feedback does.
 */

export const reasonMaxLength = 2000;

/** The key that holds one chosen story per domain and round; "any other change" has no domain id. */
export function selectionDomainKey(domainId: string | null): string {
  return domainId ?? otherDomain;
}

export const selectionIntents = ["draft-translation", "record"] as const;

export const selectionSchema = z.object({
  intent: z.enum(selectionIntents).default("record"),
  domainId: z.string().min(1, "msc:select.errors.domain"),
  checkInId: z
    .string({
      required_error: "msc:select.errors.story",
      invalid_type_error: "msc:select.errors.story",
    })
    .min(1, "msc:select.errors.story"),
  reason: z
    .string({ required_error: "msc:select.errors.reason" })
    .trim()
    .min(1, "msc:select.errors.reason")
    .max(reasonMaxLength, "msc:select.errors.reasonTooLong"),
  reasonLocale: z.enum(supportedLocales, { message: "msc:select.errors.reasonLocale" }),
  /** The reason in the group's language, when it differs: a machine draft she may correct. */
  groupReason: z
    .string()
    .trim()
    .max(reasonMaxLength, "msc:select.errors.reasonTooLong")
    .optional()
    .transform((text) => text || undefined),
  /** The machine draft as it was offered, to tell a checked draft from a corrected one. */
  machineDraft: z
    .string()
    .optional()
    .transform((text) => text || undefined),
});

export type SelectionInput = z.infer<typeof selectionSchema>;

/** The domain key of the form ("other") as stored: null for "any other change". */
export function storedDomainId(domainId: string): string | null {
  return domainId === otherDomain ? null : domainId;
}

/**
 * The reason per language as it is sent, and which of its languages a machine drafted and
 * nobody changed, so readers see it labelled (the shape decision feedback uses).
 */
export function reasonTexts(
  input: Pick<SelectionInput, "reason" | "reasonLocale" | "groupReason" | "machineDraft">,
  groupLanguage: Locale,
): { texts: Partial<Record<Locale, string>>; machineDrafted: Locale[] } {
  const texts: Partial<Record<Locale, string>> = { [input.reasonLocale]: input.reason };
  if (groupLanguage === input.reasonLocale || !input.groupReason)
    return { texts, machineDrafted: [] };
  texts[groupLanguage] = input.groupReason;
  const unchanged = input.machineDraft !== undefined && input.machineDraft === input.groupReason;
  return { texts, machineDrafted: unchanged ? [groupLanguage] : [] };
}

/** The reason a storyteller reads: hers if written or drafted in her language, else the original. */
export function reasonForReader(
  texts: unknown,
  machineDrafted: readonly string[],
  readerLocale: Locale,
) {
  return feedbackForReader(readFeedback(texts), [...machineDrafted], readerLocale);
}
