import { useTranslation } from "react-i18next";
import type { FieldErrors } from "~/domain/shared/validation";

type FieldProps = {
  name: string;
  label: string;
  hint?: string;
  errors?: FieldErrors;
  children: (props: {
    id: string;
    name: string;
    "aria-describedby"?: string;
    "aria-invalid"?: true;
  }) => React.ReactNode;
};

/** Label, hint and error for one input, wired together for screen readers. */
export function Field({ name, label, hint, errors, children }: FieldProps) {
  const { t } = useTranslation();
  const id = `field-${name}`;
  const error = errors?.[name];
  const describedBy = [hint ? `${id}-hint` : null, error ? `${id}-error` : null]
    .filter(Boolean)
    .join(" ");
  return (
    <div className={error ? "field field--error" : "field"}>
      <label htmlFor={id}>{label}</label>
      {hint ? (
        <p id={`${id}-hint`} className="field__hint">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={`${id}-error`} className="field__error">
          {t(error.key, error.values)}
        </p>
      ) : null}
      {children({
        id,
        name,
        "aria-describedby": describedBy || undefined,
        "aria-invalid": error ? true : undefined,
      })}
    </div>
  );
}

/** Lists every problem at the top of the form, each linking to its field. */
export function ErrorSummary({ errors }: { errors?: FieldErrors }) {
  const { t } = useTranslation();
  if (!errors || Object.keys(errors).length === 0) return null;
  return (
    <div className="error-summary" role="alert" tabIndex={-1}>
      <h2>{t("errors.errorSummary")}</h2>
      <ul>
        {Object.entries(errors).map(([field, error]) => (
          <li key={field}>
            <a href={`#field-${field}`}>{t(error.key, error.values)}</a>
          </li>
        ))}
      </ul>
    </div>
  );
}
