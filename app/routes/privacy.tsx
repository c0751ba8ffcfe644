import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { CODE_TTL_MS } from "~/domain/accounts/one-time-code";
import { DEFAULT_RETENTION_MONTHS, MAX_RETENTION_MONTHS } from "~/domain/privacy/retention";
import { formatNumber } from "~/domain/shared/dates";
import { schemeRetention } from "~/services/privacy/privacy-page.server";
import { localeOf } from "~/services/platform/i18n.server";
import { TableShell } from "~/components/shared/table-shell";

export const meta: MetaFunction = () => [{ title: "Withfund" }];

/** The defaults: each funder sets its recording days, each scheme its months. */
const SESSION_DAYS = 30;
const DEFAULT_RECORDING_DAYS = 90;

/** What Withfund keeps, for how long, why, who sees it and her rights. Public. */
export async function loader({ request }: LoaderFunctionArgs) {
  return {
    schemes: await schemeRetention(await localeOf(request)),
    erased: new URL(request.url).searchParams.get("erased") === "1",
    retentionMonths: DEFAULT_RETENTION_MONTHS,
    maxRetentionMonths: MAX_RETENTION_MONTHS,
    recordingDays: DEFAULT_RECORDING_DAYS,
    codeMinutes: CODE_TTL_MS / 60_000,
    sessionDays: SESSION_DAYS,
  };
}

const kept = [
  "account",
  "groups",
  "applications",
  "files",
  "review",
  "suggestions",
  "grants",
  "emails",
  "history",
  "logs",
] as const;
const seen = [
  "group",
  "staff",
  "panels",
  "blind",
  "workingGroup",
  "translation",
  "nobodyElse",
] as const;

export default function Privacy() {
  const page = useLoaderData<typeof loader>();
  const { t, i18n } = useTranslation("privacy");
  const n = (value: number) => formatNumber(value, i18n.language);
  return (
    <div className="narrow stack-large">
      {page.erased ? (
        <p className="notice" role="status">
          {t("page.erased")}
        </p>
      ) : null}
      <h1>{t("page.title")}</h1>
      <p>{t("page.intro")}</p>

      <section className="stack" aria-labelledby="kept">
        <h2 id="kept">{t("page.keptTitle")}</h2>
        <ul className="stack">
          {kept.map((key) => (
            <li key={key}>{t(`page.kept.${key}`)}</li>
          ))}
        </ul>
      </section>

      <section className="stack" aria-labelledby="retention">
        <h2 id="retention">{t("page.howLongTitle")}</h2>
        <ul className="stack">
          <li>
            {t("page.howLong.applications", {
              count: page.retentionMonths,
              max: n(page.maxRetentionMonths),
            })}
          </li>
          <li>{t("page.howLong.funded")}</li>
          <li>
            {t("page.howLong.recordings", {
              count: page.recordingDays,
              days: n(page.recordingDays),
            })}
          </li>
          <li>{t("page.howLong.codes", { count: page.codeMinutes })}</li>
          <li>{t("page.howLong.sessions", { count: page.sessionDays })}</li>
          <li>{t("page.howLong.logs")}</li>
          <li>{t("page.howLong.account")}</li>
        </ul>
        {page.schemes.length > 0 ? (
          <TableShell
            caption={t("page.howLong.schemes.caption")}
            captionId="scheme-times"
            columns={[
              t("page.howLong.schemes.scheme"),
              t("page.howLong.schemes.months"),
              t("page.howLong.schemes.recordingDays"),
            ]}
          >
            {page.schemes.map((scheme) => (
              <tr key={scheme.slug}>
                <th scope="row">
                  <Link to={`/schemes/${scheme.slug}`} lang={scheme.title.locale}>
                    {scheme.title.text}
                  </Link>{" "}
                  <span className="muted">
                    <bdi>{scheme.funder}</bdi>
                  </span>
                </th>
                <td>{n(scheme.months)}</td>
                <td>{n(scheme.recordingDays)}</td>
              </tr>
            ))}
          </TableShell>
        ) : null}
      </section>

      <section className="stack" aria-labelledby="why">
        <h2 id="why">{t("page.whyTitle")}</h2>
        <p>{t("page.why")}</p>
      </section>

      <section className="stack" aria-labelledby="who">
        <h2 id="who">{t("page.whoTitle")}</h2>
        <ul className="stack">
          {seen.map((key) => (
            <li key={key}>{t(`page.who.${key}`)}</li>
          ))}
        </ul>
      </section>

      <section className="stack" aria-labelledby="rights">
        <h2 id="rights">{t("page.rightsTitle")}</h2>
        <ul className="stack">
          <li>
            {t("page.rights.copy")}{" "}
            <Link to="/account#your-data-title">{t("page.rights.onAccount")}</Link>
          </li>
          <li>{t("page.rights.correct")}</li>
          <li>
            {t("page.rights.erase")} <Link to="/account/delete">{t("account.deleteLink")}</Link>
          </li>
          <li>{t("page.rights.ask")}</li>
        </ul>
      </section>
    </div>
  );
}
