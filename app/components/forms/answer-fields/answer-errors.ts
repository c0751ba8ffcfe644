import type { AnswerError } from "~/domain/forms/answers-schema";
import { fieldName } from "~/domain/forms/answers-schema";
import { formatMoney } from "~/domain/shared/money";
import type { FieldErrors } from "~/domain/shared/validation";

/**
 * Answer errors carry amounts as `{ minor }` so the message can show them in the reader's
 * currency format. These helpers turn them into plain values for t().
 */

function isMoney(value: unknown): value is { minor: number } {
  return (
    typeof value === "object" &&
    value !== null &&
    typeof (value as { minor?: unknown }).minor === "number"
  );
}

export function answerErrorValues(
  error: AnswerError,
  options: { currency: string; locale: string },
) {
  if (!error.values) return undefined;
  return Object.fromEntries(
    Object.entries(error.values).map(([name, value]) => [
      name,
      isMoney(value) ? formatMoney(value.minor, options.currency, options.locale) : value,
    ]),
  );
}

/**
 * Answer errors (keyed by question id) as the FieldErrors the shared <ErrorSummary> lists,
 * keyed `q.<id>` so each link lands on its question's first control.
 */
export function answerErrorsAsFieldErrors(
  errors: Record<string, AnswerError> | undefined,
  options: { currency: string; locale: string },
): FieldErrors {
  return Object.fromEntries(
    Object.entries(errors ?? {}).map(([questionId, error]) => [
      fieldName(questionId),
      { key: error.key, values: answerErrorValues(error, options) },
    ]),
  );
}
