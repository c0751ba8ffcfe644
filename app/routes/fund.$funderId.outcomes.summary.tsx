import type { LoaderFunctionArgs } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { ThemeFigure } from "~/components/outcomes/outcome-charts";
import { OutcomeFiltersForm } from "~/components/outcomes/outcome-filters-form";
import { PrintButton } from "~/components/outcomes/print-button";
import { StoryWall } from "~/components/outcomes/story-wall";
import { useFunder } from "~/components/schemes/use-funder";
import { ErrorSummary } from "~/components/shared/form-field";
import { addMonths, monthStart, outcomeQuery } from "~/domain/outcomes/outcome-filters";
import { formatNumber, intlLocale } from "~/domain/shared/dates";
import { defaultLocale, isLocale } from "~/domain/shared/locales";
import { formatMoney } from "~/domain/shared/money";
import { outcomePageStart } from "~/services/outcomes/outcome-page.server";
import {
  keptHeadlineFigures,
  keptStories,
  keptTopThemes,
} from "~/services/outcomes/outcome-kept.server";

/** How many stories a one-page summary has room for. */
const SUMMARY_STORIES = 3;

/**
 * The one-page portfolio summary for a committee: headline figures, the most used themes and
 * three highlighted stories for the chosen scheme, round or pot and period, laid out to print on
 * one A4 page (or be saved as a PDF from the print dialog).
 */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const start = await outcomePageStart(request, params, new Date());
  const { filters, locale, records } = start;
  const [figures, themes, stories] = await Promise.all([
    keptHeadlineFigures(records, filters, start.schemes),
    keptTopThemes(records, filters, locale),
    keptStories(records, filters, locale, SUMMARY_STORIES),
  ]);
  const scopeName =
    start.filterChoices.pots.find((pot) => pot.id === filters.potId) ??
    start.filterChoices.rounds.find((round) => round.id === filters.roundId) ??
    start.filterChoices.schemes.find((scheme) => scheme.id === filters.schemeId) ??
    null;
  return {
    values: start.values,
    errors: start.errors,
    choices: start.filterChoices,
    scopeName: scopeName ? { text: scopeName.text, locale: scopeName.locale } : null,
    figures,
    themes,
    stories,
  };
}

function monthName(value: string, locale: string) {
  const start = monthStart(value) ?? addMonths(new Date(), 0);
  return new Intl.DateTimeFormat(intlLocale(locale), {
    month: "long",
    year: "numeric",
    timeZone: "UTC",
  }).format(start);
}

export default function PortfolioSummaryPage() {
  const page = useLoaderData<typeof loader>();
  const { funder } = useFunder();
  const { t, i18n } = useTranslation("outcomes");
  const locale = isLocale(i18n.language) ? i18n.language : defaultLocale;
  const base = `/fund/${funder.id}/outcomes`;
  const number = (value: number) => formatNumber(value, locale);
  const groups = [{ key: "all", label: t("summary.allCheckIns") }];
  return (
    <div className="stack outcomes-summary">
      <div className="no-print stack">
        <p>
          <Link to={`${base}${outcomeQuery(page.values)}`}>{t("summary.back")}</Link>
        </p>
        <ErrorSummary errors={page.errors} />
        <details>
          <summary>{t("summary.change")}</summary>
          <OutcomeFiltersForm
            action={`${base}/summary`}
            values={page.values}
            errors={page.errors}
            choices={page.choices}
            showGrouping={false}
          />
        </details>
        <PrintButton />
      </div>
      <header className="stack-small">
        <h1>{t("summary.title", { funder: funder.name })}</h1>
        <p>
          {page.scopeName ? (
            <>
              <span lang={page.scopeName.locale}>{page.scopeName.text}</span>
              {" · "}
            </>
          ) : null}
          {t("summary.period", {
            from: monthName(page.values.from, locale),
            to: monthName(page.values.to, locale),
          })}
        </p>
      </header>
      <section aria-labelledby="summary-figures-title">
        <h2 id="summary-figures-title">{t("summary.figures.title")}</h2>
        <dl className="outcomes-figures">
          <div>
            <dt>{t("summary.figures.grants")}</dt>
            <dd>{number(page.figures.grants)}</dd>
          </div>
          {page.figures.money.length === 0 ? (
            <div>
              <dt>{t("summary.figures.awarded")}</dt>
              <dd>{number(0)}</dd>
            </div>
          ) : null}
          {page.figures.money.map((money) => (
            <div key={`awarded-${money.currency}`}>
              <dt>{t("summary.figures.awarded")}</dt>
              <dd>{formatMoney(money.awarded, money.currency, locale)}</dd>
            </div>
          ))}
          {page.figures.money.map((money) => (
            <div key={`paid-${money.currency}`}>
              <dt>{t("summary.figures.paid")}</dt>
              <dd>{formatMoney(money.paid, money.currency, locale)}</dd>
            </div>
          ))}
          <div>
            <dt>{t("summary.figures.checkIns")}</dt>
            <dd>{number(page.figures.checkIns)}</dd>
          </div>
        </dl>
      </section>
      <ThemeFigure
        id="summary-themes"
        className="outcomes-summary__themes"
        heading={t("summary.themes.title")}
        texts={{
          chartTitle: t("summary.themes.chartTitle"),
          chartDescription: t("summary.themes.chartDescription"),
          caption: t("summary.themes.caption"),
        }}
        groups={groups}
        series={page.themes}
      />
      <section aria-labelledby="summary-stories-title">
        <h2 id="summary-stories-title">{t("summary.stories.title")}</h2>
        <StoryWall stories={page.stories} photoUrl={(id) => `${base}/photos/${id}`} />
      </section>
    </div>
  );
}
