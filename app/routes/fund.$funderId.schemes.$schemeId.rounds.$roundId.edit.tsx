import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { Breadcrumbs, schemeCrumbs } from "~/components/schemes/breadcrumbs";
import { RoundForm } from "~/components/schemes/round-form";
import { useFunder } from "~/components/schemes/use-funder";
import { moneyRulesLocked } from "~/domain/schemes/round-plan";
import { fieldErrors } from "~/domain/schemes/plan-check";
import { roundFormSchema, roundFormValues } from "~/domain/schemes/round-form";
import { currencyLabel } from "~/domain/schemes/scheme-form";
import { translated } from "~/domain/shared/translated-text";
import { timeZoneName } from "~/domain/shared/zoned-time";
import { typedValues } from "~/domain/shared/form-values";
import { parseForm, type FieldErrors } from "~/domain/shared/validation";
import { requireRound } from "~/services/schemes/scheme-access.server";
import { applicationCount, updateRound } from "~/services/schemes/scheme-admin.server";

/** Changing a round's name, dates and budget; the round page shows them as a summary. */

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { round, scheme, locale } = await requireRound(request, params, "edit");
  return {
    scheme: {
      id: scheme.id,
      title: translated(scheme.title, locale),
      timeZone: scheme.timeZone,
    },
    round: { id: round.id, name: translated(round.name, locale) },
    locked: moneyRulesLocked(await applicationCount(round.id)),
    values: roundFormValues(round, scheme.currency, scheme.timeZone),
    timeZoneName: timeZoneName(scheme.timeZone, locale, round.opensAt),
    currencyLabel: currencyLabel(scheme.currency, locale),
  };
}

type ActionData = { errors: FieldErrors; values: Record<string, string> };

export async function action({ request, params }: ActionFunctionArgs) {
  const { user, funderId, round, scheme, locale } = await requireRound(request, params, "edit");
  const form = await request.formData();
  const locked = moneyRulesLocked(await applicationCount(round.id));
  const schema = roundFormSchema(scheme.currency, scheme.timeZone, {
    budget: locked ? "optional" : "required",
  });
  const result = parseForm(schema, form);
  if (!result.ok)
    return data<ActionData>({ errors: result.errors, values: result.values }, { status: 400 });
  const saved = await updateRound(user.id, funderId, round.id, result.data, locale);
  if (!saved.ok)
    return data<ActionData>(
      { errors: fieldErrors(saved.errors, scheme.currency, locale), values: typedValues(form) },
      { status: 400 },
    );
  return redirect(`/fund/${funderId}/schemes/${scheme.id}/rounds/${round.id}?saved=round`);
}

export default function EditRound() {
  const {
    scheme,
    round,
    locked,
    values,
    timeZoneName: zoneName,
    currencyLabel: currencyName,
  } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const { funder } = useFunder();
  const { t } = useTranslation("schemes");
  const roundPath = `/fund/${funder.id}/schemes/${scheme.id}/rounds/${round.id}`;
  return (
    <div className="stack-large schemes-page">
      <Breadcrumbs
        items={[
          ...schemeCrumbs(funder, scheme),
          { to: roundPath, label: round.name.text, lang: round.name.locale },
        ]}
      />
      <h1>{t("round.editTitle")}</h1>
      <RoundForm
        values={actionData?.values ?? values}
        errors={actionData?.errors}
        timeZone={scheme.timeZone}
        timeZoneName={zoneName}
        currencyLabel={currencyName}
        budgetLocked={locked}
        submitLabel={t("round.save")}
      />
      <p>
        <Link to={roundPath}>{t("round.backWithoutSaving")}</Link>
      </p>
    </div>
  );
}
