import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { z } from "zod";
import { ErrorSummary, Field } from "~/components/shared/form-field";
import { MAX_RETENTION_DAYS, MIN_RETENTION_DAYS } from "~/domain/applications/recordings";
import { openDataIdentifierFields } from "~/domain/exports/identifiers";
import { parseForm, type FieldErrors } from "~/domain/shared/validation";
import { saveFunderSettings } from "~/services/schemes/funder-settings.server";
import { requireFunder } from "~/services/schemes/scheme-access.server";

/**
 * The funder's own settings, for its admins: how long recordings are kept after a decision,
 * whether its team and panel chairs must use two-factor sign-in, and the identifiers its
 * open data is published under.
 */

const settingsSchema = z.object({
  recordingRetentionDays: z.coerce
    .number({ message: "schemes:funderSettings.errors.retention" })
    .int("schemes:funderSettings.errors.retention")
    .min(MIN_RETENTION_DAYS, "schemes:funderSettings.errors.retention")
    .max(MAX_RETENTION_DAYS, "schemes:funderSettings.errors.retention"),
  requireTwoFactor: z
    .enum(["yes"])
    .optional()
    .transform((value) => value === "yes"),
  ...openDataIdentifierFields,
});

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { funder } = await requireFunder(request, params, "administer");
  return {
    funderId: funder.id,
    recordingRetentionDays: funder.recordingRetentionDays,
    requireTwoFactor: funder.requireTwoFactor,
    orgIdentifier: funder.orgIdentifier ?? "",
    grantIdPrefix: funder.grantIdPrefix ?? "",
    saved: new URL(request.url).searchParams.has("saved"),
  };
}

type ActionData = { errors: FieldErrors; values: Record<string, string> };

export async function action({ request, params }: ActionFunctionArgs) {
  const { user, funder } = await requireFunder(request, params, "administer");
  const parsed = parseForm(settingsSchema, await request.formData());
  if (!parsed.ok)
    return data<ActionData>({ errors: parsed.errors, values: parsed.values }, { status: 400 });
  await saveFunderSettings(user.id, funder.id, parsed.data);
  return redirect(`/fund/${funder.id}/settings?saved=1`);
}

export default function FunderSettings() {
  const page = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const { t } = useTranslation();
  return (
    <div className="narrow stack-large">
      <p>
        <Link to={`/fund/${page.funderId}`}>{t("schemes:funderSettings.back")}</Link>
      </p>
      <h1>{t("schemes:funderSettings.title")}</h1>
      {page.saved ? (
        <p role="status" className="notice">
          {t("schemes:funderSettings.saved")}
        </p>
      ) : null}
      <ErrorSummary errors={actionData?.errors} />
      <Form method="post" className="stack" noValidate>
        <Field
          name="recordingRetentionDays"
          label={t("schemes:funderSettings.retention")}
          hint={t("schemes:funderSettings.retentionHint", {
            min: MIN_RETENTION_DAYS,
            max: MAX_RETENTION_DAYS,
          })}
          errors={actionData?.errors}
        >
          {(props) => (
            <input
              {...props}
              className="schemes-short"
              inputMode="numeric"
              dir="ltr"
              defaultValue={
                actionData?.values.recordingRetentionDays ?? String(page.recordingRetentionDays)
              }
            />
          )}
        </Field>
        <fieldset className="stack">
          <legend>{t("accounts:funderTwoFactor.legend")}</legend>
          <p id="requireTwoFactor-hint" className="field__hint">
            {t("accounts:funderTwoFactor.hint")}
          </p>
          <div className="schemes-check">
            <input
              type="checkbox"
              id="field-requireTwoFactor"
              name="requireTwoFactor"
              value="yes"
              aria-describedby="requireTwoFactor-hint"
              defaultChecked={
                actionData ? actionData.values.requireTwoFactor === "yes" : page.requireTwoFactor
              }
            />
            <label htmlFor="field-requireTwoFactor">{t("accounts:funderTwoFactor.label")}</label>
          </div>
        </fieldset>
        <fieldset className="stack">
          <legend>{t("exports:identifiers.legend")}</legend>
          <p className="field__hint">{t("exports:identifiers.intro")}</p>
          {(["orgIdentifier", "grantIdPrefix"] as const).map((name) => (
            <Field
              key={name}
              name={name}
              label={t(`exports:identifiers.${name}`)}
              hint={t(`exports:identifiers.${name}Hint`)}
              errors={actionData?.errors}
            >
              {(props) => (
                <input
                  {...props}
                  dir="ltr"
                  autoComplete="off"
                  spellCheck={false}
                  defaultValue={actionData?.values[name] ?? page[name]}
                />
              )}
            </Field>
          ))}
        </fieldset>
        <button type="submit" className="button">
          {t("schemes:funderSettings.save")}
        </button>
      </Form>
    </div>
  );
}
