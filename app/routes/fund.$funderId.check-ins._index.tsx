import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { ThemeName } from "~/components/outcomes/theme-name";
import { Breadcrumbs } from "~/components/schemes/breadcrumbs";
import { useFunder } from "~/components/schemes/use-funder";
import { FormattedDate } from "~/components/shared/formatted-date";
import { Pager } from "~/components/shared/pager";
import { checkInFiltersQuery, readCheckInFilters } from "~/domain/outcomes/coding";
import { translated } from "~/domain/shared/translated-text";
import { checkInFilterOptions, checkInList } from "~/services/outcomes/check-in-reading.server";
import { requireFunder } from "~/services/schemes/scheme-access.server";
import { TableShell } from "~/components/shared/table-shell";

/**
 * The check-ins groups sent and the conversations staff logged, across the funder's grants,
 * newest first, fifty to a page. A GET form filters by scheme, round and whether a check-in is
 * coded yet, so staff can work through what still needs themes, with or without JavaScript.
 */

export const meta: MetaFunction = () => [{ title: "Withfund" }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { funder, locale } = await requireFunder(request, params, "view");
  const filters = readCheckInFilters(new URL(request.url).searchParams);
  const [list, schemes] = await Promise.all([
    checkInList(funder.id, filters),
    checkInFilterOptions(funder.id),
  ]);
  return {
    locale,
    timeZone: funder.timeZone,
    filters,
    total: list.total,
    pages: list.pages,
    schemes: schemes.map((scheme) => ({
      id: scheme.id,
      title: translated(scheme.title, locale),
      rounds: scheme.rounds.map((round) => ({
        id: round.id,
        name: translated(round.name, locale),
      })),
    })),
    rows: list.rows.map((row) => {
      const application = row.grant.application;
      return {
        id: row.id,
        conversation: row.kind === "CONVERSATION",
        group: application.organisation.name,
        reference: application.reference,
        scheme: translated(application.pot.round.scheme.title, locale),
        round: translated(application.pot.round.name, locale),
        dueOn: row.dueOn.toISOString(),
        sentAt: (row.submittedAt ?? row.createdAt).toISOString(),
        themes: row.themes.map((tag) => tag.theme.name),
      };
    }),
  };
}

export default function CheckInsPage() {
  const page = useLoaderData<typeof loader>();
  const { funder } = useFunder();
  const { t } = useTranslation("outcomes");
  const base = `/fund/${funder.id}/check-ins`;
  const { filters } = page;
  return (
    <div className="stack-large">
      <Breadcrumbs items={[{ to: `/fund/${funder.id}`, label: funder.name }]} />
      <div className="stack">
        <h1>{t("reading.listTitle")}</h1>
        <p>{t("reading.listIntro")}</p>
        <p>
          <Link to={`/fund/${funder.id}/themes`}>{t("themes.link")}</Link>
        </p>
      </div>

      <Form method="get" className="outcomes-filters" aria-labelledby="filters-title">
        <h2 id="filters-title" className="visually-hidden">
          {t("reading.filtersTitle")}
        </h2>
        <div className="field">
          <label htmlFor="filter-scheme">{t("reading.filterScheme")}</label>
          <select id="filter-scheme" name="scheme" defaultValue={filters.schemeId ?? ""}>
            <option value="">{t("reading.any")}</option>
            {page.schemes.map((scheme) => (
              <option key={scheme.id} value={scheme.id} lang={scheme.title.locale}>
                {scheme.title.text}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="filter-round">{t("reading.filterRound")}</label>
          <select id="filter-round" name="round" defaultValue={filters.roundId ?? ""}>
            <option value="">{t("reading.any")}</option>
            {page.schemes.map((scheme) => (
              <optgroup key={scheme.id} label={scheme.title.text}>
                {scheme.rounds.map((round) => (
                  <option key={round.id} value={round.id} lang={round.name.locale}>
                    {round.name.text}
                  </option>
                ))}
              </optgroup>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="filter-coded">{t("reading.filterCoded")}</label>
          <select id="filter-coded" name="coded" defaultValue={filters.coded ?? ""}>
            <option value="">{t("reading.any")}</option>
            <option value="no">{t("reading.notCoded")}</option>
            <option value="yes">{t("reading.coded")}</option>
          </select>
        </div>
        <p>
          <button type="submit" className="button button--secondary">
            {t("reading.filter")}
          </button>
        </p>
      </Form>

      <p role="status">{t("reading.count", { count: page.total })}</p>
      {page.rows.length > 0 ? (
        <TableShell
          caption={t("reading.listTitle")}
          captionId="check-ins-caption"
          captionHidden
          className="outcomes-table"
          columns={[
            t("reading.group"),
            t("reading.grant"),
            t("reading.due"),
            t("reading.sent"),
            t("reading.themes"),
          ]}
        >
          {page.rows.map((row) => (
            <tr key={row.id}>
              <th scope="row">
                <Link to={`${base}/${row.id}`}>
                  <bdi dir="auto">{row.group}</bdi>
                </Link>
                {row.conversation ? (
                  <span className="muted"> · {t("reading.conversation")}</span>
                ) : null}
              </th>
              <td>
                <bdi dir="ltr">{row.reference}</bdi>
                <br />
                <span className="muted" lang={row.scheme.locale}>
                  {row.scheme.text}
                </span>{" "}
                <span className="muted" lang={row.round.locale}>
                  {row.round.text}
                </span>
              </td>
              <td>
                <FormattedDate iso={row.dueOn} timeZone={page.timeZone} />
              </td>
              <td>
                <FormattedDate iso={row.sentAt} timeZone={page.timeZone} />
              </td>
              <td>
                {row.themes.length === 0 ? (
                  <span className="muted">{t("reading.notCoded")}</span>
                ) : (
                  <ul className="outcomes-tags">
                    {row.themes.map((name, index) => (
                      <li key={index}>
                        <ThemeName name={name} locale={page.locale} />
                      </li>
                    ))}
                  </ul>
                )}
              </td>
            </tr>
          ))}
        </TableShell>
      ) : null}
      <Pager
        page={filters.page}
        pages={page.pages}
        href={(number) => `${base}${checkInFiltersQuery(filters, number)}`}
      />
    </div>
  );
}
