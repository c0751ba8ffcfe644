import { BASIS_POINTS } from "./money";

/**
 * Shares are typed as percentages ("60", "12.5 %", "١٢٫٥") and stored as basis points
 * (60% = 6000), so a share is exact to a hundredth of a percent.
 */

const easternDigits = /[٠-٩۰-۹]/g;
/** "١٢" or "۱۲" as "12": people type numbers in their own digits. */
export const westernDigits = (text: string) =>
  text.replace(easternDigits, (digit) => {
    const code = digit.charCodeAt(0);
    return String(code >= 0x6f0 ? code - 0x6f0 : code - 0x660);
  });

/** Basis points for what a person typed, or null if it is not a percentage we can read. */
export function parsePercent(input: string): number | null {
  const text = westernDigits(input.trim())
    .replace(/\s/g, "")
    .replace(/^[%٪]|[%٪]$/g, "")
    .replace(/[,٫]/g, ".");
  const match = /^(\d{1,3})(?:\.(\d{0,2}))?$/.exec(text);
  if (!match) return null;
  const whole = Number(match[1]);
  const hundredths = Number((match[2] ?? "").padEnd(2, "0"));
  const basisPoints = whole * 100 + hundredths;
  return basisPoints <= 10 * BASIS_POINTS ? basisPoints : null;
}

/** "12.5" for 1250: what goes back into a form field. */
export function percentInputValue(basisPoints: number): string {
  const whole = Math.floor(basisPoints / 100);
  const hundredths = String(basisPoints % 100)
    .padStart(2, "0")
    .replace(/0+$/, "");
  return hundredths ? `${whole}.${hundredths}` : String(whole);
}
