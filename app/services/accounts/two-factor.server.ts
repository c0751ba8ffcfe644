import { randomUUID } from "node:crypto";
import { Secret, TOTP as Totp } from "otpauth";
import QRCode from "qrcode";
import { TOTP, groupInFours, readSecondFactor } from "~/domain/accounts/two-factor";
import { audit } from "~/services/platform/audit.server";
import { db, type Tx } from "~/services/platform/db.server";
import { config } from "~/services/platform/env.server";
import { enqueueEmail } from "~/services/platform/outbox.server";
import { consume } from "~/services/platform/rate-limit.server";
import { open, seal } from "~/services/platform/secret-box.server";
import {
  recoveryCodesLeft,
  replaceRecoveryCodes,
  spendRecoveryCode,
} from "./recovery-codes.server";

/** Binds sealed authenticator keys to this one use (see secret-box.server.ts). */
const PURPOSE = "totp-secret";

function totpFor(email: string, base32: string) {
  return new Totp({
    issuer: "Withfund",
    label: email,
    algorithm: TOTP.algorithm,
    digits: TOTP.digits,
    period: TOTP.period,
    secret: Secret.fromBase32(base32),
  });
}

/**
 * Checks a code from the app against her key, and refuses a code that was already accepted:
 * someone who saw her type it cannot use it again while it is still on her screen. The
 * "already used" marks live with the rate limits, so they hold across app servers too.
 */
async function checkAppCode(
  userId: string,
  email: string,
  base32: string,
  code: string,
): Promise<"ok" | "wrong" | "reused"> {
  const totp = totpFor(email, base32);
  const delta = totp.validate({ token: code, window: TOTP.window });
  if (delta === null) return "wrong";
  const step = totp.counter() + delta;
  const fresh = await consume([["appCodeUsed", `${userId}:${step}`]]);
  return fresh.allowed ? "ok" : "reused";
}

export type TwoFactorSetup = { secret: string; groupedSecret: string; uri: string; qrSvg: string };

/**
 * The key she is setting up, made on her first visit and kept (sealed) until she confirms it
 * with a code, so reloading the page shows the same QR code she may already have scanned.
 * Null once two-factor sign-in is on.
 */
export async function setupInProgress(userId: string): Promise<TwoFactorSetup | null> {
  const user = await db().user.findUniqueOrThrow({ where: { id: userId } });
  if (user.totpEnabledAt) return null;
  let secret = user.totpSecret ? open(user.totpSecret, PURPOSE) : null;
  if (!secret) {
    secret = new Secret({ size: 20 }).base32;
    await db().user.updateMany({
      where: { id: userId, totpEnabledAt: null },
      data: { totpSecret: seal(secret, PURPOSE) },
    });
  }
  const uri = totpFor(user.email, secret).toString();
  const qrSvg = await QRCode.toString(uri, { type: "svg", margin: 2, errorCorrectionLevel: "M" });
  return { secret, groupedSecret: groupInFours(secret), uri, qrSvg };
}

export type SecondFactorCheck =
  | { ok: true; method: "app" }
  | { ok: true; method: "recovery"; recoveryCodesLeft: number }
  | { ok: false; reason: "unreadable" | "wrong" | "reused" | "not-on" }
  | { ok: false; reason: "rate-limited"; retryAfterSeconds: number };

/** Every check of her codes counts towards one limit per person, whichever page asks. */
async function limited(userId: string) {
  return consume([["secondFactorPerUser", userId]]);
}

/**
 * Switches two-factor sign-in on once she proves her app has the key, and returns her new
 * recovery codes: the only time anyone sees them.
 */
export async function confirmSetup(
  userId: string,
  input: string,
): Promise<{ ok: true; recoveryCodes: string[] } | Exclude<SecondFactorCheck, { ok: true }>> {
  const limit = await limited(userId);
  if (!limit.allowed)
    return { ok: false, reason: "rate-limited", retryAfterSeconds: limit.retryAfterSeconds };
  const user = await db().user.findUniqueOrThrow({ where: { id: userId } });
  const secret = user.totpSecret && !user.totpEnabledAt ? open(user.totpSecret, PURPOSE) : null;
  if (!secret) return { ok: false, reason: "not-on" };
  const read = readSecondFactor(input);
  if (read.kind !== "app") return { ok: false, reason: "unreadable" };
  const result = await checkAppCode(userId, user.email, secret, read.code);
  if (result !== "ok") return { ok: false, reason: result };
  const recoveryCodes = await db().$transaction(async (tx) => {
    const switched = await tx.user.updateMany({
      where: { id: userId, totpEnabledAt: null, totpSecret: user.totpSecret },
      data: { totpEnabledAt: new Date() },
    });
    if (switched.count !== 1) return null;
    await audit(tx, {
      actorId: userId,
      action: "accounts.two-factor-enabled",
      entity: { type: "User", id: userId },
    });
    return replaceRecoveryCodes(tx, userId);
  });
  return recoveryCodes ? { ok: true, recoveryCodes } : { ok: false, reason: "not-on" };
}

