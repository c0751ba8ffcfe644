import type { FieldErrors } from "~/domain/shared/validation";

/**
 * A scheme's grant conditions as staff write them: one text per language the scheme offers.
 * The scheme's source language must be written; the others may wait (readers then get the
 * source text, marked with its language).
 */
export const maxConditionsLength = 20_000;

export function readConditions(
  values: Record<string, string>,
  locales: readonly string[],
  sourceLocale: string,
): { ok: true; text: Record<string, string> } | { ok: false; errors: FieldErrors } {
  const errors: FieldErrors = {};
  const text: Record<string, string> = {};
  for (const locale of locales) {
    const value = (values[`text-${locale}`] ?? "").replace(/\r\n/g, "\n").trim();
    if (value.length > maxConditionsLength)
      errors[`text-${locale}`] = {
        key: "grants:errors.conditionsTooLong",
        values: { max: maxConditionsLength },
      };
    else if (value) text[locale] = value;
  }
  if (!text[sourceLocale] && !errors[`text-${sourceLocale}`])
    errors[`text-${sourceLocale}`] = { key: "grants:errors.conditionsRequired" };
  return Object.keys(errors).length > 0 ? { ok: false, errors } : { ok: true, text };
}

/** Whether a save changes anything: an identical text is not a new version. */
export function sameConditions(a: unknown, b: Record<string, string>) {
  const before = (a && typeof a === "object" ? a : {}) as Record<string, unknown>;
  const keys = new Set([...Object.keys(before), ...Object.keys(b)]);
  return [...keys].every((key) => before[key] === b[key]);
}
