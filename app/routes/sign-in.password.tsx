import { z } from "zod";
import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { data } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { formatMinutes } from "~/domain/shared/locales";
import { ErrorSummary, Field } from "~/components/shared/form-field";
import { safeRedirectTarget } from "~/domain/shared/redirect-target";
import { fieldError, type FieldErrors } from "~/domain/shared/validation";
import { SignInFailure, authenticator } from "~/services/platform/auth.server";
import { localeOf } from "~/services/platform/i18n.server";
import { consume } from "~/services/platform/rate-limit.server";
import { signedInRedirect } from "~/services/platform/sign-in.server";
import { normaliseEmail } from "~/services/platform/sign-in-codes.server";

export async function loader({ request }: LoaderFunctionArgs) {
  return { redirectTo: safeRedirectTarget(new URL(request.url).searchParams.get("redirectTo")) };
}

export async function action({ request, context }: ActionFunctionArgs) {
  const form = await request.clone().formData();
  const email = normaliseEmail(String(form.get("email") ?? ""));
  const values = { email };
  // An address that cannot be anyone's is refused as a wrong password would be, before it
  // reaches the attempt counters or the database (which refuse some characters outright).
  if (!z.string().max(254).email().safeParse(email).success)
    return data(
      { errors: { password: fieldError("password.errors.invalid") } as FieldErrors, values },
      { status: 400 },
    );
  const limit = await consume([
    ["passwordPerIp", context.clientIp],
    ["passwordPerEmail", email],
  ]);
  if (!limit.allowed) {
    const minutes = formatMinutes(Math.ceil(limit.retryAfterSeconds / 60), await localeOf(request));
    return data(
      {
        errors: { password: fieldError("password.errors.rateLimited", { minutes }) } as FieldErrors,
        values,
      },
      { status: 429, headers: { "Retry-After": String(limit.retryAfterSeconds) } },
    );
  }
  try {
    const userId = await authenticator.authenticate("password", request);
    return signedInRedirect(request, userId, safeRedirectTarget(form.get("redirectTo")));
  } catch (error) {
    if (!(error instanceof SignInFailure)) throw error;
    const key =
      error.reason === "required" ? "password.errors.required" : "password.errors.invalid";
    return data({ errors: { password: fieldError(key) } as FieldErrors, values }, { status: 400 });
  }
}

export default function PasswordSignIn() {
  const { redirectTo } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const navigation = useNavigation();
  const { t } = useTranslation();
  return (
    <section className="narrow stack">
      <h1>{t("password.title")}</h1>
      <ErrorSummary errors={actionData?.errors} />
      <Form method="post" className="stack" noValidate>
        <input type="hidden" name="redirectTo" value={redirectTo} />
        <Field name="email" label={t("password.email")} errors={actionData?.errors}>
          {(props) => (
            <input
              {...props}
              type="email"
              autoComplete="username"
              dir="ltr"
              required
              defaultValue={actionData?.values.email}
            />
          )}
        </Field>
        <Field name="password" label={t("password.password")} errors={actionData?.errors}>
          {(props) => <input {...props} type="password" autoComplete="current-password" required />}
        </Field>
        <button type="submit" className="button" disabled={navigation.state === "submitting"}>
          {t("password.submit")}
        </button>
      </Form>
      <p>
        <Link to={`/sign-in?redirectTo=${encodeURIComponent(redirectTo)}`}>
          {t("password.useCode")}
        </Link>
      </p>
    </section>
  );
}
