import { formatMinutes } from "~/domain/shared/locales";
import { fieldError, type FieldErrors } from "~/domain/shared/validation";
import type { SecondFactorCheck } from "./two-factor.server";

/** A refused code as the message beside the code field, in the reader's language. */
export function secondFactorErrors(
  failure: Exclude<SecondFactorCheck, { ok: true }>,
  locale: string,
): FieldErrors {
  if (failure.reason === "rate-limited") {
    const minutes = formatMinutes(Math.ceil(failure.retryAfterSeconds / 60), locale);
    return { code: fieldError("accounts:twoFactor.errors.rateLimited", { minutes }) };
  }
  const key = {
    unreadable: "accounts:twoFactor.errors.unreadable",
    wrong: "accounts:twoFactor.errors.wrong",
    reused: "accounts:twoFactor.errors.reused",
    "not-on": "accounts:twoFactor.errors.notOn",
  }[failure.reason];
  return { code: fieldError(key) };
}
