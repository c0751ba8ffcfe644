import type { LoaderFunctionArgs } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { CompletenessTable } from "~/components/panels/completeness-table";
import {
  FrozenNote,
  PanelCaption,
  RubricTrail,
  rubricPath,
} from "~/components/panels/rubric-layout";
import { completeLanguages, translationCompleteness } from "~/domain/panels/rubric";
import { localeNames } from "~/domain/shared/locales";
import { translated } from "~/domain/shared/translated-text";
import { requireRubric } from "~/services/panels/rubric-pages.server";

/** Which languages the rubric is written in: one column per language, one row per criterion. */

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { page, locale, criteria } = await requireRubric(request, params, "view");
  return {
    page,
    complete: completeLanguages(criteria),
    total: translationCompleteness(criteria),
    criteria: criteria.map((criterion) => ({
      id: criterion.id,
      title: translated(criterion.title, locale),
      languages: translationCompleteness([criterion]),
    })),
  };
}

export default function RubricTranslations() {
  const { page, complete, total, criteria } = useLoaderData<typeof loader>();
  const { t } = useTranslation();
  const base = rubricPath(page);
  return (
    <div className="stack-large schemes-page">
      <div className="stack">
        <RubricTrail page={page} inRubric />
        <h1>{t("panels:rubric.translations.title")}</h1>
        <PanelCaption page={page} />
        <FrozenNote page={page} />
        <p>{t("panels:rubric.translations.intro")}</p>
        <p>
          {criteria.length === 0
            ? t("panels:rubric.errors.noCriteria")
            : complete.length === 0
              ? t("panels:rubric.translations.noneComplete")
              : t("panels:rubric.translations.completeIn", {
                  languages: complete.map((l) => localeNames[l]).join(", "),
                })}
        </p>
      </div>
      {criteria.length > 0 ? (
        <CompletenessTable
          caption={t("panels:rubric.translations.title")}
          rows={[
            ...criteria.map((criterion) => ({
              key: criterion.id,
              label: page.canEdit ? (
                <Link
                  to={`${base}/criteria/${criterion.id}/translations`}
                  lang={criterion.title.locale}
                >
                  {criterion.title.text}
                </Link>
              ) : (
                <span lang={criterion.title.locale}>{criterion.title.text}</span>
              ),
              languages: criterion.languages,
            })),
            { key: "total", label: t("panels:rubric.translations.whole"), languages: total },
          ]}
        />
      ) : null}
    </div>
  );
}
