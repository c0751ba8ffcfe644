import { numberFormat } from "./number-format";
/**
 * Money is an integer count of minor units (cents) beside an ISO 4217 code. Shares are basis
 * points (1% = 100), so every calculation stays in integers.
 *
 * Rounding rule, always in the cautious direction:
 * - money set aside as a share of a budget rounds DOWN to a whole minor unit, so pots never
 *   add up to more than the budget;
 * - a floor requirement ("at least 60% of awarded money") rounds UP, so it is never understated;
 * - whether a floor is met is decided exactly (cross-multiplied integers), never by comparing
 *   rounded percentages;
 * - percentages shown to people round DOWN, so "62%" never overstates what happened.
 */

export const BASIS_POINTS = 10_000;
/** Largest amount the database column holds (32-bit integer) — €21 million in cents. */
export const MAX_MINOR = 2_147_483_647;

export function shareOf(totalMinor: number, basisPoints: number): number {
  return Math.floor((totalMinor * basisPoints) / BASIS_POINTS);
}

export function atLeastShareOf(totalMinor: number, basisPoints: number): number {
  return Math.ceil((totalMinor * basisPoints) / BASIS_POINTS);
}

/** a/b as basis points, rounded down; 0 when b is 0. */
export function basisPointsOf(part: number, whole: number): number {
  return whole === 0 ? 0 : Math.floor((part * BASIS_POINTS) / whole);
}

export function meetsShare(part: number, whole: number, basisPoints: number): boolean {
  return part * BASIS_POINTS >= whole * basisPoints;
}

export function minorDigits(currency: string): number {
  let digits = digitsByCurrency.get(currency);
  if (digits === undefined) {
    try {
      digits =
        numberFormat("en", { style: "currency", currency }).resolvedOptions()
          .maximumFractionDigits ?? 2;
    } catch {
      digits = 2;
    }
    digitsByCurrency.set(currency, digits);
  }
  return digits;
}

/** A currency's minor digits never change; a table of amounts asks once per row. */
const digitsByCurrency = new Map<string, number>();

export function formatMoney(minor: number, currency: string, locale: string): string {
  const digits = minorDigits(currency);
  const major = minor / 10 ** digits;
  const whole = minor % 10 ** digits === 0;
  return numberFormat(locale, {
    style: "currency",
    currency,
    minimumFractionDigits: whole ? 0 : digits,
    maximumFractionDigits: digits,
  }).format(major);
}

export function formatPercent(basisPoints: number, locale: string): string {
  return numberFormat(locale, { style: "percent", maximumFractionDigits: 2 }).format(
    basisPoints / BASIS_POINTS,
  );
}

const easternDigits = /[٠-٩۰-۹]/g;
function westernDigits(text: string) {
  return text.replace(easternDigits, (digit) => {
    const code = digit.charCodeAt(0);
    return String(code >= 0x6f0 ? code - 0x6f0 : code - 0x660);
  });
}

type LocalMarks = { decimal: string; symbols: string[] };
const marksByLocale = new Map<string, LocalMarks>();

/**
 * What a locale writes around an amount: its decimal mark (Arabic ٫ read as ".") and the ways
 * it names a currency ("UK£", "£GB", "د.ك."), which may themselves contain dots and so must go
 * before the number is read.
 */
function marksOf(locale: string, currency: string): LocalMarks {
  const cacheKey = `${locale}|${currency}`;
  const known = marksByLocale.get(cacheKey);
  if (known) return known;
  const partOf = (parts: Intl.NumberFormatPart[], type: string) =>
    parts.find((part) => part.type === type)?.value ?? "";
  let found: LocalMarks = { decimal: ".", symbols: [currency] };
  try {
    const number = new Intl.NumberFormat(locale).formatToParts(12345.6);
    const symbols = (["symbol", "narrowSymbol", "code", "name"] as const).flatMap(
      (currencyDisplay) =>
        [1, 5].map((count) =>
          partOf(
            new Intl.NumberFormat(locale, {
              style: "currency",
              currency,
              currencyDisplay,
            }).formatToParts(count),
            "currency",
          ),
        ),
    );
    found = {
      decimal: partOf(number, "decimal").replace("٫", "."),
      symbols: [
        ...new Set([...symbols, currency].map((symbol) => clean(symbol)).filter(Boolean)),
      ].sort((a, b) => b.length - a.length),
    };
  } catch {
    // An unknown locale or currency reads like the neutral default.
  }
  marksByLocale.set(cacheKey, found);
  return found;
}

