import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { formatMinutes } from "~/domain/shared/locales";
import { z } from "zod";
import { ErrorSummary, Field } from "~/components/shared/form-field";
import { safeRedirectTarget } from "~/domain/shared/redirect-target";
import { fieldError, parseForm } from "~/domain/shared/validation";
import { localeOf } from "~/services/platform/i18n.server";
import { getUser } from "~/services/access/permissions.server";
import { rememberRequestedCode } from "~/services/platform/mailbox.server";
import { consume } from "~/services/platform/rate-limit.server";
import { issueSignInCode, normaliseEmail } from "~/services/platform/sign-in-codes.server";

const schema = z.object({
  email: z
    .string()
    .trim()
    .max(254, "signIn.errors.emailInvalid")
    .email("signIn.errors.emailInvalid"),
  redirectTo: z.string().optional(),
});

export const meta: MetaFunction = () => [{ title: "Withfund" }];

export async function loader({ request }: LoaderFunctionArgs) {
  const redirectTo = safeRedirectTarget(new URL(request.url).searchParams.get("redirectTo"));
  if (await getUser(request)) throw redirect(redirectTo);
  return { redirectTo };
}

export async function action({ request, context }: ActionFunctionArgs) {
  const result = parseForm(schema, await request.formData());
  if (!result.ok) return data({ errors: result.errors, values: result.values }, { status: 400 });
  const email = normaliseEmail(result.data.email);
  const limit = await consume([
    ["codeRequestPerIp", context.clientIp],
    ["codeRequestPerEmail", email],
  ]);
  if (!limit.allowed) {
    const minutes = formatMinutes(Math.ceil(limit.retryAfterSeconds / 60), await localeOf(request));
    return data(
      {
        errors: { email: fieldError("signIn.errors.tooManyRequests", { minutes }) },
        values: { email },
      },
      { status: 429, headers: { "Retry-After": String(limit.retryAfterSeconds) } },
    );
  }
  const issued = await issueSignInCode(email, await localeOf(request));
  const params = new URLSearchParams({
    email,
    redirectTo: safeRedirectTarget(result.data.redirectTo),
  });
  const remembered = await rememberRequestedCode(request, issued);
  return redirect(`/sign-in/code?${params}`, {
    headers: remembered ? { "Set-Cookie": remembered } : {},
  });
}

export default function SignIn() {
  const { redirectTo } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const navigation = useNavigation();
  const { t } = useTranslation();
  return (
    <section className="narrow stack">
      <h1>{t("signIn.title")}</h1>
      <p>{t("signIn.intro")}</p>
      <ErrorSummary errors={actionData?.errors} />
      <Form method="post" className="stack" noValidate>
        <input type="hidden" name="redirectTo" value={redirectTo} />
        <Field
          name="email"
          label={t("signIn.email")}
          hint={t("signIn.emailHint")}
          errors={actionData?.errors}
        >
          {(props) => (
            <input
              {...props}
              type="email"
              autoComplete="email"
              inputMode="email"
              dir="ltr"
              required
              defaultValue={actionData?.values.email}
            />
          )}
        </Field>
        <button type="submit" className="button" disabled={navigation.state === "submitting"}>
          {t("signIn.sendCode")}
        </button>
      </Form>
      <p>{t("signIn.newHere")}</p>
      <p>
        <Link to={`/sign-in/password?redirectTo=${encodeURIComponent(redirectTo)}`}>
          {t("signIn.usePassword")}
        </Link>
      </p>
    </section>
  );
}
