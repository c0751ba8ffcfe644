import type { LoaderFunctionArgs } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { OpenDataStatus, type OpenDataState } from "~/components/exports/open-data-status";
import { Breadcrumbs, schemeCrumbs } from "~/components/schemes/breadcrumbs";
import { useFunder } from "~/components/schemes/use-funder";
import { translated } from "~/domain/shared/translated-text";
import { funderForOpenData, schemeOpenData } from "~/services/exports/open-data.server";
import { requireScheme } from "~/services/schemes/scheme-access.server";

/**
 * What publishing a scheme's grants as 360Giving open data means, what goes in and what never
 * does, and the file itself when there is something valid to publish.
 */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const { funderId, scheme, locale, canAdminister } = await requireScheme(request, params, "view");
  const funder = await funderForOpenData(funderId);
  const result = await schemeOpenData(funder, scheme, new Date());
  const state: OpenDataState =
    result.kind === "ready"
      ? {
          kind: "ready",
          grantCount: result.grantCount,
          leadershipCount: result.data.grants.filter((grant) => "deiDetails" in grant).length,
        }
      : result;
  return {
    scheme: { id: scheme.id, title: translated(scheme.title, locale) },
    state,
    canAdminister,
  };
}

export default function OpenDataPage() {
  const page = useLoaderData<typeof loader>();
  const { funder } = useFunder();
  const { t } = useTranslation("exports");
  const base = `/fund/${funder.id}/schemes/${page.scheme.id}`;
  return (
    <div className="narrow stack-large">
      <Breadcrumbs items={schemeCrumbs(funder, page.scheme)} />
      <h1>{t("openData.title")}</h1>
      <p className="lead">{t("openData.intro")}</p>
      <section className="stack" aria-labelledby="included-title">
        <h2 id="included-title">{t("openData.includedTitle")}</h2>
        <ul>
          <li>{t("openData.included.grant")}</li>
          <li>{t("openData.included.group")}</li>
          <li>{t("openData.included.programme")}</li>
          <li>{t("openData.included.leadership")}</li>
        </ul>
        <h2 id="never-title">{t("openData.neverTitle")}</h2>
        <p>{t("openData.never")}</p>
        <p>{t("openData.leftOut")}</p>
      </section>
      <OpenDataStatus
        state={page.state}
        downloadTo={`${base}/360giving.json`}
        settingsTo={`/fund/${funder.id}/settings`}
        canAdminister={page.canAdminister}
      />
    </div>
  );
}
