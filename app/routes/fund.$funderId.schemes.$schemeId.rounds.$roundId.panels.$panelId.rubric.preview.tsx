import type { LoaderFunctionArgs } from "@remix-run/node";
import { Link, useLoaderData, useLocation } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { CriterionView } from "~/components/panels/criterion-view";
import { PanelCaption, RubricTrail } from "~/components/panels/rubric-layout";
import { LanguageRegion } from "~/components/shared/translations";
import { weightShares } from "~/domain/panels/rubric";
import { isLocale, localeNames, supportedLocales } from "~/domain/shared/locales";
import { requireRubric } from "~/services/panels/rubric-pages.server";

/**
 * The rubric as a reviewer reads it, in any language (?language=fa). Texts not yet translated
 * show in the language they were written in. The page around it stays in the viewer's language.
 */

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { page, locale, criteria } = await requireRubric(request, params, "view");
  const requested = new URL(request.url).searchParams.get("language");
  return {
    page,
    language: isLocale(requested) ? requested : locale,
    criteria,
    shares: weightShares(criteria),
  };
}

export default function RubricPreview() {
  const { page, language, criteria, shares } = useLoaderData<typeof loader>();
  const location = useLocation();
  const { t } = useTranslation();
  return (
    <div className="stack-large schemes-page">
      <div className="stack">
        <RubricTrail page={page} inRubric />
        <h1>{t("panels:rubric.preview.title")}</h1>
        <PanelCaption page={page} />
        <p>{t("panels:rubric.preview.intro")}</p>
        <nav aria-label={t("panels:rubric.preview.languages")}>
          <ul className="builder-tabs">
            {supportedLocales.map((l) => (
              <li key={l}>
                <Link
                  to={`${location.pathname}?language=${l}`}
                  lang={l}
                  aria-current={l === language ? "page" : undefined}
                  preventScrollReset
                >
                  {localeNames[l]}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      </div>
      <LanguageRegion locale={language} className="stack-large">
        {criteria.length === 0 ? <p>{t("panels:rubric.errors.noCriteria")}</p> : null}
        {criteria.map((criterion) => (
          <CriterionView
            key={criterion.id}
            criterion={criterion}
            share={shares[criterion.id] ?? 0}
            locale={language}
          />
        ))}
      </LanguageRegion>
    </div>
  );
}
