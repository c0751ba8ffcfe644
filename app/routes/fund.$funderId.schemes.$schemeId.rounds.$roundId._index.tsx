import type { LoaderFunctionArgs } from "@remix-run/node";
import { RoundMscLink } from "~/components/msc/msc-links";
import { RoundSurveyLink } from "~/components/survey/survey-links";
import { Link, useLoaderData, useSearchParams } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { FormattedDateTime } from "~/components/shared/formatted-date";
import { Breadcrumbs, schemeCrumbs } from "~/components/schemes/breadcrumbs";
import { MoneyRulesLocked, SavedNotice, Warnings } from "~/components/schemes/notices";
import { PotSummary } from "~/components/schemes/pot-summary";
import { useFunder } from "~/components/schemes/use-funder";
import { potBudget } from "~/domain/schemes/ledger";
import { formatMoney } from "~/domain/shared/money";
import { checkPots, moneyRulesLocked } from "~/domain/schemes/round-plan";
import { messageValues } from "~/domain/schemes/plan-check";
import { translated } from "~/domain/shared/translated-text";
import { timeZoneName } from "~/domain/shared/zoned-time";
import { requireRound } from "~/services/schemes/scheme-access.server";
import { applicationCount } from "~/services/schemes/scheme-admin.server";
import { toPlannedPot } from "~/services/schemes/schemes.server";

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
    timeZoneName: timeZoneName(scheme.timeZone, locale, round.opensAt),
  };
}

export default function RoundPage() {
  const {
    scheme,
    round,
    roundNotes,
    pots,
    locked,
    canEdit,
    timeZoneName: zoneName,
  } = useLoaderData<typeof loader>();
  const { funder } = useFunder();
  const [searchParams] = useSearchParams();
  const { t, i18n } = useTranslation("schemes");
  const money = (minor: number) => formatMoney(minor, scheme.currency, i18n.language);
  const base = `/fund/${funder.id}/schemes/${scheme.id}/rounds/${round.id}`;
  // GOV.UK summary list: each row a link to the one field that changes it, on the edit page.
  const change = (field: string, what: string) =>
    canEdit ? (
      <dd className="summary-list__actions">
        <Link to={`${base}/edit#field-${field}`}>
          {t("round.change")}
          <span className="visually-hidden"> {what}</span>
        </Link>
      </dd>
    ) : null;
  return (
    <div className="stack-large schemes-page">
      <Breadcrumbs items={[...schemeCrumbs(funder, scheme)]} />
      <div className="stack">
        <h1 lang={round.name.locale}>{round.name.text}</h1>
        <SavedNotice saved={searchParams.get("saved")} />
      </div>

      <dl className="summary-list summary-list--actions">
        <div>
          <dt>{t("round.name")}</dt>
          <dd lang={round.name.locale}>{round.name.text}</dd>
          {change("name_en", t("round.name"))}
        </div>
        <div>
          <dt>{t("round.opensAt")}</dt>
          <dd>
            <FormattedDateTime iso={round.opensAt} timeZone={scheme.timeZone} />
          </dd>
          {change("opensAt", t("round.opensAt"))}
        </div>
        <div>
          <dt>{t("round.closesAt")}</dt>
          <dd>
            <FormattedDateTime iso={round.closesAt} timeZone={scheme.timeZone} />
          </dd>
          {change("closesAt", t("round.closesAt"))}
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
          {change("decisionAt", t("round.decisionAt"))}
        </div>
        <div>
          <dt>{t("round.budgetLabel")}</dt>
          <dd>{money(round.budgetMinor)}</dd>
          {locked ? null : change("budget", t("round.budgetLabel"))}
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

      <section className="stack" aria-labelledby="screening-title">
        <h2 id="screening-title">{t("eligibility:screening.roundTitle")}</h2>
        <p>{t("eligibility:screening.roundIntro")}</p>
        <p>
          <Link to={`${base}/screening`}>{t("eligibility:screening.roundLink")}</Link>
        </p>
      </section>

      <section className="stack" aria-labelledby="monitoring-title">
        <h2 id="monitoring-title">{t("monitoring:round.title")}</h2>
        <p>{t("monitoring:round.roundIntro")}</p>
        <p>
          <Link to={`${base}/monitoring`}>{t("monitoring:round.link")}</Link>
        </p>
      </section>

      <section className="stack" aria-labelledby="panels-title">
        <h2 id="panels-title">{t("panels:setup.listTitle")}</h2>
        <p>{t("panels:setup.roundIntro")}</p>
        <p>
          <Link to={`${base}/panels`}>{t("panels:setup.listLink")}</Link>
        </p>
      </section>
      <RoundMscLink base={base} />
      <RoundSurveyLink base={base} />

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
    </div>
  );
}
