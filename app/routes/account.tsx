import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { z } from "zod";
import { ErrorSummary, Field } from "~/components/shared/form-field";
import { supportedLocales } from "~/domain/shared/locales";
import { LocaleOptions } from "~/components/shared/locale-options";
import { isolate } from "~/domain/shared/bidi";
import { AccountData } from "~/components/privacy/account-data";
import { parseForm, type FieldErrors } from "~/domain/shared/validation";
import { changePassword, sendConfirmationCode } from "~/services/accounts/password.server";
import { audit } from "~/services/platform/audit.server";
import { db } from "~/services/platform/db.server";
import { localeCookie, localeOf } from "~/services/platform/i18n.server";
import { requireUser } from "~/services/access/permissions.server";
import { endAllSessions } from "~/services/platform/session.server";

const detailsSchema = z.object({
  intent: z.literal("details"),
  name: z.string().trim().max(100, "account.errors.nameTooLong"),
  locale: z.enum(supportedLocales, { message: "account.errors.languageInvalid" }),
});

const passwordSchema = z
  .object({
    intent: z.literal("password"),
    newPassword: z
      .string()
      .min(10, "account.errors.passwordTooShort")
      .max(200, "account.errors.passwordTooLong"),
    confirmPassword: z.string(),
  })
  .refine((form) => form.newPassword === form.confirmPassword, {
    message: "account.errors.passwordMismatch",
    path: ["confirmPassword"],
  });

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const [record, sessions] = await Promise.all([
    db().user.findUniqueOrThrow({
      where: { id: user.id },
      select: { passwordHash: true, totpEnabledAt: true },
    }),
    db().session.count({
      where: { userId: user.id, expiresAt: { gt: new Date() }, awaitingSecondFactor: false },
    }),
  ]);
  const saved = new URL(request.url).searchParams.get("saved") === "details";
  return {
    name: user.name ?? "",
    locale: user.locale ?? "en",
    email: user.email,
    hasPassword: Boolean(record.passwordHash),
    twoFactorOn: Boolean(record.totpEnabledAt),
    sessions,
    saved,
  };
}

type ActionData = {
  intent: string;
  errors?: FieldErrors;
  values?: Record<string, string>;
  done?: string;
};

/** The code or current password typed into a form; each form names its own fields. */
function proofFrom(form: FormData, fields: { code: string; currentPassword: string }) {
  return {
    code: String(form.get(fields.code) ?? "").trim(),
    currentPassword: String(form.get(fields.currentPassword) ?? ""),
  };
}

const setFields = { code: "code", currentPassword: "currentPassword" };
const removeFields = { code: "removeCode", currentPassword: "removeCurrentPassword" };

export async function action({ request, context }: ActionFunctionArgs) {
  const user = await requireUser(request);
  const form = await request.formData();
  const intent = String(form.get("intent"));
  const entity = { type: "User", id: user.id };

  if (intent === "details") {
    const result = parseForm(detailsSchema, form);
    if (!result.ok)
      return data<ActionData>(
        { intent, errors: result.errors, values: result.values },
        { status: 400 },
      );
    await db().$transaction(async (tx) => {
      await tx.user.update({
        where: { id: user.id },
        data: { name: result.data.name || null, locale: result.data.locale },
      });
      await audit(tx, { actorId: user.id, action: "accounts.details-updated", entity });
    });
    // A fresh page, so everything on it (and on every page after it) is in the language just chosen.
    return redirect("/account?saved=details", {
      headers: { "Set-Cookie": await localeCookie.serialize(result.data.locale) },
    });
  }
  const { clientIp } = context;
  if (intent === "send-code") {
    const sent = await sendConfirmationCode(request, user, clientIp, await localeOf(request));
    if (!sent.ok) return data<ActionData>({ intent, errors: sent.errors }, { status: sent.status });
    return data<ActionData>(
      { intent, done: "account.codeSent" },
      { headers: sent.cookie ? { "Set-Cookie": sent.cookie } : {} },
    );
  }
  if (intent === "password" || intent === "remove-password") {
    const fields = intent === "password" ? setFields : removeFields;
    const proof = proofFrom(form, fields);
    let newPassword: string | null = null;
    if (intent === "password") {
      const result = parseForm(passwordSchema, form);
      if (!result.ok) {
        // Every problem at once, so she does not fix one and meet the next.
        const errors: FieldErrors = { ...result.errors };
        if (!proof.code && !proof.currentPassword)
          errors[fields.code] = { key: "account.errors.proofMissing" };
        return data<ActionData>({ intent, errors }, { status: 400 });
      }
      newPassword = result.data.newPassword;
    }
    const changed = await changePassword(
      request,
      user,
      { newPassword, proof, fields },
      { clientIp, locale: await localeOf(request) },
    );
    if (!changed.ok)
      return data<ActionData>({ intent, errors: changed.errors }, { status: changed.status });
    return data<ActionData>({
      intent,
      done: newPassword ? "account.passwordSaved" : "account.passwordRemoved",
    });
  }
  if (intent === "sign-out-everywhere") {
    await db().$transaction(async (tx) => {
      await audit(tx, { actorId: user.id, action: "accounts.signed-out-everywhere", entity });
    });
    return redirect("/", { headers: { "Set-Cookie": await endAllSessions(user.id) } });
  }
  throw new Response("Bad request", { status: 400 });
}

