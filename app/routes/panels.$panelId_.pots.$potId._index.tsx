import type { LoaderFunctionArgs } from "@remix-run/node";
import { Link, useLoaderData, useSearchParams } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { ModerationTable, PotMoneySummary } from "~/components/panels/moderation-table";
import { Pager } from "~/components/shared/pager";
import { translated } from "~/domain/shared/translated-text";
import { can } from "~/domain/access/permissions";
import { moderationPage, requirePanelPot } from "~/services/panels/moderation.server";
import { panelResource } from "~/services/panels/panels.server";
import { localeOf } from "~/services/platform/i18n.server";

/**
 * Moderating one pot: the chair and the funder's staff see the pot's applications ranked by the
 * panel's scores and the pot's money. Applications the person declared a conflict with are
 * left out and only counted. The suggested funding set has a page of its own: solving it takes
 * longer than reading the table, which people open again and again.
 */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const { user, panel, pot, currency } = await requirePanelPot(request, params, "moderate");
  const locale = await localeOf(request);
  return {
    panel: { id: panel.id, name: panel.name },
    pot: { id: pot.id, name: translated(pot.name, locale) },
    currency,
    canDecide: can(user, "decide", panelResource(panel.id, panel.round.scheme.funderId)),
    ...(await moderationPage(panel, pot, user, locale, pageNumber(request))),
  };
}

/** `?page=` as a whole number from 1; anything else is the first page. */
function pageNumber(request: Request) {
  const page = Number(new URL(request.url).searchParams.get("page"));
  return Number.isSafeInteger(page) && page > 0 ? page : 1;
}

export default function ModeratePotPage() {
  const page = useLoaderData<typeof loader>();
  const [searchParams] = useSearchParams();
  const { t } = useTranslation("panels");
  const adopted = searchParams.get("adopted");
  const here = `/panels/${page.panel.id}/pots/${page.pot.id}`;
  return (
    <div className="stack-large moderation-page">
      <p>
        <Link to={`/panels/${page.panel.id}`}>
          <bdi>{page.panel.name}</bdi>
        </Link>
      </p>
      <div className="stack">
        <h1>
          {t("moderation.titleLabel")} <span lang={page.pot.name.locale}>{page.pot.name.text}</span>
        </h1>
        {adopted !== null ? (
          <p role="status" className="notice">
            {t("moderation.suggestion.adopted", {
              count: Number(adopted) || 0,
              kept: Number(searchParams.get("kept")) || 0,
            })}
          </p>
        ) : null}
        {page.hidden > 0 ? (
          <p className="notice">{t("moderation.hidden", { count: page.hidden })}</p>
        ) : null}
      </div>
      <PotMoneySummary money={page.money} ifDrafted={page.ifDrafted} currency={page.currency} />
      <p className="button-group">
        <Link to={`${here}/suggestion`} className="button button--secondary">
          {t("moderation.suggestion.open")}
        </Link>
        {page.canDecide ? (
          <Link to={`${here}/confirm`} className="button">
            {t("moderation.confirmLink")}
          </Link>
        ) : null}
      </p>
      <ModerationTable page={page} panelId={page.panel.id} potId={page.pot.id} />
      <Pager page={page.page} pages={page.pages} href={(number) => `?page=${number}`} />
    </div>
  );
}
