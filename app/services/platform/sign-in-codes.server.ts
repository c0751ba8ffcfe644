import { createHmac, randomInt, timingSafeEqual } from "node:crypto";
import {
  CODE_TTL_MS,
  MAX_ATTEMPTS,
  checkCode,
  formatCode,
  type CodeCheck,
} from "~/domain/accounts/one-time-code";
import { db } from "./db.server";
import { config } from "./env.server";
import { nudgeMailWorker } from "./mail-worker.server";
import { enqueueEmail } from "./outbox.server";

export function normaliseEmail(email: string) {
  return email.trim().toLowerCase();
}

/** Codes are stored as an HMAC, so a copy of the database does not reveal live codes. */
function hashCode(email: string, code: string) {
  return createHmac("sha256", config().sessionSecrets[0]!).update(`${email}:${code}`).digest("hex");
}

/**
 * Issues a fresh code and emails it in the given language. Older unused codes for the same
 * address stop working, so only the newest email counts.
 */
export async function issueSignInCode(rawEmail: string, locale: string) {
  const email = normaliseEmail(rawEmail);
  const code = formatCode(randomInt(0, 1_000_000));
  const now = new Date();
  const existingUser = await db().user.findUnique({ where: { email }, select: { locale: true } });
  await db().$transaction(async (tx) => {
    await tx.oneTimeCode.updateMany({ where: { email, usedAt: null }, data: { usedAt: now } });
    const row = await tx.oneTimeCode.create({
      data: {
        email,
        codeHash: hashCode(email, code),
        expiresAt: new Date(now.getTime() + CODE_TTL_MS),
      },
    });
    await enqueueEmail(tx, {
      to: email,
      locale: existingUser?.locale ?? locale,
      template: "sign-in-code",
      payload: { code },
      dedupeKey: `sign-in-code:${row.id}`,
    });
  });
  nudgeMailWorker();
}

export type CodeVerification =
  { ok: true; email: string } | { ok: false; reason: CodeCheck | "no-code"; attemptsLeft?: number };

export async function verifySignInCode(rawEmail: string, code: string): Promise<CodeVerification> {
  const email = normaliseEmail(rawEmail);
  const latest = await db().oneTimeCode.findFirst({
    where: { email },
    orderBy: { createdAt: "desc" },
  });
  if (!latest) return { ok: false, reason: "no-code" };
  const expected = Buffer.from(latest.codeHash, "hex");
  const given = Buffer.from(hashCode(email, code), "hex");
  const matches = expected.length === given.length && timingSafeEqual(expected, given);
  const outcome = checkCode(latest, matches, new Date());
  if (outcome === "valid") {
    // Conditional update: of two simultaneous correct submissions, only one wins.
    const claimed = await db().oneTimeCode.updateMany({
      where: { id: latest.id, usedAt: null },
      data: { usedAt: new Date(), attempts: { increment: 1 } },
    });
    return claimed.count === 1 ? { ok: true, email } : { ok: false, reason: "used" };
  }
  if (outcome === "wrong") {
    const updated = await db().oneTimeCode.update({
      where: { id: latest.id },
      data: { attempts: { increment: 1 } },
    });
    const attemptsLeft = Math.max(0, MAX_ATTEMPTS - updated.attempts);
    return attemptsLeft === 0
      ? { ok: false, reason: "too-many-attempts" }
      : { ok: false, reason: "wrong", attemptsLeft };
  }
  return { ok: false, reason: outcome };
}
