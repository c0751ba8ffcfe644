import { z } from "zod";
import { audit } from "~/services/platform/audit.server";
import { clearTwoFactor } from "~/services/accounts/two-factor.server";
import type { Db } from "~/services/platform/db.server";

/**
 * The first platform administrator of a fresh install (`npm run admin:create`), so that a
 * production database needs neither the demo data nor hand editing. Running it again is
 * harmless: an existing person is promoted, an administrator stays one.
 */

export type CreatedAdmin =
  | { ok: true; outcome: "created" | "promoted" | "already"; email: string }
  | { ok: false; reason: "email-invalid" };

const emailSchema = z.string().trim().toLowerCase().max(254).email();

export async function createPlatformAdmin(
  db: Db,
  input: { email: string; name?: string | null },
): Promise<CreatedAdmin> {
  const parsed = emailSchema.safeParse(input.email);
  if (!parsed.success) return { ok: false, reason: "email-invalid" };
  // Stored as sign-in stores it (trimmed, lower case), so she signs in as this very account.
  const email = parsed.data;
  const name = input.name?.trim() || null;
  return db.$transaction(async (tx) => {
    const existing = await tx.user.findUnique({ where: { email } });
    if (existing?.isPlatformAdmin) return { ok: true, outcome: "already", email };
    const user = existing
      ? await tx.user.update({
          where: { id: existing.id },
          data: { isPlatformAdmin: true, ...(name && !existing.name ? { name } : {}) },
        })
      : await tx.user.create({ data: { email, name, isPlatformAdmin: true } });
    await audit(tx, {
      actorId: null,
      action: "admin.platform-admin-created",
      entity: { type: "User", id: user.id },
      detail: { promoted: Boolean(existing) },
    });
    return { ok: true, outcome: existing ? "promoted" : "created", email };
  });
}

/** The one sentence the command prints. */
export function describeCreatedAdmin(result: CreatedAdmin): string {
  if (!result.ok)
    return 'That is not an email address. Use: npm run admin:create -- --email name@example.org [--name "Full name"]';
  switch (result.outcome) {
    case "created":
      return `Created ${result.email} as a platform administrator: sign in with this address at the app's sign-in page.`;
    case "promoted":
      return `${result.email} already had an account and is now a platform administrator.`;
    case "already":
      return `${result.email} is already a platform administrator; nothing changed.`;
  }
}

export type TwoFactorReset =
  | { ok: true; outcome: "reset" | "not-set-up"; email: string }
  | { ok: false; reason: "email-invalid" | "unknown" };

/**
 * Clears the two-factor sign-in of someone who lost both her phone and her recovery codes
 * (`npm run admin:reset-two-factor`), after the operator has checked who she is. She is emailed,
 * and sets it up again at her next sign-in where it is required.
 */
export async function resetTwoFactor(db: Db, input: { email: string }): Promise<TwoFactorReset> {
  const parsed = emailSchema.safeParse(input.email);
  if (!parsed.success) return { ok: false, reason: "email-invalid" };
  const email = parsed.data;
  const user = await db.user.findUnique({
    where: { email },
    select: { id: true, totpEnabledAt: true, totpSecret: true },
  });
  if (!user) return { ok: false, reason: "unknown" };
  if (!user.totpEnabledAt && !user.totpSecret) return { ok: true, outcome: "not-set-up", email };
  await db.$transaction((tx) => clearTwoFactor(tx, user.id, null));
  return { ok: true, outcome: "reset", email };
}

/** The one sentence the reset command prints. */
export function describeTwoFactorReset(result: TwoFactorReset): string {
  if (!result.ok)
    return result.reason === "unknown"
      ? "Nobody has an account with that address; nothing changed."
      : "That is not an email address. Use: npm run admin:reset-two-factor -- --email name@example.org";
  return result.outcome === "reset"
    ? `Two-factor sign-in of ${result.email} is cleared and she has been emailed; she sets it up again when she next signs in.`
    : `${result.email} has no two-factor sign-in; nothing changed.`;
}
