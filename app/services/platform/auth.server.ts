import { hash, verify } from "@node-rs/argon2";
import { Authenticator } from "remix-auth";
import { Strategy } from "remix-auth/strategy";
import { looksLikeCode, normaliseCode } from "~/domain/accounts/one-time-code";
import { db } from "./db.server";
import { normaliseEmail, verifySignInCode, type CodeVerification } from "./sign-in-codes.server";

/** Why a sign-in attempt failed; routes turn it into a translated message. */
export class SignInFailure extends Error {
  constructor(
    readonly reason: string,
    readonly attemptsLeft?: number,
  ) {
    super(reason);
  }
}

type CodeInput = { email: string; code: string; locale: string };
type PasswordInput = { email: string; password: string };

/** Reads email + code from the submitted form and hands them to its verify function. */
class OneTimeCodeStrategy extends Strategy<string, CodeInput> {
  name = "one-time-code";
  async authenticate(request: Request): Promise<string> {
    const form = await request.formData();
    const email = String(form.get("email") ?? "");
    const code = normaliseCode(String(form.get("code") ?? ""));
    const locale = String(form.get("locale") ?? "en");
    if (!looksLikeCode(code)) throw new SignInFailure("format");
    return this.verify({ email, code, locale });
  }
}

class PasswordStrategy extends Strategy<string, PasswordInput> {
  name = "password";
  async authenticate(request: Request): Promise<string> {
    const form = await request.formData();
    const email = String(form.get("email") ?? "");
    const password = String(form.get("password") ?? "");
    if (!password) throw new SignInFailure("required");
    return this.verify({ email, password });
  }
}

/**
 * Signing in with a code proves the person owns the address, so a first sign-in creates the
 * account: there is no separate registration step to get lost in.
 */
async function userIdForVerifiedEmail(email: string, locale: string): Promise<string> {
  const user = await db().user.upsert({
    where: { email },
    update: {},
    create: { email, locale },
  });
  return user.id;
}

export const authenticator = new Authenticator<string>();

authenticator.use(
  new OneTimeCodeStrategy(async ({ email, code, locale }) => {
    const result: CodeVerification = await verifySignInCode(email, code);
    if (!result.ok) throw new SignInFailure(result.reason, result.attemptsLeft);
    return userIdForVerifiedEmail(result.email, locale);
  }),
);

authenticator.use(
  new PasswordStrategy(async ({ email, password }) => {
    const user = await db().user.findUnique({ where: { email: normaliseEmail(email) } });
    // Verify against a dummy hash when there is no such user, so timing does not reveal
    // which addresses have accounts.
    const ok = await verify(user?.passwordHash ?? DUMMY_HASH, password).catch(() => false);
    if (!user?.passwordHash || !ok) throw new SignInFailure("invalid");
    return user.id;
  }),
);

const DUMMY_HASH =
  "$argon2id$v=19$m=19456,t=2,p=1$c29tZXNhbHRzb21lc2FsdA$3Ql4g1CgyN6D5PMdUZVAmKQk4YD0wIkrXsZ6gwX0xCE";

export function hashPassword(password: string) {
  return hash(password, { memoryCost: 19456, timeCost: 2, parallelism: 1 });
}
