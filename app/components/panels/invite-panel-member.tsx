import { Form } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { Field } from "~/components/shared/form-field";
import { panelRoles } from "~/domain/panels/membership";
import { localeNames, supportedLocales } from "~/domain/shared/locales";
import type { FieldErrors } from "~/domain/shared/validation";

/** Email, role (each explained in a sentence) and the language the invitation is written in. */
export function InvitePanelMember({
  values,
  errors,
}: {
  values: Record<string, string>;
  errors?: FieldErrors;
}) {
  const { t } = useTranslation("panels");
  const role = values.role ?? "MEMBER";
  const roleError = errors?.role;
  return (
    <Form method="post" className="stack" noValidate>
      <input type="hidden" name="intent" value="invite" />
      <Field name="email" label={t("members.email")} hint={t("members.emailHint")} errors={errors}>
        {(props) => (
          <input
            {...props}
            type="email"
            dir="ltr"
            autoComplete="off"
            defaultValue={values.email ?? ""}
          />
        )}
      </Field>
      <fieldset id="field-role" className={roleError ? "stack field--error" : "stack"}>
        <legend>{t("members.role")}</legend>
        {roleError ? <p className="field__error">{t(roleError.key)}</p> : null}
        {panelRoles.map((option) => (
          <div key={option} className="schemes-choice">
            <input
              type="radio"
              id={`field-role-${option}`}
              name="role"
              value={option}
              defaultChecked={role === option}
              aria-describedby={`field-role-${option}-hint`}
            />
            <label htmlFor={`field-role-${option}`}>{t(`common:roles.${option}`)}</label>
            <p id={`field-role-${option}-hint`} className="field__hint">
              {t(`members.roleHint.${option}`)}
            </p>
          </div>
        ))}
      </fieldset>
      <Field
        name="locale"
        label={t("members.locale")}
        hint={t("members.localeHint")}
        errors={errors}
      >
        {(props) => (
          <select {...props} defaultValue={values.locale ?? "en"}>
            {supportedLocales.map((locale) => (
              <option key={locale} value={locale} lang={locale}>
                {localeNames[locale]}
              </option>
            ))}
          </select>
        )}
      </Field>
      <p>
        <button type="submit" className="button">
          {t("members.send")}
        </button>
      </p>
    </Form>
  );
}
