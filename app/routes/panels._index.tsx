import type { LoaderFunctionArgs } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { SchemeDate } from "~/components/public/scheme-date";
import { localeOf } from "~/services/platform/i18n.server";
import { panelsOf } from "~/services/panels/panels.server";
import { requireUser } from "~/services/access/permissions.server";

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  return { panels: await panelsOf(user.id, await localeOf(request)) };
}

/** The panels she sits on: where a reviewer starts. */
export default function Panels() {
  const { panels } = useLoaderData<typeof loader>();
  const { t } = useTranslation();
  return (
    <div className="narrow stack-large">
      <h1>{t("panel.listTitle")}</h1>
      {panels.length === 0 ? (
        <p>{t("panel.none")}</p>
      ) : (
        <ul className="stack builder-versions">
          {panels.map((panel) => (
            <li key={panel.id} className="card">
              <h2>
                <Link to={`/panels/${panel.id}`}>
                  <bdi>{panel.name}</bdi>
                </Link>
              </h2>
              <p>
                {t("panel.roundLabel")} <bdi lang={panel.round.locale}>{panel.round.text}</bdi>
              </p>
              <p>{t("panel.yourRoleIs", { role: t(`roles.${panel.role}`) })}</p>
              <p className="muted">
                {t("panel.roundCloses")}{" "}
                <SchemeDate iso={panel.closesAt} timeZone={panel.timeZone} withTime />
              </p>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
