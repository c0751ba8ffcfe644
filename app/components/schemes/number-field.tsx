import { Field } from "~/components/shared/form-field";
import type { FieldErrors } from "~/domain/shared/validation";

type NumberFieldProps = {
  name: string;
  label: string;
  hint?: string;
  errors?: FieldErrors;
  values: Record<string, string>;
  /** For percentages and years: a narrow box. */
  short?: boolean;
  /** Whole numbers only: the phone shows digits without a decimal separator. */
  whole?: boolean;
  readOnly?: boolean;
  required?: boolean;
};

/**
 * An amount or percentage typed as text: the phone shows a number pad, digits stay
 * left-to-right in Arabic and Persian pages, and what was typed comes back after an error.
 */
export function NumberField({
  name,
  label,
  hint,
  errors,
  values,
  short,
  whole,
  readOnly,
  required,
}: NumberFieldProps) {
  return (
    <Field name={name} label={label} hint={hint} errors={errors}>
      {(props) => (
        <input
          {...props}
          inputMode={whole ? "numeric" : "decimal"}
          dir="ltr"
          className={short ? "schemes-short" : undefined}
          readOnly={readOnly}
          required={required}
          defaultValue={values[name] ?? ""}
        />
      )}
    </Field>
  );
}
