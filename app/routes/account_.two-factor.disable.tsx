import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { SecondFactorField } from "~/components/accounts/second-factor-field";
import { ErrorSummary } from "~/components/shared/form-field";
import { requireUser } from "~/services/access/permissions.server";
import { refusedCode, submittedCode } from "~/services/accounts/second-factor-form.server";
import { mustUseTwoFactorEvenIfOff } from "~/services/accounts/two-factor-duty.server";
import {
  checkSecondFactor,
  switchOffTwoFactor,
  twoFactorStatus,
} from "~/services/accounts/two-factor.server";

/** Switching two-factor sign-in off, which takes a current code or a recovery code. */

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const status = await twoFactorStatus(user.id);
  if (!status.enabledAt) throw redirect("/account/two-factor");
  return { required: await mustUseTwoFactorEvenIfOff(user.id) };
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await requireUser(request);
  const check = await checkSecondFactor(user.id, await submittedCode(request));
  if (!check.ok) {
    const { errors, status } = await refusedCode(request, check);
    return data({ errors }, { status });
  }
  await switchOffTwoFactor(user.id);
  return redirect("/account/two-factor?off=1");
}

export default function DisableTwoFactor() {
  const page = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const navigation = useNavigation();
  const { t } = useTranslation();
  return (
    <div className="narrow stack-large">
      <div className="stack">
        <p>
          <Link to="/account/two-factor">{t("accounts:twoFactor.back")}</Link>
        </p>
        <h1>{t("accounts:disable.title")}</h1>
        <p>{t("accounts:disable.intro")}</p>
        {page.required ? <p className="notice">{t("accounts:disable.required")}</p> : null}
      </div>
      <ErrorSummary errors={actionData?.errors} />
      <Form method="post" className="stack" noValidate>
        <SecondFactorField errors={actionData?.errors} />
        <button
          type="submit"
          className="button button--warning"
          disabled={navigation.state === "submitting"}
        >
          {t("accounts:disable.submit")}
        </button>
      </Form>
    </div>
  );
}
