import { verify } from "@node-rs/argon2";
import { codeFailureMessage, looksLikeCode, normaliseCode } from "~/domain/accounts/one-time-code";
import { formatMinutes, type Locale } from "~/domain/shared/locales";
import { fieldError, type FieldErrors } from "~/domain/shared/validation";
import type { SignedInUser } from "../access/permissions.server";
import { audit } from "../platform/audit.server";
import { hashPassword } from "../platform/auth.server";
import { db } from "../platform/db.server";
import { rememberRequestedCode } from "../platform/mailbox.server";
import { consume } from "../platform/rate-limit.server";
import { endOtherSessions } from "../platform/session.server";
import { issueSignInCode, verifySignInCode } from "../platform/sign-in-codes.server";

/**
 * Setting or removing a password changes how she can sign in, so a stolen session must not be
 * enough: she shows it is her with a fresh code emailed to her, or her current password, and
 * her other devices are signed out (decision 0037).
 */

export type Proof = { code: string; currentPassword: string };
/** The names of the form's fields, so an error sits by the one she typed into. */
export type ProofFields = Record<keyof Proof, string>;

type Outcome = { ok: true } | { ok: false; status: number; errors: FieldErrors };

async function limited(
  checks: Parameters<typeof consume>[0],
  field: string,
  key: string,
  locale: Locale,
): Promise<Outcome | null> {
  const limit = await consume(checks);
  if (limit.allowed) return null;
  const minutes = formatMinutes(Math.ceil(limit.retryAfterSeconds / 60), locale);
  return { ok: false, status: 429, errors: { [field]: fieldError(key, { minutes }) } };
}

/** Emails her a code that confirms a password change; in demo mode this browser may read it. */
export async function sendConfirmationCode(
  request: Request,
  user: SignedInUser,
  clientIp: string,
  locale: Locale,
): Promise<Outcome & { cookie?: string | null }> {
  const refused = await limited(
    [
      ["codeRequestPerIp", clientIp],
      ["codeRequestPerEmail", user.email],
    ],
    "sendCode",
    "signIn.errors.tooManyRequests",
    locale,
  );
  if (refused) return refused;
  const issued = await issueSignInCode(user.email, user.locale ?? locale);
  return { ok: true, cookie: await rememberRequestedCode(request, issued) };
}

/** Checks the code or current password she gave; errors name the field she typed into. */
async function confirmIdentity(
  user: SignedInUser,
  proof: Proof,
  fields: ProofFields,
  clientIp: string,
  locale: Locale,
): Promise<Outcome> {
  const code = normaliseCode(proof.code);
  if (code) {
    const refused = await limited(
      [
        ["codeCheckPerIp", clientIp],
        ["codeCheckPerEmail", user.email],
      ],
      fields.code,
      "verify.errors.rateLimited",
      locale,
    );
    if (refused) return refused;
    if (!looksLikeCode(code))
      return { ok: false, status: 400, errors: { [fields.code]: codeFailureMessage("format") } };
    const result = await verifySignInCode(user.email, code);
    if (result.ok) return { ok: true };
    return {
      ok: false,
      status: 400,
      errors: { [fields.code]: codeFailureMessage(result.reason, result.attemptsLeft) },
    };
  }
  if (proof.currentPassword) {
    const refused = await limited(
      [
        ["passwordPerIp", clientIp],
        ["passwordPerEmail", user.email],
      ],
      fields.currentPassword,
      "password.errors.rateLimited",
      locale,
    );
    if (refused) return refused;
    const { passwordHash } = await db().user.findUniqueOrThrow({
      where: { id: user.id },
      select: { passwordHash: true },
    });
    const ok = passwordHash
      ? await verify(passwordHash, proof.currentPassword).catch(() => false)
      : false;
    if (ok) return { ok: true };
    return {
      ok: false,
      status: 400,
      errors: { [fields.currentPassword]: fieldError("account.errors.currentPasswordWrong") },
    };
  }
  return {
    ok: false,
    status: 400,
    errors: { [fields.code]: fieldError("account.errors.proofMissing") },
  };
}

/**
 * Sets (newPassword) or removes (null) her password once she has shown it is her, and signs
 * her out everywhere but here.
 */
export async function changePassword(
  request: Request,
  user: SignedInUser,
  change: { newPassword: string | null; proof: Proof; fields: ProofFields },
  context: { clientIp: string; locale: Locale },
): Promise<Outcome> {
  const confirmed = await confirmIdentity(
    user,
    change.proof,
    change.fields,
    context.clientIp,
    context.locale,
  );
  if (!confirmed.ok) return confirmed;
  const passwordHash = change.newPassword ? await hashPassword(change.newPassword) : null;
  await db().$transaction(async (tx) => {
    await tx.user.update({ where: { id: user.id }, data: { passwordHash } });
    await audit(tx, {
      actorId: user.id,
      action: passwordHash ? "accounts.password-set" : "accounts.password-removed",
      entity: { type: "User", id: user.id },
    });
  });
  await endOtherSessions(request, user.id);
  return { ok: true };
}
