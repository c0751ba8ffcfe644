import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { Breadcrumbs, schemeCrumbs } from "~/components/schemes/breadcrumbs";
import { MoneyRulesLocked } from "~/components/schemes/notices";
import { PotForm } from "~/components/schemes/pot-form";
import { useFunder } from "~/components/schemes/use-funder";
import { formatMoney } from "~/domain/shared/money";
import { moneyRulesLocked } from "~/domain/schemes/round-plan";
import { refusedPlan } from "~/domain/schemes/plan-check";
import { newPotFormValues, potFormSchema } from "~/domain/schemes/pot-form";
import { currencyLabel } from "~/domain/schemes/scheme-form";
import { translated } from "~/domain/shared/translated-text";
import { typedValues } from "~/domain/shared/form-values";
import { parseForm, type FieldErrors } from "~/domain/shared/validation";
import { requireRound } from "~/services/schemes/scheme-access.server";
import { applicationCount, createPot } from "~/services/schemes/scheme-admin.server";

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { round, scheme, locale } = await requireRound(request, params, "edit");
  return {
    scheme: { id: scheme.id, title: translated(scheme.title, locale) },
    round: { id: round.id, name: translated(round.name, locale) },
    locked: moneyRulesLocked(await applicationCount(round.id)),
    currencyLabel: currencyLabel(scheme.currency, locale),
    roundBudget: formatMoney(round.budgetMinor, scheme.currency, locale),
  };
}

type ActionData = {
  errors: FieldErrors;
  values: Record<string, string>;
  warnings?: { key: string; values?: Record<string, unknown> }[];
};

export async function action({ request, params }: ActionFunctionArgs) {
  const { user, funderId, round, scheme, locale } = await requireRound(request, params, "edit");
  const form = await request.formData();
  const result = parseForm(potFormSchema(scheme.currency, { moneyRules: true }), form);
  if (!result.ok)
    return data<ActionData>({ errors: result.errors, values: result.values }, { status: 400 });
  const saved = await createPot(user.id, funderId, round.id, result.data, locale);
  if (!saved.ok) {
    return data<ActionData>(refusedPlan(saved, typedValues(form), scheme.currency, locale), {
      status: 400,
    });
  }
  return redirect(`/fund/${funderId}/schemes/${scheme.id}/rounds/${round.id}?saved=pot`);
}

export default function NewPot() {
  const {
    scheme,
    round,
    locked,
    currencyLabel: currencyName,
    roundBudget,
  } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const { funder } = useFunder();
  const { t } = useTranslation("schemes");
  return (
    <div className="stack-large schemes-page">
      <Breadcrumbs
        items={[
          ...schemeCrumbs(funder, scheme),
          {
            to: `/fund/${funder.id}/schemes/${scheme.id}/rounds/${round.id}`,
            label: round.name.text,
            lang: round.name.locale,
          },
        ]}
      />
      <h1>{t("pot.newTitle")}</h1>
      {locked ? (
        <MoneyRulesLocked errors={{ moneyRules: { key: "schemes:errors.potsLocked" } }} />
      ) : (
        <PotForm
          values={actionData?.values ?? newPotFormValues}
          errors={actionData?.errors}
          warnings={actionData?.warnings}
          currencyLabel={currencyName}
          roundBudget={roundBudget}
          locked={false}
          submitLabel={t("pot.create")}
        />
      )}
    </div>
  );
}
