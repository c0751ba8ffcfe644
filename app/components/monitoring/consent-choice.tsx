import { useTranslation } from "react-i18next";
import type { ShareConsent } from "~/domain/outcomes/consent";
import { shareConsents } from "~/domain/monitoring/check-in-form";
import type { FieldErrors } from "~/domain/shared/validation";

/** How far something may be shared: funder only, the funder's reports, or public. */
export function ConsentChoice({
  name,
  legend,
  hint,
  value,
  errors,
}: {
  name: string;
  legend: string;
  hint?: string;
  value: ShareConsent | null;
  errors?: FieldErrors;
}) {
  const { t } = useTranslation("monitoring");
  const id = `field-${name}`;
  const error = errors?.[name];
  const describedBy = [hint ? `${id}-hint` : null, error ? `${id}-error` : null]
    .filter(Boolean)
    .join(" ");
  return (
    <fieldset
      className={error ? "field field--error" : "field"}
      aria-describedby={describedBy || undefined}
    >
      <legend>{legend}</legend>
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
      <div className="appform-options">
        {shareConsents.map((consent, index) => (
          <div key={consent} className="appform-option">
            <input
              type="radio"
              id={index === 0 ? id : `${id}-${consent}`}
              name={name}
              value={consent}
              defaultChecked={value === consent}
            />
            <label htmlFor={index === 0 ? id : `${id}-${consent}`}>{t(`consent.${consent}`)}</label>
          </div>
        ))}
      </div>
    </fieldset>
  );
}
