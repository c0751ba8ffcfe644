import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { requirePlatformAdmin } from "~/services/admin/admin-access.server";
import { listFunders } from "~/services/admin/funders.server";

/** Every funder on the platform, active or not, for the platform administrator. */

export const meta: MetaFunction = () => [{ title: "Withfund" }];

export async function loader({ request }: LoaderFunctionArgs) {
  await requirePlatformAdmin(request);
  const funders = await listFunders();
  return {
    funders: funders.map((funder) => ({
      id: funder.id,
      name: funder.name,
      deactivated: funder.deactivatedAt !== null,
      members: funder._count.members,
      schemes: funder._count.schemes,
    })),
  };
}

export default function AdminFunders() {
  const { funders } = useLoaderData<typeof loader>();
  const { t } = useTranslation("admin");
  return (
    <section className="stack-large" aria-labelledby="funders-title">
      <div className="stack">
        <p>
          <Link to="/admin">{t("funders.back")}</Link>
        </p>
        <h1 id="funders-title">{t("funders.title")}</h1>
        <p>
          <Link to="/admin/funders/new" className="button">
            {t("funders.new")}
          </Link>
        </p>
      </div>
      {funders.length === 0 ? <p>{t("funders.none")}</p> : null}
      <ul className="org-cards">
        {funders.map((funder) => (
          <li key={funder.id} className="card stack">
            <p>
              <Link to={`/admin/funders/${funder.id}`} dir="auto">
                {funder.name}
              </Link>
            </p>
            <p className="muted">
              {funder.deactivated ? t("funders.deactivated") : t("funders.active")} ·{" "}
              {t("funders.people", { number: funder.members })} ·{" "}
              {t("funders.schemes", { number: funder.schemes })}
            </p>
          </li>
        ))}
      </ul>
    </section>
  );
}
