import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { GrantStatusText } from "~/components/grants/grant-details";
import { FunderText } from "~/components/public/funder-text";
import { FormattedDate } from "~/components/shared/formatted-date";
import { formatMoney } from "~/domain/shared/money";
import { requireUser } from "~/services/access/permissions.server";
import { groupGrants } from "~/services/grants/grant-pages.server";
import { localeOf } from "~/services/platform/i18n.server";

export const meta: MetaFunction = () => [{ title: "Withfund" }];

/** The grants of the groups she belongs to. */
export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const locale = await localeOf(request);
  const grants = await groupGrants(
    user.organisations.map((member) => member.organisationId),
    locale,
  );
  return { grants };
}

export default function YourGrants() {
  const { grants } = useLoaderData<typeof loader>();
  const { t, i18n } = useTranslation("grants");
  return (
    <div className="stack-large">
      <h1>{t("list.title")}</h1>
      {grants.length === 0 ? (
        <p>{t("list.none")}</p>
      ) : (
        <ul className="applying-list">
          {grants.map((grant) => (
            <li key={grant.id} className="card">
              <h2 className="applying-list__title">
                <Link to={`/grants/${grant.id}`}>
                  <FunderText text={grant.scheme} />
                </Link>
              </h2>
              <dl className="applying-facts">
                <div>
                  <dt>{t("facts.group")}</dt>
                  <dd dir="auto">{grant.organisation}</dd>
                </div>
                <div>
                  <dt>{t("facts.status")}</dt>
                  <dd>
                    <GrantStatusText status={grant.status} />
                  </dd>
                </div>
                <div>
                  <dt>{t("facts.awarded")}</dt>
                  <dd>{formatMoney(grant.awardedMinor, grant.currency, i18n.language)}</dd>
                </div>
                <div>
                  <dt>{t("facts.paid")}</dt>
                  <dd>{formatMoney(grant.paidMinor, grant.currency, i18n.language)}</dd>
                </div>
                <div>
                  <dt>{t("facts.period")}</dt>
                  <dd>
                    <FormattedDate iso={grant.startsOn} /> – <FormattedDate iso={grant.endsOn} />
                  </dd>
                </div>
              </dl>
              {grant.status === "OFFERED" ? (
                <p>
                  <Link to={`/grants/${grant.id}/accept`} className="button">
                    {t("accept.link")}
                  </Link>
                </p>
              ) : null}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
