import type { z } from "zod";

/** Field name → translation key (plus interpolation values) of its first problem. */
export type FieldErrors = Record<string, { key: string; values?: Record<string, unknown> }>;

export type FormResult<T> =
  { ok: true; data: T } | { ok: false; errors: FieldErrors; values: Record<string, string> };

/**
 * The one way input is validated: a zod schema whose messages are translation keys. On
 * failure the submitted values come back too, so the form can be shown again with nothing
 * lost.
 */
export function parseForm<Schema extends z.ZodTypeAny>(
  schema: Schema,
  form: FormData,
): FormResult<z.infer<Schema>> {
  const values: Record<string, string> = {};
  for (const [name, value] of form.entries()) {
    if (typeof value === "string" && !/password/i.test(name)) values[name] = value;
  }
  const parsed = schema.safeParse(Object.fromEntries(form.entries()));
  if (parsed.success) return { ok: true, data: parsed.data };
  const errors: FieldErrors = {};
  for (const issue of parsed.error.issues) {
    const field = String(issue.path[0] ?? "form");
    errors[field] ??= { key: issue.message };
  }
  return { ok: false, errors, values };
}

export function fieldError(key: string, values?: Record<string, unknown>) {
  return { key, values };
}
