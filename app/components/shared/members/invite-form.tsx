import { Form } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { Field } from "~/components/shared/form-field";
import { LocaleOptions } from "~/components/shared/locale-options";
import { isolate } from "~/domain/shared/bidi";
import type { FieldErrors } from "~/domain/shared/validation";
import { HiddenFields, RoleOptions, type MembersPageKind } from "./form-parts";

// Texts come from the page's feature: @namespaces organisations teams
/**
 * Invites someone by email, in the language she reads. When the address already has a link
 * waiting, it offers to send that link again instead.
 */
export function InviteForm({
  kind,
  values,
  errors,
  resendInvitationId,
  version,
  defaultLocale,
}: {
  kind: MembersPageKind;
  /** What was typed, after a refused invitation. */
  values?: Record<string, string>;
  errors?: FieldErrors;
  resendInvitationId?: string;
  /** Changes with every answer, so the form is drawn afresh. */
  version: number;
  defaultLocale: string;
}) {
  const { t } = useTranslation(kind.namespace);
  return (
    <section className="stack narrow" aria-labelledby="invite-title">
      <h2 id="invite-title">{t("members.inviteTitle")}</h2>
      <p>{t("members.inviteIntro")}</p>
      {resendInvitationId ? (
        <Form method="post" className="notice stack">
          <HiddenFields fields={{ intent: "resend", invitationId: resendInvitationId }} />
          <p>{t("members.resendOffer", { email: isolate(values?.email ?? "") })}</p>
          <button type="submit" className="button">
            {t("members.resend")}
          </button>
        </Form>
      ) : null}
      <Form method="post" className="stack" noValidate key={`invite-${version}`}>
        <input type="hidden" name="intent" value="invite" />
        <Field
          name="email"
          label={t("members.email")}
          hint={t("members.emailHint")}
          errors={errors}
        >
          {(props) => (
            <input
              {...props}
              type="email"
              inputMode="email"
              autoComplete="off"
              dir="ltr"
              required
              defaultValue={values?.email}
            />
          )}
        </Field>
        <Field name="role" label={t("members.role")} hint={t("members.roleHint")} errors={errors}>
          {(props) => (
            <select {...props} defaultValue={values?.role ?? kind.roles.at(-1)}>
              <RoleOptions roles={kind.roles} />
            </select>
          )}
        </Field>
        <Field
          name="locale"
          label={t("members.language")}
          hint={t("members.languageHint")}
          errors={errors}
        >
          {(props) => (
            <select {...props} defaultValue={values?.locale ?? defaultLocale}>
              <LocaleOptions />
            </select>
          )}
        </Field>
        <button type="submit" className="button">
          {t("members.sendInvitation")}
        </button>
      </Form>
    </section>
  );
}
