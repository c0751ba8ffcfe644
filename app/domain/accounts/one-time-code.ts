/** Rules for emailed sign-in codes. Pure: the caller supplies time, randomness and hashing. */

export const CODE_LENGTH = 6;
export const CODE_TTL_MS = 10 * 60 * 1000;
export const MAX_ATTEMPTS = 5;

export function formatCode(randomBelowOneMillion: number): string {
  return String(randomBelowOneMillion).padStart(CODE_LENGTH, "0");
}

/** People paste codes with spaces or dashes ("123 456"); only the digits count. */
export function normaliseCode(input: string): string {
  return input
    .replace(/[\s-]/g, "")
    .replace(/[٠-٩]/g, (d) => String(d.charCodeAt(0) - 0x660))
    .replace(/[۰-۹]/g, (d) => String(d.charCodeAt(0) - 0x6f0));
}

export function looksLikeCode(input: string): boolean {
  return new RegExp(`^\\d{${CODE_LENGTH}}$`).test(input);
}

export type CodeState = { expiresAt: Date; usedAt: Date | null; attempts: number };

export type CodeCheck = "valid" | "expired" | "used" | "too-many-attempts" | "wrong";

/**
 * Decides the outcome of one attempt. The attempt counts even when it is wrong, so a code
 * allows MAX_ATTEMPTS guesses in total, after which even the right code is refused.
 */
export function checkCode(state: CodeState, matches: boolean, now: Date): CodeCheck {
  if (state.usedAt) return "used";
  if (state.attempts >= MAX_ATTEMPTS) return "too-many-attempts";
  if (now.getTime() >= state.expiresAt.getTime()) return "expired";
  return matches ? "valid" : "wrong";
}

/** The message for a code that did not work, wherever a code is asked for. */
export function codeFailureMessage(
  reason: CodeCheck | "no-code" | "format" | string,
  attemptsLeft?: number,
): { key: string; values?: Record<string, unknown> } {
  const keys: Record<string, string> = {
    format: "verify.errors.format",
    expired: "verify.errors.expired",
    used: "verify.errors.used",
    "too-many-attempts": "verify.errors.tooManyAttempts",
    "no-code": "verify.errors.noCode",
  };
  if (reason === "wrong") return { key: "verify.errors.wrong", values: { count: attemptsLeft } };
  return { key: keys[reason] ?? "verify.errors.format" };
}
