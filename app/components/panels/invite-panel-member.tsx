import { Form } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { Field } from "~/components/shared/form-field";
import { ChoiceFieldset } from "./choice-fieldset";
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
      <ChoiceFieldset
        name="role"
        legend={t("members.role")}
        choices={panelRoles.map((option) => ({
          value: option,
          label: t(`common:roles.${option}`),
          hint: t(`members.roleHint.${option}`),
        }))}
        value={values.role ?? "MEMBER"}
        errors={errors}
      />
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
