import type { LoaderFunctionArgs } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { DownloadForm } from "~/components/exports/download-form";
import { Breadcrumbs } from "~/components/schemes/breadcrumbs";
import { useFunder } from "~/components/schemes/use-funder";
import { translated } from "~/domain/shared/translated-text";
import { exportChoices } from "~/services/exports/spreadsheets.server";
import { requireFunder } from "~/services/schemes/scheme-access.server";

/** Downloads for the funder's staff: grants and check-ins as spreadsheets, and open data per scheme. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const { funderId, locale } = await requireFunder(request, params, "view");
  const schemes = await exportChoices(funderId);
  return {
    schemes: schemes.map((scheme) => ({
      id: scheme.id,
      title: translated(scheme.title, locale),
      rounds: scheme.rounds.map((round) => ({
        id: round.id,
        name: translated(round.name, locale),
      })),
    })),
  };
}

export default function ExportsPage() {
  const page = useLoaderData<typeof loader>();
  const { funder } = useFunder();
  const { t } = useTranslation("exports");
  const base = `/fund/${funder.id}`;
  return (
    <div className="narrow stack-large">
      <Breadcrumbs items={[{ to: base, label: funder.name }]} />
      <h1>{t("page.title")}</h1>
      <section className="stack" aria-labelledby="spreadsheets-title">
        <h2 id="spreadsheets-title">{t("page.spreadsheetsTitle")}</h2>
        <p>{t("page.spreadsheetsIntro")}</p>
        <p>{t("page.consentNote")}</p>
        <DownloadForm base={base} schemes={page.schemes} />
      </section>
      <section className="stack" aria-labelledby="open-data-title">
        <h2 id="open-data-title">{t("page.openDataTitle")}</h2>
        <p>{t("page.openDataIntro")}</p>
        <ul className="link-list">
          {page.schemes.map((scheme) => (
            <li key={scheme.id}>
              <Link to={`${base}/schemes/${scheme.id}/open-data`} lang={scheme.title.locale}>
                {scheme.title.text}
              </Link>
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
