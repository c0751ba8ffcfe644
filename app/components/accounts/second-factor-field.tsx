import { useTranslation } from "react-i18next";
import { Field } from "~/components/shared/form-field";
import type { FieldErrors } from "~/domain/shared/validation";

/**
 * The one field that takes a code from the authenticator app or, when `recovery` is allowed,
 * a recovery code. Never filled in again after a mistake: a code is good for seconds only.
 */
export function SecondFactorField({
  errors,
  recovery = true,
}: {
  errors?: FieldErrors;
  recovery?: boolean;
}) {
  const { t } = useTranslation();
  return (
    <Field
      name="code"
      label={t("accounts:twoFactor.code")}
      hint={t(recovery ? "accounts:twoFactor.codeHint" : "accounts:twoFactor.appCodeHint")}
      errors={errors}
    >
      {(props) => (
        <input
          {...props}
          className="input--code"
          autoComplete="one-time-code"
          inputMode={recovery ? "text" : "numeric"}
          autoCapitalize="none"
          spellCheck={false}
          dir="ltr"
          maxLength={20}
        />
      )}
    </Field>
  );
}
