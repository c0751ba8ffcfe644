import { createHash, randomBytes } from "node:crypto";
import {
  RECOVERY_CODE_BYTES,
  RECOVERY_CODE_COUNT,
  formatRecoveryCode,
  normaliseRecoveryCode,
} from "~/domain/accounts/two-factor";
import type { Tx } from "~/services/platform/db.server";
import { db } from "~/services/platform/db.server";

/**
 * Only a hash is kept. A code carries 60 random bits, so a plain hash (salted with the
 * person's id) is enough, and it keeps working when the session secret is rotated.
 */
function hashRecoveryCode(userId: string, code: string) {
  return createHash("sha256")
    .update(`${userId}:${normaliseRecoveryCode(code)}`)
    .digest("hex");
}

/** Replaces all her recovery codes with new ones and returns them: the only time they are seen. */
export async function replaceRecoveryCodes(tx: Tx, userId: string): Promise<string[]> {
  const codes = Array.from({ length: RECOVERY_CODE_COUNT }, () =>
    formatRecoveryCode(randomBytes(RECOVERY_CODE_BYTES)),
  );
  await tx.recoveryCode.deleteMany({ where: { userId } });
  await tx.recoveryCode.createMany({
    data: codes.map((code) => ({ userId, codeHash: hashRecoveryCode(userId, code) })),
  });
  return codes;
}

/**
 * Spends one recovery code. The update only matches an unused code, so two requests racing
 * with the same code cannot both succeed. Returns the spent code's id, or null.
 */
export async function spendRecoveryCode(tx: Tx, userId: string, code: string) {
  const codeHash = hashRecoveryCode(userId, code);
  const found = await tx.recoveryCode.findFirst({
    where: { userId, codeHash, usedAt: null },
    select: { id: true },
  });
  if (!found) return null;
  const spent = await tx.recoveryCode.updateMany({
    where: { id: found.id, usedAt: null },
    data: { usedAt: new Date() },
  });
  return spent.count === 1 ? found.id : null;
}

export function recoveryCodesLeft(userId: string, tx: Tx = db()) {
  return tx.recoveryCode.count({ where: { userId, usedAt: null } });
}
