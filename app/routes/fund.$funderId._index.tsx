import type { LoaderFunctionArgs } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { CodingLinks } from "~/components/outcomes/coding-links";
import { useTranslation } from "react-i18next";
import { FloorItems } from "~/components/schemes/ledger/floor-list";
import { FunderText } from "~/components/public/funder-text";
import { useFunder } from "~/components/schemes/use-funder";
import { TimeLeft } from "~/components/shared/time-left";
import type { Attention } from "~/domain/schemes/funder-dashboard";
import { formatMoney } from "~/domain/shared/money";
import { formatNumber, formatSchemeDate } from "~/domain/shared/dates";
import { funderDashboard, type FunderDashboard } from "~/services/schemes/funder-dashboard.server";
import { localeOf } from "~/services/platform/i18n.server";
import { requireFunder } from "~/services/schemes/scheme-access.server";

/** The funder dashboard: rounds with their deadlines, counts and money, and what needs attention. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const { funderId } = await requireFunder(request, params, "view");
  const now = new Date();
  const dashboard = await funderDashboard(funderId, await localeOf(request), now);
  return { ...dashboard, now: now.toISOString() };
}

type Round = FunderDashboard["rounds"][number];
type Page = ReturnType<typeof useLoaderData<typeof loader>>;

export default function FunderDashboardPage() {
  const funder = useFunder();
  const page = useLoaderData<typeof loader>();
  const { t } = useTranslation();
  const base = `/fund/${funder.funder.id}`;
  return (
    <div className="stack-large">
      <h1>{funder.name}</h1>

      <section className="stack" aria-labelledby="attention-title">
        <h2 id="attention-title">{t("schemes:dashboard.attentionTitle")}</h2>
        {page.attention.length === 0 ? (
          <p>{t("schemes:dashboard.nothingNeedsAttention")}</p>
        ) : (
          <ul className="dashboard-attention">
            {page.attention.map((item) => (
              <AttentionItem key={attentionKey(item)} item={item} page={page} base={base} />
            ))}
          </ul>
        )}
      </section>

      <section className="stack" aria-labelledby="rounds-title">
        <h2 id="rounds-title">{t("schemes:dashboard.roundsTitle")}</h2>
        {page.rounds.length === 0 ? <p>{t("schemes:dashboard.noRounds")}</p> : null}
        <RoundList rounds={page.rounds} base={base} now={page.now} />
        {page.moreRounds > 0 ? (
          <p className="muted">{t("schemes:dashboard.moreRounds", { count: page.moreRounds })}</p>
        ) : null}
      </section>

      {page.closedRounds.length > 0 ? (
        <section className="stack" aria-labelledby="closed-title">
          <h2 id="closed-title">{t("schemes:dashboard.closedTitle")}</h2>
          <RoundList rounds={page.closedRounds} base={base} now={page.now} />
        </section>
      ) : null}

      <section className="stack" aria-labelledby="schemes-title">
        <h2 id="schemes-title">{t("funder.schemes")}</h2>
        {funder.schemes.length === 0 ? <p>{t("funder.noSchemes")}</p> : null}
        <ul className="link-list">
          {funder.schemes.map((scheme) => (
            <li key={scheme.id}>
              <Link to={`${base}/schemes/${scheme.id}`} lang={scheme.title.locale}>
                {scheme.title.text}
              </Link>{" "}
              <span className="muted">
                {t("funder.rounds", { count: scheme.rounds })} ·{" "}
                {scheme.published ? t("schemes:scheme.isPublished") : t("schemes:scheme.isDraft")}
              </span>
            </li>
          ))}
        </ul>
        {funder.canEdit ? (
          <p>
            <Link to={`${base}/schemes/new`} className="button">
              {t("schemes:scheme.new")}
            </Link>
          </p>
        ) : null}
      </section>

      <CodingLinks funderId={funder.funder.id} />

      <section className="stack" aria-labelledby="staff-title">
        <h2 id="staff-title">{t("funder.members")}</h2>
        <ul className="link-list">
          {funder.staff.map((member) => (
            <li key={member.id}>
              {member.name} <span className="muted">{t(`roles.${member.role}`)}</span>
            </li>
          ))}
        </ul>
        {funder.canAdminister ? (
          <ul className="link-list">
            <li>
              <Link to={`${base}/team`}>{t("teams:members.link")}</Link>
            </li>
            <li>
              <Link to={`${base}/settings`}>{t("schemes:funderSettings.link")}</Link>
            </li>
          </ul>
        ) : null}
        <p>
          <Link to={`${base}/grants`}>{t("grants:staff.listTitle")}</Link>
        </p>
        {funder.canViewAudit ? (
          <p>
            <Link to={`${base}/audit`}>{t("schemes:auditLog.link")}</Link>
          </p>
        ) : null}
        <p>
          <Link to={`${base}/exports`}>{t("exports:page.link")}</Link>
        </p>
      </section>
    </div>
  );
}

const attentionKey = (item: Attention) =>
  item.kind === "suggestions"
    ? `${item.kind}-${item.versionId}`
    : item.kind === "floor-short"
      ? `${item.kind}-${item.floor.potId}`
      : `${item.kind}-${item.roundId}`;

const roundPath = (base: string, round: Round) =>
  `${base}/schemes/${round.scheme.id}/rounds/${round.id}`;

/** One thing to act on: what it is about, as a link to where to act, and why, in a sentence. */
function AttentionItem({ item, page, base }: { item: Attention; page: Page; base: string }) {
  const { t, i18n } = useTranslation("schemes");
  const show = (to: string, subject: React.ReactNode, sentence: React.ReactNode) => (
    <li className="dashboard-attention__item">
      <Link to={to}>{subject}</Link>
      <p>{sentence}</p>
    </li>
  );
  if (item.kind === "suggestions") {
    const form = page.forms.find((f) => f.id === item.versionId);
    if (!form) return null;
    const subject = (
      <>
        {t("dashboard.attention.formVersion", { version: form.version })}
        {" · "}
        <FunderText text={form.scheme.title} />
      </>
    );
    return show(
      `${base}/schemes/${form.scheme.id}/forms/${form.id}/suggestions`,
      subject,
      t("dashboard.attention.suggestions", { count: item.count }),
    );
  }
  const round = [...page.rounds, ...page.closedRounds].find((r) => r.id === item.roundId);
  if (!round) return null;
  const subject = <RoundName round={round} />;
  switch (item.kind) {
    case "closing-with-drafts":
      return show(
        roundPath(base, round),
        subject,
        <>
          {t("dashboard.attention.closingWithDrafts", { count: item.drafts })}{" "}
          <strong>
            <TimeLeft closesAt={round.closesAt} now={page.now} />
          </strong>
        </>,
      );
    case "no-form":
      return show(
        `${base}/schemes/${round.scheme.id}/forms`,
        subject,
        t("dashboard.attention.noForm"),
      );
    case "floor-short": {
      const pot = round.floors.find((floor) => floor.potId === item.floor.potId);
      const sentence = t("dashboard.attention.floorShort", {
        pot: pot?.name.text ?? "",
        shortfall: formatMoney(item.floor.shortfallMinor, round.currency, i18n.language),
      });
      return show(`${roundPath(base, round)}/ledger`, subject, sentence);
    }
  }
}

