import type { LoaderFunctionArgs } from "@remix-run/node";
import { Link, useLoaderData, useSearchParams } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { FormattedDateTime } from "~/components/shared/formatted-date";
import { Breadcrumbs } from "~/components/schemes/breadcrumbs";
import { SavedNotice } from "~/components/schemes/notices";
import { useFunder } from "~/components/schemes/use-funder";
import { localeNames } from "~/domain/shared/locales";
import { formatMoney } from "~/domain/shared/money";
import { currencyLabel, translationCounts } from "~/domain/schemes/scheme-form";
import { translated } from "~/domain/shared/translated-text";
import { timeZoneName } from "~/domain/shared/zoned-time";
import { db } from "~/services/platform/db.server";
import { requireScheme } from "~/services/schemes/scheme-access.server";
import { TableShell } from "~/components/shared/table-shell";

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { scheme, locale, canEdit, canViewAudit } = await requireScheme(request, params, "view");
  const rounds = await db().round.findMany({
    where: { schemeId: scheme.id },
    orderBy: { opensAt: "asc" },
    include: { _count: { select: { pots: true } } },
  });
  return {
    id: scheme.id,
    slug: scheme.slug,
    title: translated(scheme.title, locale),
    description: translated(scheme.description, locale),
    currency: scheme.currency,
    currencyLabel: currencyLabel(scheme.currency, locale),
    timeZone: scheme.timeZone,
    timeZoneName: timeZoneName(scheme.timeZone, locale, new Date()),
    published: scheme.published,
    translations: translationCounts(scheme),
    rounds: rounds.map((round) => ({
      id: round.id,
      name: translated(round.name, locale),
      opensAt: round.opensAt.toISOString(),
      closesAt: round.closesAt.toISOString(),
      budgetMinor: round.budgetMinor,
      pots: round._count.pots,
    })),
    canEdit,
    canViewAudit,
  };
}

export default function SchemePage() {
  const scheme = useLoaderData<typeof loader>();
  const { funder } = useFunder();
  const [searchParams] = useSearchParams();
  const { t, i18n } = useTranslation("schemes");
  const base = `/fund/${funder.id}/schemes/${scheme.id}`;
  return (
    <div className="stack-large schemes-page">
      <Breadcrumbs items={[{ to: `/fund/${funder.id}`, label: funder.name }]} />
      <div className="stack">
        <h1 lang={scheme.title.locale}>{scheme.title.text}</h1>
        <SavedNotice saved={searchParams.get("saved")} />
        <p lang={scheme.description.locale} className="lead">
          {scheme.description.text}
        </p>
      </div>

      <dl className="summary-list">
        <div>
          <dt>{t("scheme.slug")}</dt>
          <dd dir="ltr">{scheme.slug}</dd>
        </div>
        <div>
          <dt>{t("scheme.currency")}</dt>
          <dd>{scheme.currencyLabel}</dd>
        </div>
        <div>
          <dt>{t("scheme.timeZone")}</dt>
          <dd>
            {scheme.timeZoneName} (<span dir="ltr">{scheme.timeZone}</span>)
          </dd>
        </div>
        <div>
          <dt>{t("scheme.status")}</dt>
          <dd>{scheme.published ? t("scheme.isPublished") : t("scheme.isDraft")}</dd>
        </div>
      </dl>

      <ul className="schemes-actions">
        {scheme.canEdit ? (
          <li>
            <Link to={`${base}/edit`} className="button button--secondary">
              {t("scheme.edit")}
            </Link>
          </li>
        ) : null}
        {scheme.canEdit ? (
          <li>
            <Link to={`${base}/forms`} className="button button--secondary">
              {t("forms:versions.title")}
            </Link>
          </li>
        ) : null}
        <li>
          <Link to={`${base}/conditions`} className="button button--secondary">
            {t("grants:conditions.pageTitle")}
          </Link>
        </li>
        {scheme.canViewAudit ? (
          <li>
            <Link to={`${base}/audit`} className="button button--secondary">
              {t("audit.link")}
            </Link>
          </li>
        ) : null}
        <li>
          <Link to={`${base}/open-data`} className="button button--secondary">
            {t("exports:openData.link")}
          </Link>
        </li>
      </ul>

      <section className="stack" aria-labelledby="rounds-title">
        <h2 id="rounds-title">{t("round.listTitle")}</h2>
        {scheme.rounds.length === 0 ? <p>{t("round.none")}</p> : null}
        <ul className="schemes-cards">
          {scheme.rounds.map((round) => (
            <li key={round.id} className="card">
              <h3>
                <Link to={`${base}/rounds/${round.id}`} lang={round.name.locale}>
                  {round.name.text}
                </Link>
              </h3>
              <p>
                {t("round.opens")}{" "}
                <FormattedDateTime iso={round.opensAt} timeZone={scheme.timeZone} />
              </p>
              <p>
                {t("round.closes")}{" "}
                <FormattedDateTime iso={round.closesAt} timeZone={scheme.timeZone} />
              </p>
              <p>
                {t("round.budgetIs", {
                  amount: formatMoney(round.budgetMinor, scheme.currency, i18n.language),
                })}{" "}
                · {t("round.potCount", { count: round.pots })}
              </p>
              <p>
                <Link to={`${base}/rounds/${round.id}/ledger`}>{t("ledger.link")}</Link>
              </p>
            </li>
          ))}
        </ul>
        {scheme.canEdit ? (
          <p>
            <Link to={`${base}/rounds/new`} className="button">
              {t("round.new")}
            </Link>
          </p>
        ) : null}
      </section>

      <section className="stack" aria-labelledby="translations-title">
        <h2 id="translations-title">{t("translations.title")}</h2>
        <p className="muted">{t("translations.intro")}</p>
        <TableShell
          caption={t("translations.caption")}
          captionId="translations-caption"
          captionHidden
          columns={[
            t("translations.language"),
            t("scheme.titleField"),
            t("scheme.description"),
            t("scheme.moneyUse"),
            t("scheme.helpText"),
          ]}
        >
          {scheme.translations.map((row) => (
            <tr key={row.locale}>
              <th scope="row" lang={row.locale}>
                {localeNames[row.locale]}
              </th>
              {row.texts.map((text) => (
                <td key={text.field} className={text.present ? "schemes-yes" : "schemes-no"}>
                  {text.present
                    ? `✓ ${t("translations.present")}`
                    : `– ${t("translations.missing")}`}
                </td>
              ))}
            </tr>
          ))}
        </TableShell>
      </section>
    </div>
  );
}
