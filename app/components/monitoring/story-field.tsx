import { Field } from "~/components/shared/form-field";
import { maxLength, type TextField } from "~/domain/monitoring/check-in-form";
import type { FieldErrors } from "~/domain/shared/validation";

/**
 * One written answer of a check-in or a logged conversation. The browser lets twice the limit
 * through, so a long answer is kept and the page says how much to cut instead of losing it.
 */
export function StoryField({
  field,
  label,
  hint,
  rows,
  value,
  errors,
}: {
  field: TextField;
  label: string;
  hint?: string;
  rows: number;
  value: string | undefined;
  errors: FieldErrors;
}) {
  return (
    <Field name={field} label={label} hint={hint} errors={errors}>
      {(control) => (
        <textarea
          {...control}
          rows={rows}
          dir="auto"
          maxLength={maxLength[field] * 2}
          defaultValue={value ?? ""}
        />
      )}
    </Field>
  );
}
