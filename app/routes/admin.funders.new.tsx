import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { ErrorSummary, Field } from "~/components/shared/form-field";
import { LocaleOptions } from "~/components/shared/locale-options";
import { newFunderSchema } from "~/domain/admin/funder-form";
import { currencyLabel, timeZoneOptions } from "~/domain/schemes/scheme-form";
import { parseForm, type FieldErrors } from "~/domain/shared/validation";
import { requirePlatformAdmin } from "~/services/admin/admin-access.server";
import { createFunder } from "~/services/admin/funders.server";
import { localeOf } from "~/services/platform/i18n.server";

/** A new funder, with the invitation of its first administrator. */

export const meta: MetaFunction = () => [{ title: "Withfund" }];

export async function loader({ request }: LoaderFunctionArgs) {
  await requirePlatformAdmin(request);
  const locale = await localeOf(request);
  return {
    locale,
    currencies: Intl.supportedValuesOf("currency").map((code) => ({
      code,
      label: currencyLabel(code, locale),
    })),
    timeZones: timeZoneOptions(),
  };
}

type ActionData = { errors: FieldErrors; values: Record<string, string> };

export async function action({ request }: ActionFunctionArgs) {
  const user = await requirePlatformAdmin(request);
  const parsed = parseForm(newFunderSchema, await request.formData());
  if (!parsed.ok)
    return data<ActionData>({ errors: parsed.errors, values: parsed.values }, { status: 400 });
  const funder = await createFunder({
    ...parsed.data,
    // The first administrator is written to in the funder's own language.
    inviteLocale: parsed.data.defaultLocale,
    inviter: { id: user.id, name: user.name, email: user.email },
  });
  return redirect(`/admin/funders/${funder.id}?notice=created`);
}

export default function NewFunder() {
  const page = useLoaderData<typeof loader>();
  const answer = useActionData<typeof action>();
  const { t } = useTranslation("admin");
  const values = answer?.values ?? {};
  const errors = answer?.errors;
  return (
    <section className="narrow stack-large" aria-labelledby="new-funder-title">
      <p>
        <Link to="/admin/funders">{t("newFunder.back")}</Link>
      </p>
      <h1 id="new-funder-title">{t("newFunder.title")}</h1>
      <ErrorSummary errors={errors} />
      <Form method="post" className="stack" noValidate>
        <Field
          name="name"
          label={t("newFunder.name")}
          hint={t("newFunder.nameHint")}
          errors={errors}
        >
          {(props) => (
            <input {...props} type="text" dir="auto" maxLength={200} defaultValue={values.name} />
          )}
        </Field>
        <Field
          name="defaultLocale"
          label={t("newFunder.language")}
          hint={t("newFunder.languageHint")}
          errors={errors}
        >
          {(props) => (
            <select {...props} defaultValue={values.defaultLocale ?? page.locale}>
              <LocaleOptions />
            </select>
          )}
        </Field>
        <Field
          name="currency"
          label={t("newFunder.currency")}
          hint={t("newFunder.currencyHint")}
          errors={errors}
        >
          {(props) => (
            <select {...props} defaultValue={values.currency ?? "EUR"}>
              {page.currencies.map((currency) => (
                <option key={currency.code} value={currency.code}>
                  {currency.label}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field
          name="timeZone"
          label={t("newFunder.timeZone")}
          hint={t("newFunder.timeZoneHint")}
          errors={errors}
        >
          {(props) => (
            <select {...props} defaultValue={values.timeZone ?? "Europe/London"} dir="ltr">
              {page.timeZones.map((zone) => (
                <option key={zone} value={zone}>
                  {zone}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field
          name="adminEmail"
          label={t("newFunder.adminEmail")}
          hint={t("newFunder.adminEmailHint")}
          errors={errors}
        >
          {(props) => (
            <input
              {...props}
              type="email"
              inputMode="email"
              autoComplete="off"
              dir="ltr"
              defaultValue={values.adminEmail}
            />
          )}
        </Field>
        <button type="submit" className="button">
          {t("newFunder.create")}
        </button>
      </Form>
    </section>
  );
}