export default function Account() {
  const account = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const { t } = useTranslation();
  const errorsFor = (intent: string) =>
    actionData?.intent === intent ? actionData.errors : undefined;
  const doneFor = (intent: string) =>
    actionData?.intent === intent
      ? actionData.done
      : intent === "details" && account.saved && !actionData
        ? "account.saved"
        : undefined;
  const detailsValues = actionData?.intent === "details" ? actionData.values : undefined;
  return (
    <div className="narrow stack-large">
      <h1>{t("account.title")}</h1>

      <section className="stack" aria-labelledby="details-title">
        <h2 id="details-title">{t("account.details")}</h2>
        <ErrorSummary errors={errorsFor("details")} />
        {doneFor("details") ? (
          <p role="status" className="notice">
            {t(doneFor("details")!)}
          </p>
        ) : null}
        <Form method="post" className="stack">
          <input type="hidden" name="intent" value="details" />
          <Field
            name="name"
            label={t("account.name")}
            hint={t("account.nameHint")}
            errors={errorsFor("details")}
          >
            {(props) => (
              <input
                {...props}
                autoComplete="name"
                defaultValue={detailsValues?.name ?? account.name}
              />
            )}
          </Field>
          <Field
            name="locale"
            label={t("account.language")}
            hint={t("account.languageHint")}
            errors={errorsFor("details")}
          >
            {(props) => (
              <select {...props} defaultValue={detailsValues?.locale ?? account.locale}>
                <LocaleOptions />
              </select>
            )}
          </Field>
          <button type="submit" className="button">
            {t("account.save")}
          </button>
        </Form>
      </section>

      <section className="stack" aria-labelledby="password-title">
        <h2 id="password-title">{t("account.passwordTitle")}</h2>
        <p>{t("account.passwordIntro")}</p>
        <p>{account.hasPassword ? t("account.passwordIsSet") : t("account.passwordNotSet")}</p>
        <p>{t("account.confirmIntro")}</p>
        <ErrorSummary errors={errorsFor("send-code")} />
        {doneFor("send-code") ? (
          <p role="status" className="notice">
            {t("account.codeSent", { email: isolate(account.email) })}
          </p>
        ) : null}
        <Form method="post">
          <input type="hidden" name="intent" value="send-code" />
          <button type="submit" className="button button--secondary" id="field-sendCode">
            {t("account.sendCode")}
          </button>
        </Form>
        <ErrorSummary errors={errorsFor("password")} />
        {doneFor("password") || doneFor("remove-password") ? (
          <p role="status" className="notice">
            {t((doneFor("password") ?? doneFor("remove-password"))!)}
          </p>
        ) : null}
        <Form method="post" className="stack">
          <input type="hidden" name="intent" value="password" />
          <Field
            name="newPassword"
            label={t("account.newPassword")}
            hint={t("account.newPasswordHint")}
            errors={errorsFor("password")}
          >
            {(props) => <input {...props} type="password" autoComplete="new-password" />}
          </Field>
          <Field
            name="confirmPassword"
            label={t("account.confirmPassword")}
            errors={errorsFor("password")}
          >
            {(props) => <input {...props} type="password" autoComplete="new-password" />}
          </Field>
          <ProofFields
            code="code"
            currentPassword="currentPassword"
            hasPassword={account.hasPassword}
            errors={errorsFor("password")}
          />
          <button type="submit" className="button">
            {t("account.setPassword")}
          </button>
        </Form>
        {account.hasPassword ? (
          <>
            <h3>{t("account.removeTitle")}</h3>
            <ErrorSummary errors={errorsFor("remove-password")} />
            <Form method="post" className="stack">
              <input type="hidden" name="intent" value="remove-password" />
              <ProofFields
                code="removeCode"
                currentPassword="removeCurrentPassword"
                hasPassword
                errors={errorsFor("remove-password")}
              />
              <button type="submit" className="button button--secondary">
                {t("account.removePassword")}
              </button>
            </Form>
          </>
        ) : null}
      </section>

      <section className="stack" aria-labelledby="two-factor-title">
        <h2 id="two-factor-title">{t("accounts:twoFactor.title")}</h2>
        <p>{t(account.twoFactorOn ? "accounts:twoFactor.isOn" : "accounts:twoFactor.isOff")}</p>
        <p>
          <Link to="/account/two-factor">{t("accounts:twoFactor.manage")}</Link>
        </p>
      </section>

      <section className="stack" aria-labelledby="sessions-title">
        <h2 id="sessions-title">{t("account.sessionsTitle")}</h2>
        <p>{t("account.sessions", { count: account.sessions })}</p>
        <Form method="post">
          <input type="hidden" name="intent" value="sign-out-everywhere" />
          <button type="submit" className="button button--warning">
            {t("account.signOutEverywhere")}
          </button>
        </Form>
      </section>

      <AccountData />
    </div>
  );
}

/** Where she shows it is her: the emailed code, or (if she has one) her current password. */
function ProofFields(props: {
  code: string;
  currentPassword: string;
  hasPassword: boolean;
  errors?: FieldErrors;
}) {
  const { t } = useTranslation();
  return (
    <>
      <Field
        name={props.code}
        label={t("account.code")}
        hint={t("account.codeHint")}
        errors={props.errors}
      >
        {(field) => (
          <input
            {...field}
            className="input--code"
            autoComplete="one-time-code"
            inputMode="numeric"
            dir="ltr"
            maxLength={12}
          />
        )}
      </Field>
      {props.hasPassword ? (
        <Field
          name={props.currentPassword}
          label={t("account.currentPassword")}
          hint={t("account.currentPasswordHint")}
          errors={props.errors}
        >
          {(field) => <input {...field} type="password" autoComplete="current-password" />}
        </Field>
      ) : null}
    </>
  );
}
