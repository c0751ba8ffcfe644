import { useTranslation } from "react-i18next";
import { ScrollRegion } from "~/components/schemes/scroll-region";
import { LinksWithin } from "~/components/shared/links-within";
import { formatMoney, formatPercent } from "~/domain/shared/money";
import { numberFormat } from "~/domain/shared/number-format";

type Row = {
  id: string;
  rank: number | null;
  reference: string;
  organisation: string | null;
  score: number | null;
  criterionMeans: Record<string, number | null>;
  reviewsIn: number;
  disagreement: boolean;
  community: { points: number; position: number; rankedBy: number } | null;
  requestedMinor: number;
  meetsFloorRule: boolean | null;
  canDecide: boolean;
  decision: { outcome: string; amountMinor: number | null; confirmed: boolean } | null;
};

type Page = {
  criteria: { id: string; title: { text: string; locale: string } }[];
  reviewsNeeded: number;
  communityRanking: boolean;
  currency: string;
  rows: Row[];
};

type Money = { budgetMinor: number; awardedMinor: number; remainingMinor: number };
type IfDrafted = {
  draftedMinor: number;
  remainingAfterMinor: number;
  floor: { basisPoints: number; achievedBasisPoints: number; met: boolean } | null;
};

/** The pot's money from the ledger, and what the drafted awards would leave. */
export function PotMoneySummary({
  money,
  ifDrafted,
  currency,
}: {
  money: Money;
  ifDrafted: IfDrafted;
  currency: string;
}) {
  const { t, i18n } = useTranslation("panels");
  const amount = (minor: number) => formatMoney(minor, currency, i18n.language);
  const percent = (basisPoints: number) => formatPercent(basisPoints, i18n.language);
  return (
    <section className="stack card" aria-labelledby="pot-money-title">
      <h2 id="pot-money-title">{t("moderation.money.title")}</h2>
      <dl className="summary-list">
        <div>
          <dt>{t("moderation.money.budget")}</dt>
          <dd>{amount(money.budgetMinor)}</dd>
        </div>
        <div>
          <dt>{t("moderation.money.awarded")}</dt>
          <dd>{amount(money.awardedMinor)}</dd>
        </div>
        <div>
          <dt>{t("moderation.money.remaining")}</dt>
          <dd>{amount(money.remainingMinor)}</dd>
        </div>
      </dl>
      <p>
        {t("moderation.money.ifDrafted", {
          drafted: amount(ifDrafted.draftedMinor),
          left: amount(ifDrafted.remainingAfterMinor),
          remaining: amount(money.remainingMinor),
        })}
      </p>
      {ifDrafted.remainingAfterMinor < 0 ? (
        <p className="notice moderation-warning">{t("moderation.money.overdrawn")}</p>
      ) : null}
      {ifDrafted.floor ? (
        <p>
          {t(ifDrafted.floor.met ? "moderation.money.floorMet" : "moderation.money.floorNotMet", {
            share: percent(ifDrafted.floor.achievedBasisPoints),
            floor: percent(ifDrafted.floor.basisPoints),
          })}
        </p>
      ) : null}
    </section>
  );
}

/**
 * The ranked applications of a pot. On a phone the table scrolls sideways under a first column
 * that stays put, so the reference is always beside the figures being read.
 */
