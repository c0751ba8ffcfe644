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
 * address stop working, so only the newest email counts. Returns the code and its email, which
 * only the demo mailbox keeps (in the browser that asked) once the email is delivered.
 */
export async function issueSignInCode(
  rawEmail: string,
  locale: string,
): Promise<{ email: string; emailId: string; code: string }> {
  const email = normaliseEmail(rawEmail);
  const code = formatCode(randomInt(0, 1_000_000));
  const now = new Date();
  const existingUser = await db().user.findUnique({ where: { email }, select: { locale: true } });
  const emailId = await db().$transaction(async (tx) => {
    await tx.oneTimeCode.updateMany({ where: { email, usedAt: null }, data: { usedAt: now } });
    const row = await tx.oneTimeCode.create({
      data: {
        email,
        codeHash: hashCode(email, code),
        expiresAt: new Date(now.getTime() + CODE_TTL_MS),
      },
    });
    const queued = await enqueueEmail(tx, {
      to: email,
      locale: existingUser?.locale ?? locale,
      template: "sign-in-code",
      payload: { code },
      dedupeKey: `sign-in-code:${row.id}`,
    });
    return queued.id;
  });
  nudgeMailWorker();
  return { email, emailId, code };
}

export type CodeVerification =
  { ok: true; email: string } | { ok: false; reason: CodeCheck | "no-code"; attemptsLeft?: number };

/**
 * Checks a code. Every write is conditional on the code still being open (unused, unexpired,
 * fewer than MAX_ATTEMPTS tries), so guesses sent at the same moment cannot get past the
 * limit: each must win a try before it counts, and the right code too.
 */
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
  const now = new Date();
  const outcome = checkCode(latest, matches, now);
  if (outcome !== "valid" && outcome !== "wrong") return { ok: false, reason: outcome };

  const open = {
    id: latest.id,
    usedAt: null,
    attempts: { lt: MAX_ATTEMPTS },
    expiresAt: { gt: now },
  };
  const claimed = await db().oneTimeCode.updateMany({
    where: open,
    data: { attempts: { increment: 1 }, ...(matches ? { usedAt: now } : {}) },
  });
  if (claimed.count === 1 && matches) return { ok: true, email };
  const after = await db().oneTimeCode.findUniqueOrThrow({ where: { id: latest.id } });
  if (claimed.count === 0) {
    // Someone else's try (or the right code) got there first.
    const reason = checkCode(after, matches, now);
    return { ok: false, reason: reason === "valid" || reason === "wrong" ? "used" : reason };
  }
  const attemptsLeft = Math.max(0, MAX_ATTEMPTS - after.attempts);
  return attemptsLeft === 0
    ? { ok: false, reason: "too-many-attempts" }
    : { ok: false, reason: "wrong", attemptsLeft };
}
