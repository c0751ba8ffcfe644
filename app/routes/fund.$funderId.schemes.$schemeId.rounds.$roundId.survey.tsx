import type { LoaderFunctionArgs } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { SurveyResultsView } from "~/components/survey/survey-results";
import { Breadcrumbs, roundCrumbs } from "~/components/schemes/breadcrumbs";
import { useFunder } from "~/components/schemes/use-funder";
import { translated } from "~/domain/shared/translated-text";
import { requireRound } from "~/services/schemes/scheme-access.server";
import { roundSurveyResults } from "~/services/survey/survey.server";

/**
 * What grantees said of the round in its anonymous survey: totals only, and nothing at all
 * until five groups have answered.
 */

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { round, scheme, locale } = await requireRound(request, params, "view");
  return {
    scheme: { id: scheme.id, title: translated(scheme.title, locale) },
    round: { id: round.id, name: translated(round.name, locale) },
    results: await roundSurveyResults(round.id),
  };
}

export default function SurveyResultsPage() {
  const page = useLoaderData<typeof loader>();
  const { funder } = useFunder();
  const { t } = useTranslation("survey");
  return (
    <div className="stack-large schemes-page">
      <Breadcrumbs items={roundCrumbs(funder, page.scheme, page.round)} />
      <div className="stack">
        <h1>{t("results.title")}</h1>
        <p>{t("results.intro")}</p>
      </div>
      <SurveyResultsView results={page.results} />
    </div>
  );
}
