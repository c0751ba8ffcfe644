import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Link, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { FormattedDateTime } from "~/components/formatted-date";
import { Breadcrumbs, schemeCrumbs } from "~/components/schemes/breadcrumbs";
import { MoneyRulesLocked, SavedNotice, Warnings } from "~/components/schemes/notices";
import { PotSummary } from "~/components/schemes/pot-summary";
import { RoundForm } from "~/components/schemes/round-form";
import { useFunder } from "~/components/schemes/use-funder";
import { potBudget } from "~/domain/ledger";
import { formatMoney } from "~/domain/money";
import { checkPots, moneyRulesLocked } from "~/domain/round-plan";
import { messageValues } from "~/domain/schemes/plan-check";
import { fieldErrors } from "~/domain/schemes/plan-check";
import { roundFormSchema, roundFormValues } from "~/domain/schemes/round-form";
import { currencyLabel } from "~/domain/schemes/scheme-form";
import { translated } from "~/domain/translated-text";
import { timeZoneName } from "~/domain/zoned-time";
import { typedValues } from "~/lib/form-values";
import { parseForm, type FieldErrors } from "~/lib/validation";
import { requireRound } from "~/services/scheme-access.server";
import { applicationCount, updateRound } from "~/services/scheme-admin.server";
import { toPlannedPot } from "~/services/schemes.server";

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { round, scheme, locale, canEdit } = await requireRound(request, params, "view");
  const locked = moneyRulesLocked(await applicationCount(round.id));
  const planned = round.pots.map(toPlannedPot);
  const plan = checkPots(round.budgetMinor, planned);
  const allocatedMinor = planned.reduce(
    (total, pot) => total + potBudget(pot, round.budgetMinor),
    0,
  );
  const notes = (potId: string) =>
    [...plan.problems, ...plan.warnings]
      .filter((issue) => issue.potId === potId)
      .map((issue) => ({
        key: issue.key,
        values: messageValues(issue.values, scheme.currency, locale),
      }));
  return {
    scheme: {
      id: scheme.id,
      title: translated(scheme.title, locale),
      currency: scheme.currency,
      timeZone: scheme.timeZone,
    },
    round: {
      id: round.id,
      name: translated(round.name, locale),
      opensAt: round.opensAt.toISOString(),
      closesAt: round.closesAt.toISOString(),
      decisionAt: round.decisionAt?.toISOString() ?? null,
      budgetMinor: round.budgetMinor,
      allocatedMinor,
    },
    roundNotes: plan.problems
      .filter((issue) => !issue.potId)
      .map((issue) => ({
        key: issue.key,
        values: messageValues(issue.values, scheme.currency, locale),
      })),
    pots: round.pots.map((pot, index) => ({
      id: pot.id,
      name: translated(pot.name, locale),
      description: translated(pot.description, locale),
      money: planned[index]!,
      notes: notes(pot.id),
    })),
    locked,
    canEdit,
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

export default function RoundPage() {
  const {
    scheme,
    round,
    roundNotes,
    pots,
    locked,
    canEdit,
    values,
    timeZoneName: zoneName,
    currencyLabel: currencyName,
  } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const { funder } = useFunder();
  const [searchParams] = useSearchParams();
  const { t, i18n } = useTranslation("schemes");
  const money = (minor: number) => formatMoney(minor, scheme.currency, i18n.language);
  const base = `/fund/${funder.id}/schemes/${scheme.id}/rounds/${round.id}`;
  return (
    <div className="stack-large schemes-page">
      <Breadcrumbs
        items={[
          ...schemeCrumbs(funder, scheme),
        ]}
      />
      <div className="stack">
        <h1 lang={round.name.locale}>{round.name.text}</h1>
        <SavedNotice saved={searchParams.get("saved")} />
      </div>

      <dl className="summary-list">
        <div>
          <dt>{t("round.opensAt")}</dt>
          <dd>
            <FormattedDateTime iso={round.opensAt} timeZone={scheme.timeZone} />
          </dd>
        </div>
        <div>
          <dt>{t("round.closesAt")}</dt>
          <dd>
            <FormattedDateTime iso={round.closesAt} timeZone={scheme.timeZone} />
          </dd>
        </div>
        <div>
          <dt>{t("round.decisionAt")}</dt>
          <dd>
            {round.decisionAt ? (
              <FormattedDateTime iso={round.decisionAt} timeZone={scheme.timeZone} />
            ) : (
              t("round.noDecisionDate")
            )}
          </dd>
        </div>
        <div>
          <dt>{t("round.budgetLabel")}</dt>
          <dd>{money(round.budgetMinor)}</dd>
        </div>
        <div>
          <dt>{t("round.allocated")}</dt>
          <dd>{money(round.allocatedMinor)}</dd>
        </div>
        <div>
          <dt>{t("round.unallocated")}</dt>
          <dd>{money(round.budgetMinor - round.allocatedMinor)}</dd>
        </div>
      </dl>
      <p className="muted">{t("round.dateHint", { zoneName, zone: scheme.timeZone })}</p>
      <p>
        <Link to={`${base}/ledger`} className="button button--secondary">
          {t("ledger.link")}
        </Link>
      </p>

      {locked ? <MoneyRulesLocked /> : null}
      <Warnings warnings={roundNotes} />

      <section className="stack" aria-labelledby="pots-title">
        <h2 id="pots-title">{t("pots.title")}</h2>
        {pots.length === 0 ? <p>{t("pots.none")}</p> : null}
        <ul className="schemes-cards">
          {pots.map((pot) => (
            <li key={pot.id} className="card">
              <h3>
                <Link to={`${base}/pots/${pot.id}`} lang={pot.name.locale}>
                  {pot.name.text}
                </Link>
              </h3>
              <p lang={pot.description.locale}>{pot.description.text}</p>
              <PotSummary
                pot={pot.money}
                roundBudgetMinor={round.budgetMinor}
                currency={scheme.currency}
              />
              <Warnings warnings={pot.notes} />
            </li>
          ))}
        </ul>
        {canEdit && !locked ? (
          <p>
            <Link to={`${base}/pots/new`} className="button">
              {t("pot.new")}
            </Link>
          </p>
        ) : null}
      </section>

      {canEdit ? (
        <section className="stack" aria-labelledby="round-edit-title">
          <h2 id="round-edit-title">{t("round.editTitle")}</h2>
          <RoundForm
            values={actionData?.values ?? values}
            errors={actionData?.errors}
            timeZone={scheme.timeZone}
            timeZoneName={zoneName}
            currencyLabel={currencyName}
            budgetLocked={locked}
            submitLabel={t("round.save")}
          />
        </section>
      ) : null}
    </div>
  );
}
