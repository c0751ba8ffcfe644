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
  try {
    return new Intl.NumberFormat("en", { style: "currency", currency }).resolvedOptions().maximumFractionDigits ?? 2;
  } catch {
    return 2;
  }
}

export function formatMoney(minor: number, currency: string, locale: string): string {
  const digits = minorDigits(currency);
  const major = minor / 10 ** digits;
  const whole = minor % 10 ** digits === 0;
  return new Intl.NumberFormat(locale, {
    style: "currency",
    currency,
    minimumFractionDigits: whole ? 0 : digits,
    maximumFractionDigits: digits,
  }).format(major);
}

export function formatPercent(basisPoints: number, locale: string): string {
  return new Intl.NumberFormat(locale, { style: "percent", maximumFractionDigits: 2 }).format(
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

/**
 * Reads an amount typed by a person ("1 250", "1,250.50", "1.250,50", "١٢٥٠") into minor
 * units, or null if it is not an amount. A single separator followed by exactly three digits
 * is taken as a thousands separator, since grants are never given in fractions of a cent.
 */
export function parseMoney(input: string, currency: string): number | null {
  const digits = minorDigits(currency);
  const text = westernDigits(input.trim())
    .replace(/[\s\u00a0\u202f'’_]/g, "")
    .replace(/٫/g, ".")
    .replace(/٬/g, ",")
    .replace(/^(?:[A-Z]{3}|\p{Sc})|(?:[A-Z]{3}|\p{Sc})$/gu, "");
  if (!/^\d[\d.,]*$/.test(text)) return null;
  const lastDot = text.lastIndexOf(".");
  const lastComma = text.lastIndexOf(",");
  let decimalSeparator: string | null = null;
  if (lastDot >= 0 && lastComma >= 0) decimalSeparator = lastDot > lastComma ? "." : ",";
  else if (lastDot >= 0 || lastComma >= 0) {
    const separator = lastDot >= 0 ? "." : ",";
    const parts = text.split(separator);
    const tail = parts[parts.length - 1]!;
    decimalSeparator = parts.length === 2 && tail.length !== 3 ? separator : null;
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
  if (groups.length > 1 && (groups[0]!.length > 3 || groups.slice(1).some((group) => group.length !== 3))) return null;
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
  const fraction = String(minor % 10 ** digits).padStart(digits, "0").replace(/0+$/, "");
  return fraction ? `${whole}.${fraction}` : String(whole);
}