export function ModerationTable({
  page,
  panelId,
  potId,
}: {
  page: Page;
  panelId: string;
  potId: string;
}) {
  const { t, i18n } = useTranslation("panels");
  const number = numberFormat(i18n.language, { maximumFractionDigits: 1 });
  const amount = (minor: number) => formatMoney(minor, page.currency, i18n.language);
  const blank = "—";
  // A page has up to a hundred rows: each fixed label is translated once, not once per row.
  const label = onceEach((key: string) => t(key));
  const reviewsIn = onceEach((count: number) =>
    t("moderation.table.reviewsInOf", { count, needed: page.reviewsNeeded }),
  );
  return (
    <section className="stack" aria-labelledby="moderation-table-title">
      <h2 id="moderation-table-title">{t("moderation.table.title")}</h2>
      {page.rows.length === 0 ? <p>{t("moderation.table.none")}</p> : null}
      {page.rows.length > 0 ? (
        // Three links a row: plain anchors, moved through the app's router by one listener.
        <LinksWithin>
          <ScrollRegion labelledBy="moderation-table-title">
            <table className="moderation-table">
              <thead>
                <tr>
                  <th scope="col">{t("moderation.table.application")}</th>
                  <th scope="col">{t("moderation.table.score")}</th>
                  {page.criteria.map((criterion) => (
                    <th scope="col" key={criterion.id} lang={criterion.title.locale}>
                      {criterion.title.text}
                    </th>
                  ))}
                  <th scope="col">{t("moderation.table.reviews")}</th>
                  {page.communityRanking ? (
                    <th scope="col">{t("moderation.table.community")}</th>
                  ) : null}
                  <th scope="col">{t("moderation.table.requested")}</th>
                  <th scope="col">{t("moderation.table.floorRule")}</th>
                  <th scope="col">{t("moderation.table.decision")}</th>
                </tr>
              </thead>
              <tbody>
                {page.rows.map((row) => (
                  <tr key={row.id}>
                    <th scope="row">
                      <span className="moderation-table__rank">
                        {row.rank === null ? blank : number.format(row.rank)}
                      </span>{" "}
                      <bdi>{row.reference}</bdi>
                      {row.organisation ? (
                        <span className="moderation-table__group">
                          <bdi>{row.organisation}</bdi>
                        </span>
                      ) : null}
                    </th>
                    <td>{row.score === null ? blank : number.format(row.score)}</td>
                    {page.criteria.map((criterion) => {
                      const mean = row.criterionMeans[criterion.id];
                      return (
                        <td key={criterion.id}>
                          {mean === null || mean === undefined ? blank : number.format(mean)}
                        </td>
                      );
                    })}
                    <td>
                      {reviewsIn(row.reviewsIn)}
                      {row.disagreement ? (
                        <span className="moderation-flag">
                          {label("moderation.table.disagree")}
                        </span>
                      ) : null}
                    </td>
                    {page.communityRanking ? (
                      <td>
                        {row.community
                          ? t("moderation.table.communityValue", {
                              position: row.community.position,
                              points: number.format(row.community.points * 100),
                            })
                          : blank}
                      </td>
                    ) : null}
                    <td>{amount(row.requestedMinor)}</td>
                    <td>
                      {row.meetsFloorRule === null
                        ? blank
                        : row.meetsFloorRule
                          ? label("moderation.table.meetsFloor")
                          : label("moderation.table.missesFloor")}
                    </td>
                    <td>
                      <ul className="moderation-table__links">
                        {row.decision ? (
                          <li className="moderation-table__decision">
                            {label(`moderation.outcomes.${row.decision.outcome}`)}
                            {row.decision.amountMinor !== null
                              ? ` ${amount(row.decision.amountMinor)}`
                              : ""}{" "}
                            <span className="muted">
                              {row.decision.confirmed
                                ? label("moderation.table.confirmed")
                                : label("moderation.table.draft")}
                            </span>
                          </li>
                        ) : null}
                        {[
                          ...(row.canDecide
                            ? [[`/panels/${panelId}/pots/${potId}/decisions/${row.id}`, "decide"]]
                            : []),
                          [`/panels/${panelId}/applications/${row.id}/reviews`, "reviewsLink"],
                          [`/panels/${panelId}/applications/${row.id}/comments`, "commentsLink"],
                        ].map(([to, linkLabel]) => (
                          <li key={linkLabel}>
                            <a href={to!}>
                              {label(`moderation.table.${linkLabel}`)}
                              <span className="visually-hidden"> {row.reference}</span>
                            </a>
                          </li>
                        ))}
                      </ul>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollRegion>
        </LinksWithin>
      ) : null}
    </section>
  );
}

/** `work` answered once per distinct argument for as long as the returned function is kept. */
function onceEach<Key, Value>(work: (key: Key) => Value): (key: Key) => Value {
  const answers = new Map<Key, Value>();
  return (key) => {
    if (!answers.has(key)) answers.set(key, work(key));
    return answers.get(key)!;
  };
}
