import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { requirePlatformAdmin } from "~/services/admin/admin-access.server";

/** The platform administrator's area: what she runs for every funder. */

export const meta: MetaFunction = () => [{ title: "Withfund" }];

export async function loader({ request }: LoaderFunctionArgs) {
  await requirePlatformAdmin(request);
  return null;
}

export default function AdminHome() {
  const { t } = useTranslation("admin");
  return (
    <section className="narrow stack" aria-labelledby="admin-title">
      <h1 id="admin-title">{t("home.title")}</h1>
      <p>{t("home.intro")}</p>
      <ul>
        <li>
          <Link to="/admin/funders">{t("home.funders")}</Link>
        </li>
        <li>
          <Link to="/admin/outbox">{t("home.outbox")}</Link>
        </li>
      </ul>
    </section>
  );
}
