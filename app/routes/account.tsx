import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { z } from "zod";
import { ErrorSummary, Field } from "~/components/shared/form-field";
import { supportedLocales } from "~/domain/shared/locales";
import { LocaleOptions } from "~/components/shared/locale-options";
import { parseForm, type FieldErrors } from "~/domain/shared/validation";
import { audit } from "~/services/platform/audit.server";
import { hashPassword } from "~/services/platform/auth.server";
import { db } from "~/services/platform/db.server";
import { localeCookie } from "~/services/platform/i18n.server";
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

export async function action({ request }: ActionFunctionArgs) {
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
  if (intent === "password") {
    const result = parseForm(passwordSchema, form);
    if (!result.ok) return data<ActionData>({ intent, errors: result.errors }, { status: 400 });
    const passwordHash = await hashPassword(result.data.newPassword);
    await db().$transaction(async (tx) => {
      await tx.user.update({ where: { id: user.id }, data: { passwordHash } });
      await audit(tx, { actorId: user.id, action: "accounts.password-set", entity });
    });
    return data<ActionData>({ intent, done: "account.passwordSaved" });
  }
  if (intent === "remove-password") {
    await db().$transaction(async (tx) => {
      await tx.user.update({ where: { id: user.id }, data: { passwordHash: null } });
      await audit(tx, { actorId: user.id, action: "accounts.password-removed", entity });
    });
    return data<ActionData>({ intent, done: "account.passwordRemoved" });
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
          <button type="submit" className="button">
            {t("account.setPassword")}
          </button>
        </Form>
        {account.hasPassword ? (
          <Form method="post">
            <input type="hidden" name="intent" value="remove-password" />
            <button type="submit" className="button button--secondary">
              {t("account.removePassword")}
            </button>
          </Form>
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
    </div>
  );
}
