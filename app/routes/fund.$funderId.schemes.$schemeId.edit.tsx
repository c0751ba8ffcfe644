import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { Breadcrumbs, schemeCrumbs } from "~/components/schemes/breadcrumbs";
import { SchemeForm } from "~/components/schemes/scheme-form";
import { useFunder } from "~/components/schemes/use-funder";
import { fieldErrors } from "~/domain/schemes/plan-check";
import {
  currencies,
  currencyLabel,
  schemeFormSchema,
  schemeFormValues,
  timeZoneOptions,
} from "~/domain/schemes/scheme-form";
import { translated } from "~/domain/shared/translated-text";
import { typedValues } from "~/domain/shared/form-values";
import { parseForm, type FieldErrors } from "~/domain/shared/validation";
import { db } from "~/services/platform/db.server";
import { requireScheme } from "~/services/schemes/scheme-access.server";
import { updateScheme } from "~/services/schemes/scheme-admin.server";

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { scheme, locale } = await requireScheme(request, params, "edit");
  const rounds = await db().round.count({ where: { schemeId: scheme.id } });
  return {
    id: scheme.id,
    title: translated(scheme.title, locale),
    currencies: currencies.map((code) => ({ code, label: currencyLabel(code, locale) })),
    currencyLocked:
      rounds > 0 ? { code: scheme.currency, label: currencyLabel(scheme.currency, locale) } : null,
    timeZones: timeZoneOptions(scheme.timeZone),
    values: schemeFormValues(scheme),
  };
}

type ActionData = { errors: FieldErrors; values: Record<string, string> };

export async function action({ request, params }: ActionFunctionArgs) {
  const { user, funderId, scheme, locale } = await requireScheme(request, params, "edit");
  const form = await request.formData();
  const result = parseForm(schemeFormSchema, form);
  if (!result.ok)
    return data<ActionData>({ errors: result.errors, values: result.values }, { status: 400 });
  const saved = await updateScheme(user.id, funderId, scheme.id, result.data);
  if (!saved.ok)
    return data<ActionData>(
      { errors: fieldErrors(saved.errors, scheme.currency, locale), values: typedValues(form) },
      { status: 400 },
    );
  return redirect(`/fund/${funderId}/schemes/${scheme.id}?saved=scheme`);
}

export default function EditScheme() {
  const scheme = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const { funder } = useFunder();
  const { t } = useTranslation("schemes");
  return (
    <div className="stack-large schemes-page">
      <Breadcrumbs items={[...schemeCrumbs(funder, scheme)]} />
      <h1>{t("scheme.editTitle")}</h1>
      <SchemeForm
        values={actionData?.values ?? scheme.values}
        errors={actionData?.errors}
        currencies={scheme.currencies}
        timeZones={scheme.timeZones}
        currencyLocked={scheme.currencyLocked}
        submitLabel={t("scheme.save")}
      />
    </div>
  );
}
