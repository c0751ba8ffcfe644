import type { ChangeInput } from "~/domain/grants/change-preview";
import { grantIntents, refusalError, type GrantIntent } from "~/domain/grants/grant-forms";
import { refusalMessage } from "~/domain/schemes/ledger-form";
import { formatDate } from "~/domain/shared/dates";
import { formatMoney } from "~/domain/shared/money";
import type { FieldErrors } from "~/domain/shared/validation";
import { forbidden } from "~/services/access/permissions.server";
import type { GrantForPage } from "./grant-access.server";
import { applyGrantChange, grantChanges } from "./grant-changes.server";
import { previewGrantChange } from "./grant-preview.server";

/**
 * A staff change posted from the grant page: read the form, show what it will do ("check your
 * answers"), and record it once confirmed. Every answer keeps what was typed.
 */

type Message = { key: string; values?: Record<string, unknown> };
export type GrantActionAnswer = {
  intent: GrantIntent | null;
  values: Record<string, string>;
  errors: FieldErrors;
  check?: Message[];
};

export async function grantStaffAction(
  access: GrantForPage,
  form: FormData,
  locale: string,
): Promise<{ done: GrantIntent } | { answer: GrantActionAnswer; status: number }> {
  const { grant, user } = access;
  const values: Record<string, string> = {};
  for (const [name, value] of form.entries()) if (typeof value === "string") values[name] = value;
  const intent = grantIntents.find((candidate) => candidate === values.intent) ?? null;
  const fail = (errors: FieldErrors, status = 400) => ({
    answer: { intent, values, errors },
    status,
  });
  if (!intent) return fail({ intent: { key: "grants:errors.intent" } });
  const { currency, timeZone } = grant.application.pot.round.scheme;
  const money = (minor: number) => formatMoney(minor, currency, locale);
  const date = (day: Date) => formatDate(day, locale, timeZone);
  const revision = Number.parseInt(values.revision ?? "", 10);

  const read = await grantChanges[intent].read(values, { id: grant.id, currency });
  if (!read.ok) return fail(read.errors);

  if (values.confirm !== "yes") {
    // The reason goes with the input; the check step does not read it.
    const input = { ...read.data, intent } as ChangeInput;
    const preview = await previewGrantChange(grant.id, input, { money, date });
    if (!preview) throw forbidden();
    if (!preview.ok) return fail(refusalError(intent, preview.refusal, money), 409);
    return { answer: { intent, values, errors: {}, check: preview.messages }, status: 200 };
  }

  const result = await applyGrantChange(user, intent, {
    grantId: grant.id,
    revision,
    ...read.data,
  });
  if (result.ok) return { done: intent };
  if (result.reason === "forbidden") throw forbidden();
  if (result.reason === "refused") return fail(refusalError(intent, result.refusal, money), 409);
  if (result.reason === "ledger") {
    const [field] = Object.keys(refusalError(intent, { reason: "closed" }, money));
    return fail({ [field!]: refusalMessage(result.refusal, money) }, 409);
  }
  return fail({ intent: { key: "grants:errors.conflict" } }, 409);
}
