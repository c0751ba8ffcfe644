import type { LoaderFunctionArgs } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { CheckInStatusTable } from "~/components/outcomes/check-in-status-table";
import { LightNumberTotals } from "~/components/outcomes/light-number-totals";
import { ThemeFigure } from "~/components/outcomes/outcome-charts";
import { OutcomeFiltersForm } from "~/components/outcomes/outcome-filters-form";
import { periodLabel } from "~/components/outcomes/outcome-labels";
import { Breadcrumbs } from "~/components/schemes/breadcrumbs";
import { useFunder } from "~/components/schemes/use-funder";
import { ErrorSummary } from "~/components/shared/form-field";
import { outcomeQuery } from "~/domain/outcomes/outcome-filters";
import { defaultLocale, isLocale } from "~/domain/shared/locales";
import { outcomePageStart } from "~/services/outcomes/outcome-page.server";
import {
  keptCheckInStatus,
  keptLightNumberTotals,
  keptThemeViews,
} from "~/services/outcomes/outcome-kept.server";

/**
 * Outcome views for the funder's staff: themes over time and by pot (charts drawn on the
 * server, each with its table), where each grant stands with its check-ins, and the light
 * numbers added up; narrowed by scheme, round, pot and period with a GET form.
 */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const now = new Date();
  const start = await outcomePageStart(request, params, now);
  const { funder, filters, locale, scope, records } = start;
  const [{ overTime, byPot }, status, totals] = await Promise.all([
    keptThemeViews(records, filters, scope.pots, locale),
    keptCheckInStatus(records, filters, now),
    keptLightNumberTotals(records, filters, scope.rounds, locale),
  ]);
  return {
    values: start.values,
    errors: start.errors,
    choices: start.filterChoices,
    timeZone: funder.timeZone,
    overTime: {
      periods: overTime.periods.map((period) => ({ ...period, start: period.start.toISOString() })),
      themes: overTime.themes,
    },
    byPot,
    status,
    totals,
  };
}

export default function OutcomesPage() {
  const page = useLoaderData<typeof loader>();
  const { funder } = useFunder();
  const { t, i18n } = useTranslation("outcomes");
  const locale = isLocale(i18n.language) ? i18n.language : defaultLocale;
  const base = `/fund/${funder.id}/outcomes`;
  const query = outcomeQuery(page.values);
  const periods = page.overTime.periods.map((period) => ({
    key: period.key,
    label: periodLabel(period, page.values.per, locale, t),
  }));
  // Pots of different rounds often share a name: those say their round too.
  const roundOf = new Map(page.choices.pots.map((pot) => [pot.id, pot.round]));
  const named = (text: string) => page.byPot.pots.filter((pot) => pot.name.text === text).length;
  const pots = page.byPot.pots.map((pot) => {
    const round = roundOf.get(pot.id);
    return {
      key: pot.id,
      label:
        named(pot.name.text) > 1 && round
          ? t("views.filters.inside", { name: pot.name.text, parent: round })
          : pot.name.text,
    };
  });
  return (
    <div className="stack-large outcomes-page">
      <Breadcrumbs items={[{ to: `/fund/${funder.id}`, label: funder.name }]} />
      <div className="stack">
        <h1>{t("views.title")}</h1>
        <p>{t("views.intro")}</p>
        <ul className="outcomes-links">
          <li>
            <Link to={`${base}/stories${query}`}>{t("views.links.stories")}</Link>
          </li>
          <li>
            <Link to={`${base}/summary${query}`}>{t("views.links.summary")}</Link>
          </li>
        </ul>
      </div>
      <ErrorSummary errors={page.errors} />
      <OutcomeFiltersForm
        action={base}
        values={page.values}
        errors={page.errors}
        choices={page.choices}
      />

      <ThemeFigure
        id="themes-over-time"
        heading={t("views.overTime.title")}
        texts={{
          chartTitle: t("views.overTime.chartTitle"),
          chartDescription: t("views.overTime.chartDescription"),
          caption: t("views.overTime.caption"),
        }}
        groups={periods}
        series={page.overTime.themes}
      />
      <ThemeFigure
        id="themes-by-pot"
        heading={t("views.byPot.title")}
        texts={{
          chartTitle: t("views.byPot.chartTitle"),
          chartDescription: t("views.byPot.chartDescription"),
          caption: t("views.byPot.caption"),
        }}
        groups={pots}
        series={page.byPot.themes}
      >
        {page.byPot.more > 0 ? <p>{t("views.byPot.more", { count: page.byPot.more })}</p> : null}
      </ThemeFigure>

      <CheckInStatusTable
        status={page.status}
        timeZone={page.timeZone}
        pageLink={(number) => `${base}${outcomeQuery(page.values, number)}`}
      />
      <LightNumberTotals rounds={page.totals} />
    </div>
  );
}