/** "Spring 2027 · Riverside Together", each part in the language the funder wrote it in. */
function RoundName({ round }: { round: Round }) {
  return (
    <>
      <FunderText text={round.name} />
      {" · "}
      <FunderText text={round.scheme.title} />
    </>
  );
}

function RoundList({ rounds, base, now }: { rounds: Round[]; base: string; now: string }) {
  const { t, i18n } = useTranslation("schemes");
  if (rounds.length === 0) return null;
  const number = (value: number) => formatNumber(value, i18n.language);
  return (
    <ul className="applying-list">
      {rounds.map((round) => {
        const money = (minor: number) => formatMoney(minor, round.currency, i18n.language);
        const facts: [string, string][] = [
          [t("dashboard.drafts"), number(round.drafts)],
          [t("dashboard.sent"), number(round.sent)],
          [t("round.budgetLabel"), money(round.money.budgetMinor)],
          [t("ledger.columns.requestedMinor"), money(round.money.requestedMinor)],
          [t("ledger.columns.awardedMinor"), money(round.money.awardedMinor)],
          [t("ledger.columns.remainingMinor"), money(round.money.remainingMinor)],
        ];
        return (
          <li key={round.id} className="card">
            <h3 className="applying-list__title">
              <Link to={roundPath(base, round)}>
                <RoundName round={round} />
              </Link>
            </h3>
            <p>
              <RoundDates round={round} now={now} />
            </p>
            <dl className="dashboard-figures">
              {facts.map(([label, value]) => (
                <div key={label}>
                  <dt>{label}</dt>
                  <dd>{value}</dd>
                </div>
              ))}
            </dl>
            {round.floors.length > 0 ? (
              <FloorItems floors={round.floors} currency={round.currency} />
            ) : null}
            <p>
              <Link to={`${roundPath(base, round)}/ledger`}>{t("ledger.link")}</Link>
            </p>
          </li>
        );
      })}
    </ul>
  );
}

function RoundDates({ round, now }: { round: Round; now: string }) {
  const { t, i18n } = useTranslation("schemes");
  const date = (iso: string) => formatSchemeDate(iso, i18n.language, round.timeZone, true);
  if (round.state === "upcoming")
    return (
      <>{t("dashboard.upcoming", { opens: date(round.opensAt), closes: date(round.closesAt) })}</>
    );
  if (round.state === "closed")
    return <>{t("dashboard.closedOn", { date: date(round.closesAt) })}</>;
  return (
    <>
      {t("dashboard.openUntil", { date: date(round.closesAt) })}{" "}
      <strong>
        <TimeLeft closesAt={round.closesAt} now={now} />
      </strong>
    </>
  );
}
