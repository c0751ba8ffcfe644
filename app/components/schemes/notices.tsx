import { useTranslation } from "react-i18next";
import type { FieldErrors } from "~/domain/shared/validation";

/** Says why the money rules cannot change any more; errors about them are shown here too. */
export function MoneyRulesLocked({ errors }: { errors?: FieldErrors }) {
  const { t } = useTranslation("schemes");
  const error = errors?.moneyRules;
  return (
    <div id="field-moneyRules" className="schemes-locked" tabIndex={-1}>
      <p className="schemes-locked__title">{t("locked.title")}</p>
      <p>{t("locked.why")}</p>
      <p>{t("locked.stillPossible")}</p>
      {error ? <p className="field__error">{t(error.key, error.values)}</p> : null}
    </div>
  );
}

/** Shown after a redirect, e.g. ?saved=pot, so the person knows her change was kept. */
export function SavedNotice({ saved }: { saved: string | null }) {
  const { t } = useTranslation("schemes");
  if (!saved) return null;
  return (
    <p role="status" className="notice">
      {t(`saved.${saved}`, { defaultValue: t("saved.default") })}
    </p>
  );
}

/** Warnings are allowed through but the funder should read them. */
export function Warnings({
  warnings,
}: {
  warnings?: { key: string; values?: Record<string, unknown> }[];
}) {
  const { t } = useTranslation("schemes");
  if (!warnings || warnings.length === 0) return null;
  return (
    <div className="schemes-warning" role="note">
      <p className="schemes-warning__title">{t("warnings.title")}</p>
      <ul>
        {warnings.map((warning) => (
          <li key={warning.key}>{t(warning.key, warning.values)}</li>
        ))}
      </ul>
    </div>
  );
}
