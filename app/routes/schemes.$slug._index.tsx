import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData, useLocation, useRouteLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { FunderText, UntranslatedNote } from "~/components/public/funder-text";
import { RoundStatus, SchemeDate } from "~/components/public/scheme-date";
import { useExplain } from "~/components/public/use-explain";
import { formatMoney } from "~/domain/shared/money";
import { keepLanguage } from "~/domain/shared/keep-language";
import type { loader as rootLoader } from "~/root";
import { localeOf } from "~/services/platform/i18n.server";
import { schemeDetails } from "~/services/public/public-schemes.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: data ? `${data.title.text} · Withfund` : "Withfund" },
];

// Published schemes are for everyone; unknown and unpublished ones look the same: not found.
export async function loader({ request, params }: LoaderFunctionArgs) {
  const scheme = await schemeDetails(params.slug ?? "", await localeOf(request));
  if (!scheme) throw new Response("Not found", { status: 404 });
  return scheme;
}

export default function SchemePage() {
  const scheme = useLoaderData<typeof loader>();
  const { t, i18n } = useTranslation();
  const { search } = useLocation();
  const explain = useExplain(scheme.currency);
  const signedIn = Boolean(useRouteLoaderData<typeof rootLoader>("root")?.user);
  const money = (minor: number) => formatMoney(minor, scheme.currency, i18n.language);
  const here = `/schemes/${scheme.slug}`;
  return (
    <div className="stack-large">
      <section className="stack">
        <p>
          <Link to={keepLanguage("/schemes", search)}>{t("public:scheme.allSchemes")}</Link>
        </p>
        <h1>
          <FunderText text={scheme.title} />
        </h1>
        <p className="muted">{t("public:list.funder", { funder: scheme.funder })}</p>
        {scheme.description ? (
          <FunderText as="p" className="lead public-text" text={scheme.description} />
        ) : null}
        <UntranslatedNote texts={[scheme.title, scheme.description]} />
        {scheme.rounds.length > 0 ? (
          <p>
            <Link className="button" to={keepLanguage(`${here}/check`, search)}>
              {t("public:scheme.checkLink")}
            </Link>
          </p>
        ) : (
          <p className="notice">{t("public:scheme.noRounds")}</p>
        )}
      </section>

      {scheme.rounds.map((round) => (
        <section key={round.id} className="stack" aria-labelledby={`round-${round.id}`}>
          <h2 id={`round-${round.id}`}>
            <FunderText text={round.name} />
          </h2>
          <p className="public-status">
            <RoundStatus state={round.state} date={round.date} timeZone={scheme.timeZone} />
          </p>
          <dl className="summary-list">
            <div>
              <dt>{t("public:round.opens")}</dt>
              <dd>
                <SchemeDate iso={round.opensAt} timeZone={scheme.timeZone} withTime />
              </dd>
            </div>
            <div>
              <dt>{t("public:round.closes")}</dt>
              <dd>
                <SchemeDate iso={round.closesAt} timeZone={scheme.timeZone} withTime />
              </dd>
            </div>
            {round.decisionAt ? (
              <div>
                <dt>{t("public:round.decision")}</dt>
                <dd>
                  <SchemeDate iso={round.decisionAt} timeZone={scheme.timeZone} withTime />
                </dd>
              </div>
            ) : null}
            <div>
              <dt>{t("public:round.budget")}</dt>
              <dd>{money(round.budgetMinor)}</dd>
            </div>
          </dl>
          {round.floors.map((floor, index) => (
            <p key={index} className="notice">
              {explain(floor)}
            </p>
          ))}
          <h3>{t("public:round.pots")}</h3>
          <ul className="public-pots">
            {round.pots.map((pot) => (
              <li key={pot.id} className="card">
                <h4>
                  <FunderText text={pot.name} />
                </h4>
                {pot.description ? (
                  <FunderText as="p" className="public-text" text={pot.description} />
                ) : null}
                <UntranslatedNote texts={[pot.name, pot.description]} />
                <p>
                  <strong>{t("public:pot.money", { amount: money(pot.moneyMinor) })}</strong>
                  <br />
                  {explain(pot.grants)}
                </p>
                <p className="public-pots__who">{t("public:pot.whoCanApply")}</p>
                <ul className="public-checks">
                  {pot.whoCanApply.map((sentence, index) => (
                    <li key={index}>{explain(sentence)}</li>
                  ))}
                </ul>
                {round.state === "open" ? (
                  <p>
                    <Link className="button" to={keepLanguage(`/apply/${pot.id}`, search)}>
                      {t("public:pot.apply")}
                    </Link>
                  </p>
                ) : null}
              </li>
            ))}
          </ul>
        </section>
      ))}

      {scheme.moneyUse ? (
        <section className="stack" aria-labelledby="money-use">
          <h2 id="money-use">{t("public:scheme.moneyUse")}</h2>
          <FunderText as="p" className="public-text" text={scheme.moneyUse} />
          <UntranslatedNote texts={[scheme.moneyUse]} />
        </section>
      ) : null}

      {scheme.helpText ? (
        <section className="stack" aria-labelledby="help">
          <h2 id="help">{t("public:scheme.help")}</h2>
          <FunderText as="p" className="public-text" text={scheme.helpText} />
          <UntranslatedNote texts={[scheme.helpText]} />
        </section>
      ) : null}

      <section className="stack" aria-labelledby="apply">
        <h2 id="apply">{t("public:scheme.applyTitle")}</h2>
        <p>{t("public:scheme.applyText")}</p>
        <p>
          {signedIn ? (
            <Link className="button button--secondary" to="/my">
              {t("public:scheme.goToMyWork")}
            </Link>
          ) : (
            <Link
              className="button button--secondary"
              to={keepLanguage(
                `/sign-in?redirectTo=${encodeURIComponent(keepLanguage(here, search))}`,
                search,
              )}
            >
              {t("public:scheme.signInToApply")}
            </Link>
          )}
        </p>
      </section>
    </div>
  );
}
