import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { codeFailureMessage } from "~/domain/accounts/one-time-code";
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
  const url = new URL(request.url);
  const email = url.searchParams.get("email");
  if (!email) throw redirect("/sign-in");
  return { email, redirectTo: safeRedirectTarget(url.searchParams.get("redirectTo")) };
}

export async function action({ request, context }: ActionFunctionArgs) {
  const form = await request.clone().formData();
  const redirectTo = safeRedirectTarget(form.get("redirectTo"));
  const limit = await consume([
    ["codeCheckPerIp", context.clientIp],
    ["codeCheckPerEmail", normaliseEmail(String(form.get("email") ?? ""))],
  ]);
  if (!limit.allowed) {
    const minutes = formatMinutes(Math.ceil(limit.retryAfterSeconds / 60), await localeOf(request));
    return data(
      { errors: { code: fieldError("verify.errors.rateLimited", { minutes }) } as FieldErrors },
      { status: 429, headers: { "Retry-After": String(limit.retryAfterSeconds) } },
    );
  }
  try {
    const userId = await authenticator.authenticate("one-time-code", request);
    return signedInRedirect(request, userId, redirectTo);
  } catch (error) {
    if (!(error instanceof SignInFailure)) throw error;
    const errors: FieldErrors = { code: codeFailureMessage(error.reason, error.attemptsLeft) };
    return data({ errors, locale: await localeOf(request) }, { status: 400 });
  }
}

export default function EnterCode() {
  const { email, redirectTo } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const navigation = useNavigation();
  const { t, i18n } = useTranslation();
  return (
    <section className="narrow stack">
      <h1>{t("verify.title")}</h1>
      <p>{t("verify.sentTo", { email })}</p>
      <ErrorSummary errors={actionData?.errors} />
      <Form method="post" className="stack" noValidate>
        <input type="hidden" name="email" value={email} />
        <input type="hidden" name="redirectTo" value={redirectTo} />
        <input type="hidden" name="locale" value={i18n.language} />
        <Field
          name="code"
          label={t("verify.code")}
          hint={t("verify.codeHint")}
          errors={actionData?.errors}
        >
          {(props) => (
            <input
              {...props}
              className="input--code"
              autoComplete="one-time-code"
              inputMode="numeric"
              dir="ltr"
              maxLength={12}
              required
            />
          )}
        </Field>
        <button type="submit" className="button" disabled={navigation.state === "submitting"}>
          {t("verify.submit")}
        </button>
      </Form>
      <p>{t("verify.notArrived")}</p>
      <Form method="post" action="/sign-in">
        <input type="hidden" name="email" value={email} />
        <input type="hidden" name="redirectTo" value={redirectTo} />
        <button type="submit" className="button button--secondary">
          {t("verify.sendAgain")}
        </button>
      </Form>
      <p>
        <Link to={`/sign-in?redirectTo=${encodeURIComponent(redirectTo)}`}>
          {t("verify.otherEmail")}
        </Link>
      </p>
    </section>
  );
}
