import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { Breadcrumbs, schemeCrumbs } from "~/components/schemes/breadcrumbs";
import { RoundForm } from "~/components/schemes/round-form";
import { useFunder } from "~/components/schemes/use-funder";
import { roundFormSchema } from "~/domain/schemes/round-form";
import { currencyLabel } from "~/domain/schemes/scheme-form";
import { translated } from "~/domain/shared/translated-text";
import { timeZoneName } from "~/domain/shared/zoned-time";
import { parseForm, type FieldErrors } from "~/domain/shared/validation";
import { requireScheme } from "~/services/schemes/scheme-access.server";
import { createRound } from "~/services/schemes/scheme-admin.server";

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { scheme, locale } = await requireScheme(request, params, "edit");
  return {
    id: scheme.id,
    title: translated(scheme.title, locale),
    timeZone: scheme.timeZone,
    timeZoneName: timeZoneName(scheme.timeZone, locale, new Date()),
    currencyLabel: currencyLabel(scheme.currency, locale),
  };
}

type ActionData = { errors: FieldErrors; values: Record<string, string> };

export async function action({ request, params }: ActionFunctionArgs) {
  const { user, funderId, scheme } = await requireScheme(request, params, "edit");
  const result = parseForm(
    roundFormSchema(scheme.currency, scheme.timeZone, { budget: "required" }),
    await request.formData(),
  );
  if (!result.ok)
    return data<ActionData>({ errors: result.errors, values: result.values }, { status: 400 });
  const round = await createRound(user.id, funderId, scheme.id, result.data);
  return redirect(`/fund/${funderId}/schemes/${scheme.id}/rounds/${round.id}?saved=round`);
}

export default function NewRound() {
  const scheme = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const { funder } = useFunder();
  const { t } = useTranslation("schemes");
  return (
    <div className="stack-large schemes-page">
      <Breadcrumbs items={[...schemeCrumbs(funder, scheme)]} />
      <h1>{t("round.newTitle")}</h1>
      <RoundForm
        values={actionData?.values ?? {}}
        errors={actionData?.errors}
        timeZone={scheme.timeZone}
        timeZoneName={scheme.timeZoneName}
        currencyLabel={scheme.currencyLabel}
        budgetLocked={false}
        submitLabel={t("round.create")}
      />
    </div>
  );
}
