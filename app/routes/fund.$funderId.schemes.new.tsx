import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { Breadcrumbs } from "~/components/schemes/breadcrumbs";
import { SchemeForm } from "~/components/schemes/scheme-form";
import { useFunder } from "~/components/schemes/use-funder";
import { fieldErrors } from "~/domain/schemes/plan-check";
import {
  currencies,
  currencyLabel,
  schemeFormSchema,
  timeZoneOptions,
} from "~/domain/schemes/scheme-form";
import { typedValues } from "~/domain/shared/form-values";
import { parseForm, type FieldErrors } from "~/domain/shared/validation";
import { db } from "~/services/platform/db.server";
import { localeOf } from "~/services/platform/i18n.server";
import { requireFunder } from "~/services/schemes/scheme-access.server";
import { createScheme } from "~/services/schemes/scheme-admin.server";

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { funderId } = await requireFunder(request, params, "edit");
  const locale = await localeOf(request);
  // A funder's next scheme usually runs in the same place and money as the last one.
  const previous = await db().scheme.findFirst({
    where: { funderId },
    orderBy: { createdAt: "desc" },
    select: { currency: true, timeZone: true },
  });
  return {
    currencies: currencies.map((code) => ({ code, label: currencyLabel(code, locale) })),
    timeZones: timeZoneOptions(previous?.timeZone),
    values: {
      currency: previous?.currency ?? "EUR",
      timeZone: previous?.timeZone ?? "UTC",
    } as Record<string, string>,
  };
}

type ActionData = { errors: FieldErrors; values: Record<string, string> };

export async function action({ request, params }: ActionFunctionArgs) {
  const { funderId, user } = await requireFunder(request, params, "edit");
  const form = await request.formData();
  const result = parseForm(schemeFormSchema, form);
  if (!result.ok)
    return data<ActionData>({ errors: result.errors, values: result.values }, { status: 400 });
  const saved = await createScheme(user.id, funderId, result.data);
  if (!saved.ok) {
    const errors = fieldErrors(
      saved.errors,
      result.data.currency ?? "EUR",
      await localeOf(request),
    );
    return data<ActionData>({ errors, values: typedValues(form) }, { status: 400 });
  }
  return redirect(`/fund/${funderId}/schemes/${saved.value.id}?saved=scheme`);
}

export default function NewScheme() {
  const { currencies: currencyOptions, timeZones, values } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const { funder } = useFunder();
  const { t } = useTranslation("schemes");
  return (
    <div className="stack-large schemes-page">
      <Breadcrumbs items={[{ to: `/fund/${funder.id}`, label: funder.name }]} />
      <h1>{t("scheme.newTitle")}</h1>
      <SchemeForm
        values={actionData?.values ?? values}
        errors={actionData?.errors}
        currencies={currencyOptions}
        timeZones={timeZones}
        currencyLocked={null}
        submitLabel={t("scheme.create")}
      />
    </div>
  );
}
