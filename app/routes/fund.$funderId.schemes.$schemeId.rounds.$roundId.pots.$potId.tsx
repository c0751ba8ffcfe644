import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { Breadcrumbs, schemeCrumbs } from "~/components/schemes/breadcrumbs";
import { MoneyRulesLocked, Warnings } from "~/components/schemes/notices";
import { PotForm } from "~/components/schemes/pot-form";
import { PotSummary } from "~/components/schemes/pot-summary";
import { useFunder } from "~/components/schemes/use-funder";
import { formatMoney } from "~/domain/shared/money";
import { checkPots, moneyRulesLocked } from "~/domain/schemes/round-plan";
import { messageValues, refusedPlan } from "~/domain/schemes/plan-check";
import { isMoneyField, potFormSchema, potFormValues } from "~/domain/schemes/pot-form";
import { currencyLabel } from "~/domain/schemes/scheme-form";
import { translated } from "~/domain/shared/translated-text";
import { typedValues } from "~/domain/shared/form-values";
import { parseForm, type FieldErrors } from "~/domain/shared/validation";
import { requirePot } from "~/services/schemes/scheme-access.server";
import { applicationCount, updatePot } from "~/services/schemes/scheme-admin.server";
import { toPlannedPot } from "~/services/schemes/schemes.server";

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { pot, round, scheme, locale, canEdit } = await requirePot(request, params, "view");
  const money = toPlannedPot(pot);
  const plan = checkPots(round.budgetMinor, round.pots.map(toPlannedPot));
  return {
    scheme: { id: scheme.id, title: translated(scheme.title, locale), currency: scheme.currency },
    round: { id: round.id, name: translated(round.name, locale), budgetMinor: round.budgetMinor },
    pot: {
      id: pot.id,
      name: translated(pot.name, locale),
      description: translated(pot.description, locale),
      money,
    },
    notes: [...plan.problems, ...plan.warnings]
      .filter((issue) => issue.potId === pot.id)
      .map((issue) => ({
        key: issue.key,
        values: messageValues(issue.values, scheme.currency, locale),
      })),
    locked: moneyRulesLocked(await applicationCount(round.id)),
    canEdit,
    values: potFormValues(
      { name: pot.name, description: pot.description, ...money },
      scheme.currency,
    ),
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
  const { user, funderId, pot, round, scheme, locale } = await requirePot(request, params, "edit");
  const form = await request.formData();
  // A locked form sends only texts. Money fields arriving anyway (an old tab, a crafted post)
  // are read and compared, so that a real change is refused rather than silently dropped.
  const locked = moneyRulesLocked(await applicationCount(round.id));
  const moneyRules = !locked || [...form.keys()].some(isMoneyField);
  const result = parseForm(potFormSchema(scheme.currency, { moneyRules }), form);
  if (!result.ok)
    return data<ActionData>({ errors: result.errors, values: result.values }, { status: 400 });
  const saved = await updatePot(user.id, funderId, pot.id, result.data, locale);
  if (!saved.ok) {
    return data<ActionData>(refusedPlan(saved, typedValues(form), scheme.currency, locale), {
      status: 400,
    });
  }
  return redirect(`/fund/${funderId}/schemes/${scheme.id}/rounds/${round.id}?saved=pot`);
}

export default function PotPage() {
  const {
    scheme,
    round,
    pot,
    notes,
    locked,
    canEdit,
    values,
    currencyLabel: currencyName,
    roundBudget,
  } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const { funder } = useFunder();
  const { t } = useTranslation("schemes");
  const summary = (
    <PotSummary pot={pot.money} roundBudgetMinor={round.budgetMinor} currency={scheme.currency} />
  );
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
      <h1 lang={pot.name.locale}>{pot.name.text}</h1>
      {canEdit ? (
        <>
          {actionData ? null : <Warnings warnings={notes} />}
          <PotForm
            values={actionData?.values ?? values}
            errors={actionData?.errors}
            warnings={actionData?.warnings}
            currencyLabel={currencyName}
            roundBudget={roundBudget}
            locked={locked}
            lockedSummary={summary}
            submitLabel={t("pot.save")}
          />
        </>
      ) : (
        <div className="stack">
          <p lang={pot.description.locale}>{pot.description.text}</p>
          {locked ? <MoneyRulesLocked /> : null}
          {summary}
          <Warnings warnings={notes} />
        </div>
      )}
    </div>
  );
}
