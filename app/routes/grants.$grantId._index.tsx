import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData, useSearchParams } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { GrantSections } from "~/components/grants/grant-details";
import { GrantSurveyLink } from "~/components/survey/survey-links";
import { requireGrant } from "~/services/grants/grant-access.server";
import { grantPage } from "~/services/grants/grant-pages.server";
import { localeOf } from "~/services/platform/i18n.server";

export const meta: MetaFunction = () => [{ title: "Withfund" }];

/** The group's grant: what it is worth, its conditions, payments, check-ins and changes. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const access = await requireGrant(request, params, "view");
  const page = await grantPage(access, await localeOf(request));
  return { ...page, as: "group" as const };
}

export default function GroupGrant() {
  const page = useLoaderData<typeof loader>();
  const { t } = useTranslation("grants");
  const [search] = useSearchParams();
  const accepted = search.get("accepted");
  return (
    <div className="stack-large">
      <p>
        <Link to="/grants">{t("list.back")}</Link>
      </p>
      <div className="stack">
        <h1 dir="auto">{t("page.title", { organisation: page.organisation.name })}</h1>
        {accepted ? (
          <p className="notice" role="status">
            {accepted === "again" ? t("accept.already") : t("accept.done")}
          </p>
        ) : null}
        {page.grant.status === "OFFERED" ? (
          <div className="notice stack">
            <p>{t("accept.waiting")}</p>
            <p>
              <Link to={`/grants/${page.grant.id}/accept`} className="button">
                {t("accept.link")}
              </Link>
            </p>
          </div>
        ) : null}
      </div>
      <GrantSections page={page} />
      {page.grant.status === "OFFERED" ? null : <GrantSurveyLink grantId={page.grant.id} />}
    </div>
  );
}
