import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData, useLocation } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { FunderText, UntranslatedNote } from "~/components/public/funder-text";
import { RoundStatus } from "~/components/public/scheme-date";
import { keepLanguage } from "~/domain/shared/keep-language";
import { localeOf, translatorFor } from "~/services/platform/i18n.server";
import { schemeCards } from "~/services/public/public-schemes.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: data ? `${data.pageTitle} · Withfund` : "Withfund" },
];

// Published schemes are for everyone, signed in or not: there is no one to check here.
export async function loader({ request }: LoaderFunctionArgs) {
  const locale = await localeOf(request);
  const [t, schemes] = await Promise.all([translatorFor(locale), schemeCards(locale)]);
  return { pageTitle: t("public:list.title"), schemes };
}

export default function Schemes() {
  const { schemes } = useLoaderData<typeof loader>();
  const { t } = useTranslation();
  const { search } = useLocation();
  return (
    <div className="stack-large">
      <section className="stack">
        <h1>{t("public:list.title")}</h1>
        <p className="lead">{t("public:list.intro")}</p>
      </section>
      {schemes.length === 0 ? (
        <p className="notice">{t("public:list.empty")}</p>
      ) : (
        <ul className="public-list">
          {schemes.map((scheme) => (
            <li key={scheme.slug} className="card">
              <h2>
                <Link to={keepLanguage(`/schemes/${scheme.slug}`, search)}>
                  <FunderText text={scheme.title} />
                </Link>
              </h2>
              <UntranslatedNote texts={[scheme.title]} />
              <p className="muted">{t("public:list.funder", { funder: scheme.funder })}</p>
              <ul className="public-list__rounds">
                {scheme.rounds.map((round) => (
                  <li key={round.id}>
                    <RoundStatus state={round.state} date={round.date} timeZone={scheme.timeZone} />
                  </li>
                ))}
              </ul>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
