import { redirect } from "@remix-run/node";
import { z } from "zod";
import { formatMinutes } from "~/domain/shared/locales";
import { fieldError, parseForm, type FieldErrors } from "~/domain/shared/validation";
import { localeOf } from "~/services/platform/i18n.server";
import type { SecondFactorCheck } from "./two-factor.server";

const codeField = z.object({ code: z.string().max(100).default("") });

/** What she typed in the code field of a two-factor page ("" when nothing usable came). */
export async function submittedCode(request: Request): Promise<string> {
  const parsed = parseForm(codeField, await request.formData());
  return parsed.ok ? parsed.data.code : "";
}

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

/**
 * How a settings page answers a refused code: the error and its status, or, when two-factor
 * sign-in is not (or no longer) on, back to its page, which says so.
 */
export async function refusedCode(
  request: Request,
  failure: Exclude<SecondFactorCheck, { ok: true }>,
): Promise<{ errors: FieldErrors; status: number }> {
  if (failure.reason === "not-on") throw redirect("/account/two-factor");
  return {
    errors: secondFactorErrors(failure, await localeOf(request)),
    status: failure.reason === "rate-limited" ? 429 : 400,
  };
}
