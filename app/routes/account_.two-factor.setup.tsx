import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { data } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { RecoveryCodes } from "~/components/accounts/recovery-codes";
import { SecondFactorField } from "~/components/accounts/second-factor-field";
import { ErrorSummary } from "~/components/shared/form-field";
import { requireUser } from "~/services/access/permissions.server";
import { refusedCode, submittedCode } from "~/services/accounts/second-factor-form.server";
import { mustSetUpTwoFactor } from "~/services/accounts/two-factor-duty.server";
import { confirmSetup, setupInProgress } from "~/services/accounts/two-factor.server";
import { safeRedirectTarget } from "~/domain/shared/redirect-target";

/**
 * Setting up two-factor sign-in: scan the QR code (or type the key), then prove it with a
 * code; only then is it on, and her recovery codes are shown, once. Someone who must use it
 * is sent here from every other page until she has done this.
 */

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request, { twoFactorSetup: "allowed" });
  const redirectTo = safeRedirectTarget(
    new URL(request.url).searchParams.get("redirectTo"),
    "/account/two-factor",
  );
  const [setup, required] = await Promise.all([
    setupInProgress(user.id),
    mustSetUpTwoFactor(user.id, user),
  ]);
  // Already on, which is also the case right after the form below switched it on: the page
  // runs this loader again then, and must still show the recovery codes the action returned.
  return {
    redirectTo,
    required,
    alreadyOn: setup === null,
    qrSvg: setup?.qrSvg ?? "",
    groupedSecret: setup?.groupedSecret ?? "",
  };
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await requireUser(request, { twoFactorSetup: "allowed" });
  const result = await confirmSetup(user.id, await submittedCode(request));
  if (!result.ok) {
    const { errors, status } = await refusedCode(request, result);
    return data({ errors, recoveryCodes: null }, { status });
  }
  return { errors: undefined, recoveryCodes: result.recoveryCodes };
}

export default function TwoFactorSetup() {
  const page = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const navigation = useNavigation();
  const { t } = useTranslation();

  if (actionData?.recoveryCodes) {
    return (
      <div className="narrow stack-large">
        <div className="stack">
          <h1>{t("accounts:setup.doneTitle")}</h1>
          <p role="status" className="notice">
            {t("accounts:setup.done")}
          </p>
        </div>
        <RecoveryCodes codes={actionData.recoveryCodes} continueTo={page.redirectTo} />
      </div>
    );
  }

  if (page.alreadyOn) {
    return (
      <div className="narrow stack">
        <h1>{t("accounts:setup.doneTitle")}</h1>
        <p>
          <Link to="/account/two-factor">{t("accounts:twoFactor.manage")}</Link>
        </p>
      </div>
    );
  }

  return (
    <div className="narrow stack-large">
      <div className="stack">
        {page.required ? null : (
          <p>
            <Link to="/account/two-factor">{t("accounts:twoFactor.back")}</Link>
          </p>
        )}
        <h1>{t("accounts:setup.title")}</h1>
        {page.required ? <p className="notice">{t("accounts:setup.required")}</p> : null}
        <p>{t("accounts:setup.intro")}</p>
      </div>
      <ErrorSummary errors={actionData?.errors} />
      <section className="stack" aria-labelledby="scan-title">
        <h2 id="scan-title">{t("accounts:setup.scanTitle")}</h2>
        <p>{t("accounts:setup.scan")}</p>
        <div
          className="accounts-qr"
          role="img"
          aria-label={t("accounts:setup.qrLabel")}
          dangerouslySetInnerHTML={{ __html: page.qrSvg }}
        />
        <p>{t("accounts:setup.typeInstead")}</p>
        <p className="accounts-secret" dir="ltr" data-testid="two-factor-key">
          <code>{page.groupedSecret}</code>
        </p>
        <p className="field__hint">{t("accounts:setup.keyHint")}</p>
      </section>
      <section className="stack" aria-labelledby="confirm-title">
        <h2 id="confirm-title">{t("accounts:setup.confirmTitle")}</h2>
        <Form method="post" className="stack" noValidate>
          <SecondFactorField errors={actionData?.errors} recovery={false} />
          <button type="submit" className="button" disabled={navigation.state === "submitting"}>
            {t("accounts:setup.submit")}
          </button>
        </Form>
      </section>
    </div>
  );
}
