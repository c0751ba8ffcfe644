import { defaultLocale, isLocale, type Locale } from "~/domain/shared/locales";
import { readFeedback, withFeedback, type DecisionDraft } from "./decisions";

/**
 * Feedback the funder wrote once and had machine-translated into the applicant's language.
 * A machine draft stays labelled until a person checks it: she edits its text and saves, or
 * says she has read it and it stands. Decision.machineDrafted lists the languages still unchecked.
 */

/** The languages whose feedback a machine drafted and nobody has checked yet. */
export function readMachineDrafted(json: unknown, feedback?: unknown): Locale[] {
  if (!Array.isArray(json)) return [];
  const written = feedback === undefined ? null : readFeedback(feedback);
  return [...new Set(json.filter(isLocale))].filter(
    (language) => written === null || written[language] !== undefined,
  );
}

/**
 * After a person saves one language's feedback box: that language is checked if she changed
 * its text or said it stands; a language whose text is gone is no longer a draft of anything.
 */
export function machineDraftedAfterSave(
  before: { feedback: unknown; machineDrafted: unknown },
  saved: { language: Locale; text: string | null; confirmedChecked: boolean },
  feedbackAfter: unknown,
): Locale[] {
  const previous = readFeedback(before.feedback)[saved.language] ?? null;
  const checked = saved.confirmedChecked || (saved.text ?? null) !== previous;
  return readMachineDrafted(before.machineDrafted, feedbackAfter).filter(
    (language) => !(checked && language === saved.language),
  );
}

/** A machine draft and the texts a person wrote that it may have been translated from. */
export type DraftOrigins = {
  language: Locale;
  text: string;
  originals: { language: Locale; text: string }[];
};

/** Each unchecked machine draft, with every text a person wrote beside it. */
export function draftOrigins(feedback: unknown, machineDrafted: unknown): DraftOrigins[] {
  const texts = readFeedback(feedback);
  const drafted = readMachineDrafted(machineDrafted, feedback);
  const originals = (Object.keys(texts) as Locale[])
    .filter((language) => !drafted.includes(language))
    .map((language) => ({ language, text: texts[language]! }));
  return drafted.map((language) => ({ language, text: texts[language]!, originals }));
}

/**
 * A draft is stale once no text a person wrote translates to it any more: the text it was
 * drafted from has been changed or removed since. `translations` holds what each of the
 * draft's originals translates to (null where that is not known).
 */
export function isStaleDraft(draft: string, translations: readonly (string | null)[]): boolean {
  return !translations.some((translation) => translation?.trim() === draft.trim());
}

/** Why a machine draft cannot be made: each is something she can put right on the page. */
export const draftRefusals = ["no-text", "same-language", "written-by-person"] as const;
export type DraftRefusal = (typeof draftRefusals)[number];

export function isDraftRefusal(reason: string): reason is DraftRefusal {
  return (draftRefusals as readonly string[]).includes(reason);
}

type DraftLanguages = {
  source: Locale;
  target: Locale;
  feedback: unknown;
  machineDrafted: unknown;
};

/**
 * Whether feedback written in `source` may be machine-translated into `target`: the languages
 * must differ, and a text a person wrote or checked in `target` is never written over.
 */
export function mayDraftInto(input: DraftLanguages): boolean {
  return draftLanguagesRefusal(input) === null;
}

function draftLanguagesRefusal(input: DraftLanguages): DraftRefusal | null {
  if (input.source === input.target) return "same-language";
  const existing = readFeedback(input.feedback)[input.target];
  const drafted = readMachineDrafted(input.machineDrafted).includes(input.target);
  return existing !== undefined && !drafted ? "written-by-person" : null;
}

/** Why the feedback box cannot be drafted into `target` now, or null when it can. */
export function draftRefusal(input: DraftLanguages & { text: string | null }): DraftRefusal | null {
  if (!input.text?.trim()) return "no-text";
  return draftLanguagesRefusal(input);
}

/**
 * How the feedback box was saved: whether she said a machine-drafted text stands as it is,
 * and a machine translation drafted from it into another language, if one was asked for.
 */
export type FeedbackSave = {
  confirmedChecked: boolean;
  machineDraft?: { language: Locale; text: string };
};

/** The feedback after a save, and which of its languages are still unchecked machine drafts. */
export function feedbackAfterSave(
  current: { feedback: unknown; machineDrafted: unknown } | null,
  draft: Pick<DecisionDraft, "feedbackLanguage" | "feedback">,
  feedbackSave: FeedbackSave,
) {
  let feedback = withFeedback(current?.feedback, draft.feedbackLanguage, draft.feedback);
  let machineDrafted = machineDraftedAfterSave(
    { feedback: current?.feedback, machineDrafted: current?.machineDrafted },
    {
      language: draft.feedbackLanguage,
      text: draft.feedback,
      confirmedChecked: feedbackSave.confirmedChecked,
    },
    feedback,
  );
  const machineDraft = feedbackSave.machineDraft;
  if (machineDraft) {
    feedback = withFeedback(feedback, machineDraft.language, machineDraft.text);
    machineDrafted = withMachineDrafted(machineDrafted, machineDraft.language);
  }
  return { feedback, machineDrafted };
}

/** The list with `language` added, once. */
export function withMachineDrafted(drafted: readonly Locale[], language: Locale): Locale[] {
  return drafted.includes(language) ? [...drafted] : [...drafted, language];
}

export type FeedbackForReader = {
  text: string;
  language: Locale;
  inReaderLanguage: boolean;
  /** Set when the text shown is an unchecked machine draft: what a person wrote, and in what. */
  original: { text: string; language: Locale } | null;
};

/**
 * The feedback an applicant reads: in her language if there is a text in it, otherwise one a
 * person wrote (the funder's language first). A machine draft comes with the text it was
 * drafted from, so she can read what the panel actually wrote.
 */
export function feedbackForReader(
  feedback: unknown,
  machineDrafted: unknown,
  readerLocale: Locale,
): FeedbackForReader | null {
  const texts = readFeedback(feedback);
  const drafted = readMachineDrafted(machineDrafted, feedback);
  const written = (Object.keys(texts) as Locale[]).filter(
    (language) => !drafted.includes(language),
  );
  const byPerson = written.includes(defaultLocale) ? defaultLocale : (written[0] ?? null);
  const language =
    texts[readerLocale] !== undefined
      ? readerLocale
      : (byPerson ?? (Object.keys(texts)[0] as Locale | undefined));
  if (!language) return null;
  const original =
    drafted.includes(language) && byPerson ? { text: texts[byPerson]!, language: byPerson } : null;
  return {
    text: texts[language]!,
    language,
    inReaderLanguage: language === readerLocale,
    original,
  };
}
