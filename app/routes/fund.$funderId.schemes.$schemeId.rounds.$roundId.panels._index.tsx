import type { LoaderFunctionArgs } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { Breadcrumbs, schemeCrumbs } from "~/components/schemes/breadcrumbs";
import { useFunder } from "~/components/schemes/use-funder";
import { FormattedDateTime } from "~/components/shared/formatted-date";
import { coveredPotIds } from "~/domain/panels/panel-settings";
import { isolate } from "~/domain/shared/bidi";
import { translated } from "~/domain/shared/translated-text";
import { roundPanels } from "~/services/panels/panel-setup.server";
import { requireRound } from "~/services/schemes/scheme-access.server";

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { round, scheme, locale, canEdit } = await requireRound(request, params, "view");
  const potName = (potId: string) =>
    translated(round.pots.find((pot) => pot.id === potId)?.name, locale);
  const roundPotIds = round.pots.map((pot) => pot.id);
  return {
    scheme: { id: scheme.id, title: translated(scheme.title, locale), timeZone: scheme.timeZone },
    round: { id: round.id, name: translated(round.name, locale) },
    canEdit,
    panels: (await roundPanels(round.id)).map((panel) => ({
      id: panel.id,
      name: panel.name,
      allPots: panel.potIds.length === 0,
      pots: coveredPotIds(panel.potIds, roundPotIds).map(potName),
      memberCount: panel.memberCount,
      reviewsNeeded: panel.reviewsNeeded,
      reviewDeadline: panel.reviewDeadline?.toISOString() ?? null,
    })),
  };
}

export default function RoundPanels() {
  const { scheme, round, canEdit, panels } = useLoaderData<typeof loader>();
  const { funder } = useFunder();
  const { t, i18n } = useTranslation("panels");
  const base = `/fund/${funder.id}/schemes/${scheme.id}/rounds/${round.id}`;
  const list = new Intl.ListFormat(i18n.language, { type: "conjunction" });
  return (
    <div className="stack-large schemes-page">
      <Breadcrumbs
        items={[
          ...schemeCrumbs(funder, scheme),
          { to: base, label: round.name.text, lang: round.name.locale },
        ]}
      />
      <h1>{t("setup.listTitle")}</h1>
      {panels.length === 0 ? <p>{t("setup.none")}</p> : null}
      <ul className="schemes-cards">
        {panels.map((panel) => (
          <li key={panel.id} className="card">
            <h2>
              <Link to={`${base}/panels/${panel.id}`}>
                <bdi>{panel.name}</bdi>
              </Link>
            </h2>
            <dl className="summary-list">
              <div>
                <dt>{t("setup.pots")}</dt>
                <dd>
                  {panel.allPots
                    ? t("setup.allPots")
                    : list.format(panel.pots.map((pot) => isolate(pot.text)))}
                </dd>
              </div>
              <div>
                <dt>{t("setup.memberCount")}</dt>
                <dd>{t("setup.memberCountValue", { count: panel.memberCount })}</dd>
              </div>
              <div>
                <dt>{t("setup.reviewsNeeded")}</dt>
                <dd>{t("setup.reviewsNeededValue", { count: panel.reviewsNeeded })}</dd>
              </div>
              <div>
                <dt>{t("setup.reviewDeadline")}</dt>
                <dd>
                  {panel.reviewDeadline ? (
                    <FormattedDateTime iso={panel.reviewDeadline} timeZone={scheme.timeZone} />
                  ) : (
                    t("setup.noDeadline")
                  )}
                </dd>
              </div>
            </dl>
          </li>
        ))}
      </ul>
      {panels.length > 0 ? (
        <p>
          {/* A file, not a page: the browser downloads it. */}
          <a href={`${base}/reviews.csv`} download>
            {t("export.download")}
          </a>
        </p>
      ) : null}
      {canEdit ? (
        <p>
          <Link to={`${base}/panels/new`} className="button">
            {t("setup.add")}
          </Link>
        </p>
      ) : null}
    </div>
  );
}
