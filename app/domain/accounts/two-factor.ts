/**
 * Rules for two-factor sign-in with an authenticator app. Pure: the caller supplies time and
 * randomness; the codes themselves are checked by the otpauth library on the server.
 */

export const TOTP = { algorithm: "SHA1", digits: 6, period: 30, window: 1 } as const;
export const RECOVERY_CODE_COUNT = 10;
export const TRUSTED_DEVICE_DAYS = 30;
export const TRUSTED_DEVICE_MS = TRUSTED_DEVICE_DAYS * 24 * 60 * 60 * 1000;
/** A sign-in that passed the code or password must finish the second step within this time. */
export const SECOND_FACTOR_STEP_MS = 10 * 60 * 1000;

/**
 * Crockford's base 32: no i, l, o or u, so nothing is mistaken when read or typed by hand, and
 * 32 characters so that one random byte gives one unbiased character.
 */
const RECOVERY_ALPHABET = "0123456789abcdefghjkmnpqrstvwxyz";
const RECOVERY_GROUPS = 3;
const RECOVERY_GROUP_LENGTH = 4;

/** "JBSWY3DPEHPK3PXP" → "JBSW Y3DP EHPK 3PXP", for typing the key into an app by hand. */
export function groupInFours(secret: string): string {
  return (secret.match(/.{1,4}/g) ?? []).join(" ");
}

export const RECOVERY_CODE_BYTES = RECOVERY_GROUPS * RECOVERY_GROUP_LENGTH;

/** A recovery code such as "k7mp-2xqr-9hdw" (60 random bits), from one random byte per character. */
export function formatRecoveryCode(randomBytes: Uint8Array): string {
  const length = RECOVERY_CODE_BYTES;
  if (randomBytes.length < length) throw new Error(`formatRecoveryCode needs ${length} bytes`);
  const characters = Array.from(
    randomBytes.subarray(0, length),
    (byte) => RECOVERY_ALPHABET[byte % RECOVERY_ALPHABET.length]!,
  );
  const groups: string[] = [];
  for (let start = 0; start < length; start += RECOVERY_GROUP_LENGTH)
    groups.push(characters.slice(start, start + RECOVERY_GROUP_LENGTH).join(""));
  return groups.join("-");
}

/**
 * People copy codes with spaces, dashes and capitals, and read o as 0 or l as 1; only the
 * letters and digits count, read the way Crockford's alphabet reads them.
 */
export function normaliseRecoveryCode(input: string): string {
  return westernDigits(input)
    .toLowerCase()
    .replace(/[^a-z0-9]/g, "")
    .replace(/o/g, "0")
    .replace(/[il]/g, "1");
}

/** Digits typed on an Arabic or Persian keyboard count as the same digits. */
function westernDigits(input: string): string {
  return input
    .replace(/[٠-٩]/g, (d) => String(d.charCodeAt(0) - 0x660))
    .replace(/[۰-۹]/g, (d) => String(d.charCodeAt(0) - 0x6f0));
}

export type SecondFactorInput =
  { kind: "app"; code: string } | { kind: "recovery"; code: string } | { kind: "unreadable" };

/**
 * One field takes either the 6 digits from the app or a recovery code, so nobody has to find
 * a separate page when her phone is lost. The two differ by length.
 */
export function readSecondFactor(input: string): SecondFactorInput {
  const digits = westernDigits(input).replace(/[\s-]/g, "");
  if (new RegExp(`^\\d{${TOTP.digits}}$`).test(digits)) return { kind: "app", code: digits };
  const recovery = normaliseRecoveryCode(input);
  if (recovery.length === RECOVERY_CODE_BYTES) return { kind: "recovery", code: recovery };
  return { kind: "unreadable" };
}

export type TwoFactorDuty = {
  isPlatformAdmin: boolean;
  /** Funders she works for, or whose panels she chairs, that require two-factor sign-in. */
  requiredByFunders: number;
};

/**
 * Who must use two-factor sign-in: staff of a funder that requires it and the chairs of its
 * panels, and every platform administrator outside demo mode (decision 0036). In demo mode
 * the demo people share one-click sign-in, so no demo admin could pass a second step.
 */
export function mustUseTwoFactor(duty: TwoFactorDuty, demoMode: boolean): boolean {
  if (duty.isPlatformAdmin && !demoMode) return true;
  return duty.requiredByFunders > 0;
}
