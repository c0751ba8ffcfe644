import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { z } from "zod";
import { RecoveryCodes } from "~/components/accounts/recovery-codes";
import { SecondFactorField } from "~/components/accounts/second-factor-field";
import { ErrorSummary } from "~/components/shared/form-field";
import { parseForm } from "~/domain/shared/validation";
import { requireUser } from "~/services/access/permissions.server";
import { secondFactorErrors } from "~/services/accounts/second-factor-errors.server";
import {
  checkSecondFactor,
  renewRecoveryCodes,
  twoFactorStatus,
} from "~/services/accounts/two-factor.server";
import { localeOf } from "~/services/platform/i18n.server";

/** New recovery codes in place of the old ones, after a code proves it is her. */

const schema = z.object({ code: z.string().max(100).default("") });

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const status = await twoFactorStatus(user.id);
  if (!status.enabledAt) throw redirect("/account/two-factor");
  return { recoveryCodesLeft: status.recoveryCodesLeft };
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await requireUser(request);
  const parsed = parseForm(schema, await request.formData());
  const check = await checkSecondFactor(user.id, parsed.ok ? parsed.data.code : "");
  if (!check.ok) {
    if (check.reason === "not-on") throw redirect("/account/two-factor");
    return data(
      { errors: secondFactorErrors(check, await localeOf(request)), recoveryCodes: null },
      { status: check.reason === "rate-limited" ? 429 : 400 },
    );
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
        <RecoveryCodes codes={actionData.recoveryCodes} />
        <p>
          <Link to="/account/two-factor" className="button">
            {t("accounts:newCodes.continue")}
          </Link>
        </p>
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
