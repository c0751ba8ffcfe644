import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { z } from "zod";
import { SecondFactorField } from "~/components/accounts/second-factor-field";
import { ErrorSummary } from "~/components/shared/form-field";
import { TRUSTED_DEVICE_DAYS } from "~/domain/accounts/two-factor";
import { parseForm, type FieldErrors } from "~/domain/shared/validation";
import { secondFactorErrors } from "~/services/accounts/second-factor-form.server";
import { rememberDevice } from "~/services/accounts/trusted-devices.server";
import { checkSecondFactor } from "~/services/accounts/two-factor.server";
import { localeOf } from "~/services/platform/i18n.server";
import { awaitingSecondFactorUserId, startSession } from "~/services/platform/session.server";
import { safeRedirectTarget } from "~/domain/shared/redirect-target";

/** The second step of signing in: a code from her authenticator app, or a recovery code. */

const schema = z.object({
  code: z.string().max(100).default(""),
  remember: z.enum(["yes"]).optional(),
  redirectTo: z.string().optional(),
});

/** Without a sign-in waiting here (it took too long, or she never started), she starts again. */
export async function loader({ request }: LoaderFunctionArgs) {
  const redirectTo = safeRedirectTarget(new URL(request.url).searchParams.get("redirectTo"));
  return { redirectTo, expired: !(await awaitingSecondFactorUserId(request)) };
}

export async function action({ request }: ActionFunctionArgs) {
  const parsed = parseForm(schema, await request.formData());
  const form = parsed.ok ? parsed.data : { code: "", remember: undefined, redirectTo: undefined };
  const redirectTo = safeRedirectTarget(form.redirectTo);
  const userId = await awaitingSecondFactorUserId(request);
  if (!userId) return data({ expired: true, errors: undefined, remember: false }, { status: 400 });
  const check = await checkSecondFactor(userId, form.code);
  if (!check.ok) {
    const errors: FieldErrors = secondFactorErrors(check, await localeOf(request));
    return data(
      { expired: false, errors, remember: form.remember === "yes" },
      { status: check.reason === "rate-limited" ? 429 : 400 },
    );
  }
  const headers = new Headers();
  headers.append("Set-Cookie", await startSession(request, userId));
  if (form.remember === "yes") headers.append("Set-Cookie", await rememberDevice(request, userId));
  // After a recovery code she most likely lost her phone: tell her how many codes are left
  // and offer new ones before she goes on.
  const onward =
    check.method === "recovery"
      ? `/account/two-factor?recoveryCodeUsed=1&redirectTo=${encodeURIComponent(redirectTo)}`
      : redirectTo;
  return redirect(onward, { headers });
}

export default function SecondFactorStep() {
  const { redirectTo, expired } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const navigation = useNavigation();
  const { t } = useTranslation();
  if (expired || actionData?.expired) {
    return (
      <section className="narrow stack">
        <h1>{t("accounts:signInStep.expiredTitle")}</h1>
        <p>{t("accounts:signInStep.expired")}</p>
        <p>
          <Link to={`/sign-in?redirectTo=${encodeURIComponent(redirectTo)}`} className="button">
            {t("accounts:signInStep.startAgain")}
          </Link>
        </p>
      </section>
    );
  }
  return (
    <section className="narrow stack">
      <h1>{t("accounts:signInStep.title")}</h1>
      <p>{t("accounts:signInStep.intro")}</p>
      <ErrorSummary errors={actionData?.errors} />
      <Form method="post" className="stack" noValidate>
        <input type="hidden" name="redirectTo" value={redirectTo} />
        <SecondFactorField errors={actionData?.errors} />
        <div className="schemes-check">
          <input
            type="checkbox"
            id="field-remember"
            name="remember"
            value="yes"
            defaultChecked={actionData?.remember ?? false}
          />
          <label htmlFor="field-remember">
            {t("accounts:signInStep.remember", { count: TRUSTED_DEVICE_DAYS })}
          </label>
        </div>
        <button type="submit" className="button" disabled={navigation.state === "submitting"}>
          {t("accounts:signInStep.submit")}
        </button>
      </Form>
      <details className="stack">
        <summary>{t("accounts:signInStep.lostTitle")}</summary>
        <p>{t("accounts:signInStep.lostBody")}</p>
      </details>
      <Form method="post" action="/sign-out">
        <button type="submit" className="button button--secondary">
          {t("accounts:signInStep.cancel")}
        </button>
      </Form>
    </section>
  );
}
