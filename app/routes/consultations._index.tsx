import type { LoaderFunctionArgs } from "@remix-run/node";
import { Link, useLoaderData, useSearchParams } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { isOpenForSuggestions } from "~/domain/forms/version-lifecycle";
import { translated } from "~/domain/shared/translated-text";
import { localeOf } from "~/services/platform/i18n.server";
import { requireUser } from "~/services/access/permissions.server";
import { consultationsFor } from "~/services/forms/working-group.server";

/** The forms a working-group member is helping to shape: open consultations first. */

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const locale = await localeOf(request);
  const versions = await consultationsFor(user.id);
  return {
    versions: versions.map((version) => ({
      id: version.id,
      version: version.version,
      status: version.status,
      schemeTitle: translated(version.scheme.title, locale),
      mine: version._count.suggestions,
    })),
  };
}

export default function Consultations() {
  const { versions } = useLoaderData<typeof loader>();
  const [searchParams] = useSearchParams();
  const { t } = useTranslation();
  return (
    <div className="stack-large builder-page narrow">
      <h1>{t("forms:consultations.title")}</h1>
      {searchParams.get("joined") ? (
        <p role="status" className="notice">
          {t("forms:consultations.joined")}
        </p>
      ) : null}
      {versions.length === 0 ? <p>{t("forms:consultations.none")}</p> : null}
      <ul className="stack builder-versions">
        {versions.map((version) => (
          <li key={version.id} className="card">
            <h2>
              <Link to={`/consultations/${version.id}`}>
                <span lang={version.schemeTitle.locale}>{version.schemeTitle.text}</span>
              </Link>
            </h2>
            <p>
              {t("forms:versions.version", { version: version.version })} ·{" "}
              {isOpenForSuggestions(version.status)
                ? t("forms:consultations.open")
                : t("forms:consultations.closed")}
            </p>
            <p className="muted">
              {t("forms:consultations.yourSuggestions", { count: version.mine })}
            </p>
          </li>
        ))}
      </ul>
    </div>
  );
}
