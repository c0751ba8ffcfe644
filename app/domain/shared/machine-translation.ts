import { isLocale, type Locale } from "./locales";

/**
 * The pure half of machine translation: which texts a page needs translated, how a cached
 * translation is found again, and what a reader is told when the service could not help.
 * The service that calls the translation API is app/services/platform/machine-translation.server.ts.
 */

/** Why no translation came back; each has its own message for the reader. */
export const machineTranslationFailures = [
  "not-configured",
  "unavailable",
  "timed-out",
  "bad-response",
] as const;
export type MachineTranslationFailure = (typeof machineTranslationFailures)[number];

/** What a page asked translations for; recorded in the audit detail. */
export type MachineTranslationPurpose =
  | "form-suggestions"
  | "suggestion-replies"
  | "you-said-we-did"
  | "application-answers"
  | "decision-feedback"
  | "msc-reasons"
  | "msc-stories"
  | "check-in-reading";

/** The language a text is written in, or null when nobody recorded it (the service then guesses). */
export type SourceText = { text: string; language: string | null };

/** Sent to the service when the language of a text is not known. */
export const unknownLanguage = "auto";

/** One text the service must translate: identical texts in the same language are asked once. */
export type TranslationRequest = { source: string; text: string };

/** "en-GB" and "en" are the same language for choosing whether to translate. */
function primaryLanguage(code: string): string {
  return code.trim().toLowerCase().split(/[-_]/)[0] ?? "";
}

/** A text needs translating unless it is blank or already written in the target language. */
export function needsTranslation(source: SourceText, target: string): boolean {
  if (source.text.trim() === "") return false;
  return source.language === null || primaryLanguage(source.language) !== primaryLanguage(target);
}

/** The distinct texts a page needs translated into `target`, in the order they appear. */
export function translationRequests(texts: SourceText[], target: string): TranslationRequest[] {
  const seen = new Set<string>();
  const requests: TranslationRequest[] = [];
  for (const source of texts) {
    if (!needsTranslation(source, target)) continue;
    const request = { source: source.language ?? unknownLanguage, text: source.text };
    const id = cacheKeyMaterial(request.source, target, request.text);
    if (seen.has(id)) continue;
    seen.add(id);
    requests.push(request);
  }
  return requests;
}

/**
 * What the cache key is the hash of. JSON keeps the three parts apart, so no text can be
 * mistaken for another pair of languages ("en", "fr|x" against "en|fr", "x").
 */
export function cacheKeyMaterial(source: string, target: string, text: string): string {
  return JSON.stringify([source, target, text]);
}

/** The cache key: SHA-256 (hex) of the source language, target language and text. */
export async function translationCacheKey(
  source: string,
  target: string,
  text: string,
): Promise<string> {
  const bytes = new TextEncoder().encode(cacheKeyMaterial(source, target, text));
  const digest = await crypto.subtle.digest("SHA-256", bytes);
  return [...new Uint8Array(digest)].map((byte) => byte.toString(16).padStart(2, "0")).join("");
}

/**
 * A text whose language was guessed comes back unchanged when it was already in the target
 * language; labelling it "machine translated" would mislead the reader.
 */
export function isUnchanged(original: string, translation: string): boolean {
  return original.trim() === translation.trim();
}

/** `?translate=<lng>`: the language a reader asked the page's texts in, if it is one we speak. */
export function requestedTranslation(param: string | null): Locale | null {
  return isLocale(param) ? param : null;
}

/**
 * What a page's translation link and messages need: null when no service is configured
 * (nothing is shown), otherwise the language offered, whether the page shows translations
 * now, and why they could not all be shown.
 */
export type MachineTranslationView = {
  target: Locale;
  active: boolean;
  failure: MachineTranslationFailure | null;
} | null;

/** At most this many texts in one call, so a service with a batch limit still answers. */
export const largestBatch = 20;

/**
 * How the requests are sent: the API takes one source language per call, and with "auto" it
 * recognises one language for the whole call, so a text of unknown language goes alone.
 * Returns the requests' indexes, call by call.
 */
export function translationBatches(requests: TranslationRequest[]): number[][] {
  const batches: number[][] = [];
  const open = new Map<string, number[]>();
  requests.forEach((request, index) => {
    if (request.source === unknownLanguage) {
      batches.push([index]);
      return;
    }
    let batch = open.get(request.source);
    if (!batch || batch.length === largestBatch) {
      batch = [];
      open.set(request.source, batch);
      batches.push(batch);
    }
    batch.push(index);
  });
  return batches;
}
