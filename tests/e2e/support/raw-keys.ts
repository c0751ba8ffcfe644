/**
 * Finds what a reader should never see: a translation key printed instead of its text, and an
 * English catalog sentence on a page in another language. Pure, so the browser walk and its
 * unit test share it; the catalogs are passed in as parsed JSON.
 */

export type Catalog = { [key: string]: string | Catalog };
/** Catalogs of one language by namespace: `{ forms: {...}, common: {...} }`. */
export type Catalogs = Record<string, Catalog>;

export type KeyIndex = {
  /** `field.yes`, `forms:field.yes`, `common:untranslated`: flagged anywhere in a text. */
  tokens: Set<string>;
  /** Keys without a dot (`untranslated`): ordinary words too, so flagged only as a whole text. */
  bare: Set<string>;
};

const pluralSuffix = /_(?:ordinal_)?(?:zero|one|two|few|many|other)$/;

/** Every leaf of a catalog as [dotted key, value]. */
export function leaves(catalog: Catalog, prefix = ""): Array<[string, string]> {
  return Object.entries(catalog).flatMap(([key, value]): Array<[string, string]> =>
    typeof value === "string" ? [[`${prefix}${key}`, value]] : leaves(value, `${prefix}${key}.`),
  );
}

/**
 * The keys as i18next would print them when a text is missing: with and without the namespace,
 * and plural keys under the name the code uses (`field.maxWords`, not `field.maxWords_other`).
 */
export function keyIndex(catalogs: Catalogs): KeyIndex {
  const tokens = new Set<string>();
  const bare = new Set<string>();
  for (const [namespace, catalog] of Object.entries(catalogs)) {
    for (const [leaf] of leaves(catalog)) {
      for (const key of new Set([leaf, leaf.replace(pluralSuffix, "")])) {
        tokens.add(`${namespace}:${key}`);
        if (key.includes(".")) tokens.add(key);
        else bare.add(key);
      }
    }
  }
  return { tokens, bare };
}

// Runs of the characters keys, addresses and numbers are made of; anything else (spaces,
// brackets, quotes, Arabic letters) ends a candidate.
const candidateRun = /[A-Za-z0-9_.:\-/@?=&#%~+]+/g;
const looksLikeAddress = /@|:\/\/|^www\./i;
const edgePunctuation = /^[.:\-?=&#%~+]+|[.:\-?=&#%~+]+$/g;

/** The catalog keys a text shows: the whole text, or a key standing as a word inside it. */
export function rawKeysIn(text: string, index: KeyIndex): string[] {
  const found = new Set<string>();
  const whole = text.trim();
  if (index.bare.has(whole) || index.tokens.has(whole)) found.add(whole);
  for (const [run] of whole.matchAll(candidateRun)) {
    if (looksLikeAddress.test(run)) continue;
    for (const part of run.split("/")) {
      const candidate = part.replace(edgePunctuation, "");
      if (index.tokens.has(candidate)) found.add(candidate);
    }
  }
  return [...found];
}

export type SentenceIndex = { sentences: Array<{ key: string; text: string }> };

const placeholder = /\{\{[^}]*\}\}|\$t\([^)]*\)|<\/?[0-9A-Za-z]+\s*\/?>|\n/;
const sentenceEdge = /^[\s.,;:!?()"'“”‘’«»…–—-]+|[\s.,;:!?()"'“”‘’«»…–—-]+$/g;
const wordWithLetters = /\p{L}/u;

/** Spacing, bidi isolates and marks that the page may add around and inside a sentence. */
export function normalise(text: string): string {
  return text
    .replace(/[\u2066-\u2069\u200e\u200f\u061c]/g, "")
    .replace(/[\s\u00a0\u202f]+/g, " ")
    .trim();
}

export type SentenceOptions = {
  /** Fewer words than this is too likely to be the same in another language ("OK", "PDF"). */
  minWords?: number;
  /** Namespaces whose texts may rightly be English on any page (emails in the mailbox). */
  skipNamespaces?: string[];
  /** Names that may appear in any language: the product, people, organisations. */
  names?: string[];
  /** The page language's own catalogs: a text the translation keeps in English is not flagged. */
  translation?: Catalogs;
};

/**
 * The literal parts of the English catalog long enough to recognise: each value split at its
 * placeholders and markup, keeping parts of `minWords` words or more.
 */
export function englishSentences(english: Catalogs, options: SentenceOptions = {}): SentenceIndex {
  const minWords = options.minWords ?? 3;
  const skip = new Set(options.skipNamespaces ?? []);
  const names = (options.names ?? []).map(normalise);
  const sentences: SentenceIndex["sentences"] = [];
  for (const [namespace, catalog] of Object.entries(english)) {
    if (skip.has(namespace)) continue;
    const translated = new Map(leaves(options.translation?.[namespace] ?? {}));
    for (const [key, value] of leaves(catalog)) {
      const kept = normalise(translated.get(key) ?? "");
      for (const part of value.split(placeholder)) {
        const text = normalise(part).replace(sentenceEdge, "");
        const words = text.split(" ").filter((word) => wordWithLetters.test(word));
        if (words.length < minWords) continue;
        if (kept.includes(text)) continue;
        if (names.some((name) => name.includes(text))) continue;
        sentences.push({ key: `${namespace}:${key}`, text });
      }
    }
  }
  return { sentences };
}

const letterOrDigit = /[\p{L}\p{N}]/u;

/** The English catalog sentences a text contains as whole words, names removed first. */
export function englishSentencesIn(
  text: string,
  index: SentenceIndex,
  names: string[] = [],
): Array<{ key: string; text: string }> {
  let page = normalise(text);
  for (const name of names) page = page.split(normalise(name)).join(" \u0000 ");
  const found: Array<{ key: string; text: string }> = [];
  for (const sentence of index.sentences) {
    let at = page.indexOf(sentence.text);
    while (at >= 0) {
      const before = page[at - 1] ?? " ";
      const after = page[at + sentence.text.length] ?? " ";
      if (!letterOrDigit.test(before) && !letterOrDigit.test(after)) {
        found.push(sentence);
        break;
      }
      at = page.indexOf(sentence.text, at + 1);
    }
  }
  return found;
}
