import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { RecoveryCodes } from "~/components/accounts/recovery-codes";
import { SecondFactorField } from "~/components/accounts/second-factor-field";
import { ErrorSummary } from "~/components/shared/form-field";
import { requireUser } from "~/services/access/permissions.server";
import { refusedCode, submittedCode } from "~/services/accounts/second-factor-form.server";
import {
  checkSecondFactor,
  renewRecoveryCodes,
  twoFactorStatus,
} from "~/services/accounts/two-factor.server";

/** New recovery codes in place of the old ones, after a code proves it is her. */

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const status = await twoFactorStatus(user.id);
  if (!status.enabledAt) throw redirect("/account/two-factor");
  return { recoveryCodesLeft: status.recoveryCodesLeft };
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await requireUser(request);
  const check = await checkSecondFactor(user.id, await submittedCode(request));
  if (!check.ok) {
    const { errors, status } = await refusedCode(request, check);
    return data({ errors, recoveryCodes: null }, { status });
  }
  return { errors: undefined, recoveryCodes: await renewRecoveryCodes(user.id) };
}

export default function NewRecoveryCodes() {
  const page = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const navigation = useNavigation();
  const { t } = useTranslation();
  if (actionData?.recoveryCodes) {
    return (
      <div className="narrow stack-large">
        <h1>{t("accounts:newCodes.doneTitle")}</h1>
        <RecoveryCodes codes={actionData.recoveryCodes} continueTo="/account/two-factor" />
      </div>
    );
  }
  return (
    <div className="narrow stack-large">
      <div className="stack">
        <p>
          <Link to="/account/two-factor">{t("accounts:twoFactor.back")}</Link>
        </p>
        <h1>{t("accounts:newCodes.title")}</h1>
        <p>{t("accounts:twoFactor.codesLeft", { count: page.recoveryCodesLeft })}</p>
        <p>{t("accounts:newCodes.intro")}</p>
      </div>
      <ErrorSummary errors={actionData?.errors} />
      <Form method="post" className="stack" noValidate>
        <SecondFactorField errors={actionData?.errors} />
        <button type="submit" className="button" disabled={navigation.state === "submitting"}>
          {t("accounts:newCodes.submit")}
        </button>
      </Form>
    </div>
  );
}
