import { z } from "zod";

/**
 * An application's reference, short enough to read out over the phone: the scheme's letters,
 * the round's year and a few random characters, e.g. RIV-27-4KQ9.
 *
 * The random part leaves out characters people mix up when reading, writing or hearing them
 * (0/O, 1/I/L, 2/Z, 5/S, 8/B), so whatever someone reads back is what was printed.
 */
export const REFERENCE_ALPHABET = "34679ACDEFGHJKMNPQRTUVWXY";

/** 25^4 = 390,625 codes per scheme and year: collisions are rare and retried with a longer code. */
export const REFERENCE_CODE_LENGTH = 4;

const FALLBACK_PREFIX = "WF";

/** Shown in hints: a reference is written in Latin letters and digits in every language. */
export const REFERENCE_EXAMPLE = "RIV-27-4KQ9";

/** Up to three letters of the scheme's slug ("riverside-together" → "RIV"). Letters only, so the year is where the digits start. */
export function referencePrefix(slug: string): string {
  const letters = slug.replace(/[^a-zA-Z]/g, "").toUpperCase();
  return letters.length < 2 ? FALLBACK_PREFIX : letters.slice(0, 3);
}

/** The round's year in the scheme's time zone, two digits: a round closing in January 2027 is "27". */
export function referenceYear(closesAt: Date, timeZone: string): string {
  const year = new Intl.DateTimeFormat("en", { year: "numeric", timeZone }).format(closesAt);
  return year.slice(-2);
}

/** `randomIndex(n)` returns a whole number from 0 to n - 1; the server passes a cryptographic one. */
export type RandomIndex = (n: number) => number;

export function newReference(
  input: { prefix: string; year: string; length?: number },
  randomIndex: RandomIndex,
): string {
  const length = input.length ?? REFERENCE_CODE_LENGTH;
  let code = "";
  for (let i = 0; i < length; i++)
    code += REFERENCE_ALPHABET[randomIndex(REFERENCE_ALPHABET.length)];
  return `${input.prefix}-${input.year}-${code}`;
}

const easternDigits: Record<string, string> = Object.fromEntries(
  [..."٠١٢٣٤٥٦٧٨٩", ..."۰۱۲۳۴۵۶۷۸۹"].map((digit, index) => [digit, String(index % 10)]),
);

/**
 * What someone typed or read back, as a stored reference: any case, spaces, dashes or dots,
 * and Arabic-Indic or Persian digits. Null when it cannot be a reference.
 */
export function normaliseReference(input: string): string | null {
  const compact = input
    .replace(/[٠-٩۰-۹]/g, (digit) => easternDigits[digit] ?? digit)
    .toUpperCase()
    .replace(/[^A-Z0-9]/g, "");
  const parts = /^([A-Z]{2,3})(\d{2})([0-9A-Z]{4,8})$/.exec(compact);
  if (!parts) return null;
  const [, prefix, year, code] = parts;
  if (![...code!].every((c) => REFERENCE_ALPHABET.includes(c))) return null;
  return `${prefix}-${year}-${code}`;
}

/** The staff search box: whatever was typed, read as a reference, or an error next to the box. */
export const referenceSearchSchema = z.object({
  reference: z
    .string()
    .trim()
    .min(1, "schemes:ledger.find.empty")
    .max(60, "schemes:ledger.find.invalid")
    .transform((typed, context) => {
      const reference = normaliseReference(typed);
      if (reference === null) {
        context.addIssue({ code: z.ZodIssueCode.custom, message: "schemes:ledger.find.invalid" });
        return z.NEVER;
      }
      return reference;
    }),
});