/** Marks that only steer text direction, and every kind of space, mean nothing in an amount. */
function clean(text: string) {
  return westernDigits(text)
    .replace(/[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, "")
    .replace(/[\s\u00a0\u202f'’_]/g, "");
}

/**
 * Reads an amount typed by a person ("1 250", "1,250.50", "1.250,50", "١٬٢٥٠٫٥", "€ 300") into
 * minor units, or null if it is not an amount. The browser and the server read answers with
 * this one function, so they never disagree.
 *
 * With both "." and "," the last one is the decimal mark. A lone mark followed by one or two
 * digits is a decimal mark; followed by exactly three, it groups thousands whenever the
 * currency has fewer than three minor digits (no cent amount has three decimals). Only when
 * both readings make sense (a currency with three minor digits) does the reader's locale
 * decide, so "1.500" is one and a half dinars in English and fifteen hundred in Spanish.
 */
export function parseMoney(input: string, currency: string, locale?: string): number | null {
  const digits = minorDigits(currency);
  const local = locale ? marksOf(locale, currency) : null;
  let text = clean(input.trim());
  for (const symbol of local?.symbols ?? []) {
    if (text.startsWith(symbol)) text = text.slice(symbol.length);
    else if (text.endsWith(symbol)) text = text.slice(0, -symbol.length);
  }
  text = text.replace(/^(?:[A-Z]{3}|\p{Sc})|(?:[A-Z]{3}|\p{Sc})$/gu, "");
  // The Arabic marks say what they are: ٫ is always the decimal mark, ٬ always groups.
  const arabicDecimal = text.includes("٫");
  const arabicGroup = text.includes("٬");
  text = text.replace(/٫/g, ".").replace(/٬/g, ",");
  if (!/^\d[\d.,]*$/.test(text)) return null;
  const lastDot = text.lastIndexOf(".");
  const lastComma = text.lastIndexOf(",");
  let decimalSeparator: string | null = null;
  if (arabicDecimal) decimalSeparator = ".";
  else if (arabicGroup) decimalSeparator = lastDot >= 0 ? "." : null;
  else if (lastDot >= 0 && lastComma >= 0) decimalSeparator = lastDot > lastComma ? "." : ",";
  else if (lastDot >= 0 || lastComma >= 0) {
    const separator = lastDot >= 0 ? "." : ",";
    const parts = text.split(separator);
    const tail = parts[parts.length - 1]!;
    if (parts.length !== 2) decimalSeparator = null;
    else if (tail.length !== 3) decimalSeparator = separator;
    else decimalSeparator = digits >= 3 && local?.decimal === separator ? separator : null;
  }
  let whole = text;
  let fraction = "";
  if (decimalSeparator) {
    const index = text.lastIndexOf(decimalSeparator);
    whole = text.slice(0, index);
    fraction = text.slice(index + 1);
  }
  // Grouping separators must group thousands: "1,250" or "1.250.000", never "1.2.3".
  const groups = whole.split(/[.,]/);
  if (
    groups.length > 1 &&
    (groups[0]!.length > 3 || groups.slice(1).some((group) => group.length !== 3))
  )
    return null;
  whole = groups.join("");
  if (!/^\d+$/.test(whole) || !/^\d*$/.test(fraction) || fraction.length > digits) return null;
  const minor = Number(whole) * 10 ** digits + Number(fraction.padEnd(digits, "0") || "0");
  return Number.isSafeInteger(minor) && minor <= MAX_MINOR ? minor : null;
}

/** The amount as a person would type it back into a form: "1250.5" for 125050 cents. */
export function toInputValue(minor: number, currency: string): string {
  const digits = minorDigits(currency);
  if (digits === 0) return String(minor);
  const whole = Math.floor(minor / 10 ** digits);
  const fraction = String(minor % 10 ** digits)
    .padStart(digits, "0")
    .replace(/0+$/, "");
  return fraction ? `${whole}.${fraction}` : String(whole);
}