/**
 * The second step of signing in, and the check before she changes her two-factor settings:
 * a code from her app, or one of her recovery codes (spent on use, and she is emailed).
 */
export async function checkSecondFactor(userId: string, input: string): Promise<SecondFactorCheck> {
  const limit = await limited(userId);
  if (!limit.allowed)
    return { ok: false, reason: "rate-limited", retryAfterSeconds: limit.retryAfterSeconds };
  const user = await db().user.findUniqueOrThrow({ where: { id: userId } });
  const secret = user.totpSecret && user.totpEnabledAt ? open(user.totpSecret, PURPOSE) : null;
  if (!secret) return { ok: false, reason: "not-on" };
  const read = readSecondFactor(input);
  if (read.kind === "unreadable") return { ok: false, reason: "unreadable" };
  if (read.kind === "app") {
    const result = await checkAppCode(userId, user.email, secret, read.code);
    return result === "ok" ? { ok: true, method: "app" } : { ok: false, reason: result };
  }
  const left = await db().$transaction(async (tx) => {
    const spent = await spendRecoveryCode(tx, userId, read.code);
    if (!spent) return null;
    const remaining = await recoveryCodesLeft(userId, tx);
    await audit(tx, {
      actorId: userId,
      action: "accounts.recovery-code-used",
      entity: { type: "User", id: userId },
      detail: { recoveryCodesLeft: remaining },
    });
    await enqueueEmail(tx, {
      to: user.email,
      locale: user.locale,
      template: "recovery-code-used",
      payload: { recoveryCodesLeft: remaining, link: `${config().appUrl}/account/two-factor` },
      dedupeKey: `recovery-code-used:${spent}`,
    });
    return remaining;
  });
  return left === null
    ? { ok: false, reason: "wrong" }
    : { ok: true, method: "recovery", recoveryCodesLeft: left };
}

/** New recovery codes in place of the old ones, after she has proved it is her. */
export async function renewRecoveryCodes(userId: string): Promise<string[]> {
  return db().$transaction(async (tx) => {
    await audit(tx, {
      actorId: userId,
      action: "accounts.recovery-codes-renewed",
      entity: { type: "User", id: userId },
    });
    return replaceRecoveryCodes(tx, userId);
  });
}

/**
 * Switches two-factor sign-in off, after she has proved it is her: the key, the recovery codes
 * and the remembered devices go, and she is emailed in case it was not her.
 */
export async function switchOffTwoFactor(userId: string) {
  await db().$transaction((tx) => clearTwoFactor(tx, userId, userId));
}

/**
 * Removes her key, recovery codes and remembered devices and emails her. `actorId` is null when
 * an operator cleared it for someone who lost both her phone and her recovery codes
 * (`npm run admin:reset-two-factor`).
 */
export async function clearTwoFactor(tx: Tx, userId: string, actorId: string | null) {
  const user = await tx.user.update({
    where: { id: userId },
    data: { totpSecret: null, totpEnabledAt: null },
  });
  await tx.recoveryCode.deleteMany({ where: { userId } });
  await tx.trustedDevice.deleteMany({ where: { userId } });
  await audit(tx, {
    actorId,
    action: "accounts.two-factor-disabled",
    entity: { type: "User", id: userId },
    ...(actorId === null ? { detail: { byOperator: true } } : {}),
  });
  await enqueueEmail(tx, {
    to: user.email,
    locale: user.locale,
    template: "two-factor-disabled",
    payload: { link: `${config().appUrl}/account/two-factor` },
    dedupeKey: `two-factor-disabled:${userId}:${randomUUID()}`,
  });
}

export async function twoFactorStatus(userId: string) {
  const user = await db().user.findUniqueOrThrow({
    where: { id: userId },
    select: { totpEnabledAt: true },
  });
  return {
    enabledAt: user.totpEnabledAt?.toISOString() ?? null,
    recoveryCodesLeft: user.totpEnabledAt ? await recoveryCodesLeft(userId) : 0,
  };
}
