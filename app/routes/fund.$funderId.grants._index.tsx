import type { LoaderFunctionArgs } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { GrantStatusText } from "~/components/grants/grant-details";
import { FunderText } from "~/components/public/funder-text";
import { Breadcrumbs } from "~/components/schemes/breadcrumbs";
import { useFunder } from "~/components/schemes/use-funder";
import { Pager } from "~/components/shared/pager";
import { grantListQuery, readGrantFilters } from "~/domain/grants/grant-view";
import { grantStatuses } from "~/domain/grants/lifecycle";
import { formatMoney } from "~/domain/shared/money";
import { funderGrants } from "~/services/grants/grant-pages.server";
import { requireFunder } from "~/services/schemes/scheme-access.server";
import { TableShell } from "~/components/shared/table-shell";

/**
 * The funder's grants: filtered by scheme, round and status with a GET form (so a filtered list
 * works without JavaScript and can be bookmarked), fifty to a page, with the totals awarded
 * and paid over everything the filters match.
 */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const { funder, locale } = await requireFunder(request, params, "view");
  const filters = readGrantFilters(new URL(request.url).searchParams);
  const list = await funderGrants(funder.id, filters, locale);
  return { ...list, filters };
}

export default function FunderGrants() {
  const page = useLoaderData<typeof loader>();
  const { funder } = useFunder();
  const { t, i18n } = useTranslation("grants");
  const base = `/fund/${funder.id}/grants`;
  const money = (minor: number, currency: string) => formatMoney(minor, currency, i18n.language);
  const rounds = page.schemes
    .filter((scheme) => !page.filters.scheme || scheme.id === page.filters.scheme)
    .flatMap((scheme) => scheme.rounds);
  return (
    <div className="stack-large schemes-page">
      <Breadcrumbs items={[{ to: `/fund/${funder.id}`, label: funder.name }]} />
      <h1>{t("staff.listTitle")}</h1>
      <Form method="get" className="stack card" aria-label={t("staff.filters")}>
        <div className="field">
          <label htmlFor="filter-scheme">{t("facts.scheme")}</label>
          <select id="filter-scheme" name="scheme" defaultValue={page.filters.scheme ?? ""}>
            <option value="">{t("staff.any")}</option>
            {page.schemes.map((scheme) => (
              <option key={scheme.id} value={scheme.id} lang={scheme.title.locale}>
                {scheme.title.text}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="filter-round">{t("facts.round")}</label>
          <select id="filter-round" name="round" defaultValue={page.filters.round ?? ""}>
            <option value="">{t("staff.any")}</option>
            {rounds.map((round) => (
              <option key={round.id} value={round.id} lang={round.name.locale}>
                {round.name.text}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="filter-status">{t("facts.status")}</label>
          <select id="filter-status" name="status" defaultValue={page.filters.status ?? ""}>
            <option value="">{t("staff.any")}</option>
            {grantStatuses.map((status) => (
              <option key={status} value={status}>
                {t(`status.${status}`)}
              </option>
            ))}
          </select>
        </div>
        <p>
          <button type="submit" className="button button--secondary">
            {t("staff.filter")}
          </button>
        </p>
      </Form>
      <section className="stack" aria-labelledby="totals-title">
        <h2 id="totals-title">{t("staff.totals", { count: page.count })}</h2>
        <ul className="link-list">
          {page.totals.map((total) => (
            <li key={total.currency}>
              {t("staff.totalLine", {
                awarded: money(total.awardedMinor, total.currency),
                paid: money(total.paidMinor, total.currency),
              })}
            </li>
          ))}
        </ul>
      </section>
      {page.rows.length === 0 ? (
        <p>{t("staff.none")}</p>
      ) : (
        <TableShell
          caption={t("staff.listTitle")}
          captionId="grants-caption"
          className="schemes-numbers"
          columns={[
            t("facts.group"),
            t("facts.scheme"),
            t("facts.status"),
            t("facts.awarded"),
            t("facts.paid"),
          ]}
        >
          {page.rows.map((row) => (
            <tr key={row.id}>
              <th scope="row">
                <Link to={`${base}/${row.id}`} dir="auto">
                  {row.organisation}
                </Link>
              </th>
              <td>
                <FunderText text={row.scheme} /> · <FunderText text={row.round} /> ·{" "}
                <FunderText text={row.pot} />
              </td>
              <td>
                <GrantStatusText status={row.status} />
              </td>
              <td>{money(row.awardedMinor, row.currency)}</td>
              <td>{money(row.paidMinor, row.currency)}</td>
            </tr>
          ))}
        </TableShell>
      )}
      <Pager
        page={page.page}
        pages={page.pages}
        href={(number) => grantListQuery(page.filters, number)}
      />
    </div>
  );
}
