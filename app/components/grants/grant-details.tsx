import { Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { FunderText } from "~/components/public/funder-text";
import { FormattedDate, FormattedDateTime } from "~/components/shared/formatted-date";
import { Reference } from "~/components/shared/reference";
import { localeNames, isLocale } from "~/domain/shared/locales";
import { formatMoney } from "~/domain/shared/money";
import type { GrantPageData } from "~/services/grants/grant-pages.server";
import { TableShell } from "~/components/shared/table-shell";

/**
 * The facts of a grant, the same for the group and the funder's staff: what it is worth, what
 * was paid and when the rest is due, its conditions, its check-ins and what changed, with why.
 */

type Page = Omit<GrantPageData, "as" | "canEdit"> & { as: "group" | "staff" };

export function useMoney(currency: string) {
  const { i18n } = useTranslation();
  return (minor: number) => formatMoney(minor, currency, i18n.language);
}

export function GrantStatusText({ status }: { status: string }) {
  const { t } = useTranslation("grants");
  return (
    <span className={`grant-status grant-status--${status.toLowerCase()}`}>
      {t(`status.${status}`)}
    </span>
  );
}

export function GrantSummary({ page }: { page: Page }) {
  const { t } = useTranslation("grants");
  const money = useMoney(page.scheme.currency);
  const tz = page.scheme.timeZone;
  return (
    <dl className="applying-facts grant-facts">
      <div>
        <dt>{t("facts.status")}</dt>
        <dd>
          <GrantStatusText status={page.grant.status} />
        </dd>
      </div>
      <div>
        <dt>{t("facts.awarded")}</dt>
        <dd>{money(page.awardedMinor)}</dd>
      </div>
      <div>
        <dt>{t("facts.paid")}</dt>
        <dd>{money(page.paidMinor)}</dd>
      </div>
      <div>
        <dt>{t("facts.period")}</dt>
        <dd>
          <FormattedDate iso={page.grant.startsOn} timeZone={tz} /> –{" "}
          <FormattedDate iso={page.grant.endsOn} timeZone={tz} />
        </dd>
      </div>
      <div>
        <dt>{t("facts.scheme")}</dt>
        <dd>
          <FunderText text={page.scheme.title} /> · <FunderText text={page.pot.name} />
        </dd>
      </div>
      <div>
        <dt>{t("facts.reference")}</dt>
        <dd>
          <Reference value={page.application.reference} />
        </dd>
      </div>
      {page.grant.acceptedAt ? (
        <div>
          <dt>{t("facts.accepted")}</dt>
          <dd>
            {t("facts.acceptedBy", {
              name: page.grant.acceptedBy ?? "",
              language:
                page.grant.acceptedLocale && isLocale(page.grant.acceptedLocale)
                  ? localeNames[page.grant.acceptedLocale]
                  : "",
            })}{" "}
            <FormattedDateTime iso={page.grant.acceptedAt} timeZone={tz} />
          </dd>
        </div>
      ) : null}
    </dl>
  );
}

export function ConditionsText({ conditions }: { conditions: Page["conditions"] }) {
  const { t } = useTranslation("grants");
  if (!conditions) return <p>{t("conditions.none")}</p>;
  return (
    <div className="stack">
      <p className="muted">{t("conditions.version", { version: conditions.version })}</p>
      <FunderText text={conditions.text} as="p" className="public-text grant-conditions" />
    </div>
  );
}

export function TranchesTable({ page }: { page: Page }) {
  const { t } = useTranslation("grants");
  const money = useMoney(page.scheme.currency);
  const tz = page.scheme.timeZone;
  if (page.tranches.length === 0) return <p>{t("tranches.none")}</p>;
  return (
    <TableShell
      caption={t("tranches.caption")}
      captionId="tranches-caption"
      className="schemes-numbers"
      columns={[t("tranches.amount"), t("tranches.due"), t("tranches.state")]}
    >
      {page.tranches.map((tranche) => (
        <tr key={tranche.id} className={tranche.cancelled ? "muted" : undefined}>
          <td>{money(tranche.amountMinor)}</td>
          <td>
            <FormattedDate iso={tranche.dueOn} timeZone={tz} />
          </td>
          <td>
            {tranche.paidAt ? (
              <>
                {t("tranches.paidOn")} <FormattedDate iso={tranche.paidAt} timeZone={tz} />
              </>
            ) : tranche.cancelled ? (
              t("tranches.cancelled")
            ) : (
              t("tranches.unpaid")
            )}
          </td>
        </tr>
      ))}
    </TableShell>
  );
}

/**
 * The group opens its check-ins to write or read them; staff open a sent one on their reading
 * page (`staffBase` is the funder's /fund/:funderId).
 */
export function CheckInsList({ page, staffBase }: { page: Page; staffBase?: string }) {
  const { t } = useTranslation("grants");
  const tz = page.scheme.timeZone;
  if (page.checkIns.length === 0) return <p>{t("checkIns.none")}</p>;
  const hrefOf = (checkIn: Page["checkIns"][number]) => {
    if (page.as === "group") return `/grants/${page.grant.id}/check-ins/${checkIn.id}`;
    return staffBase && checkIn.submittedAt ? `${staffBase}/check-ins/${checkIn.id}` : null;
  };
  return (
    <ol className="link-list grant-check-ins">
      {page.checkIns.map((checkIn, index) => {
        const title = t(
          checkIn.kind === "CONVERSATION" ? "checkIns.conversation" : "checkIns.title",
          {
            number: index + 1,
          },
        );
        const href = hrefOf(checkIn);
        return (
          <li key={checkIn.id} className="stack">
            <p>
              {href ? <Link to={href}>{title}</Link> : <strong>{title}</strong>}{" "}
              <span className={`grant-check-in grant-check-in--${checkIn.state}`}>
                {t(`checkIns.state.${checkIn.state}`)}
              </span>{" "}
              <span className="muted">
                {checkIn.submittedAt ? t("checkIns.sentOn") : t("checkIns.dueOn")}{" "}
                <FormattedDate iso={checkIn.submittedAt ?? checkIn.dueOn} timeZone={tz} />
              </span>
            </p>
            {checkIn.reply ? (
              <div className="stack">
                <p className="muted">{t("checkIns.reply")}</p>
                <blockquote dir="auto" className="public-text">
                  {checkIn.reply}
                </blockquote>
              </div>
            ) : null}
          </li>
        );
      })}
    </ol>
  );
}

export function ChangesList({ page }: { page: Page }) {
  const { t } = useTranslation("grants");
  if (page.changes.length === 0) return <p>{t("changes.none")}</p>;
  return (
    <ul className="link-list">
      {page.changes.map((change) => (
        <li key={change.id} className="stack">
          <p>
            <strong>{t(`changes.kind.${change.label}`)}</strong>{" "}
            <span className="muted">
              <FormattedDateTime iso={change.at} timeZone={page.scheme.timeZone} />
            </span>
          </p>
          {change.reason ? (
            <p dir="auto" className="public-text">
              {t("changes.reason")} {change.reason}
            </p>
          ) : null}
        </li>
      ))}
    </ul>
  );
}

/**
 * The facts, tranches, check-ins and changes, in sections with headings. Staff pages pass their
 * base and, where they may change them, a link to the grant's check-in dates.
 */
export function GrantSections({
  page,
  conditions,
  staffBase,
  checkInActions,
}: {
  page: Page;
  conditions?: React.ReactNode;
  staffBase?: string;
  checkInActions?: React.ReactNode;
}) {
  const { t } = useTranslation("grants");
  return (
    <>
      <GrantSummary page={page} />
      <section className="stack" aria-labelledby="conditions-title">
        <h2 id="conditions-title">{t("conditions.title")}</h2>
        {conditions ?? <ConditionsText conditions={page.conditions} />}
      </section>
      <section className="stack" aria-labelledby="tranches-title">
        <h2 id="tranches-title">{t("tranches.title")}</h2>
        <TranchesTable page={page} />
      </section>
      <section className="stack" aria-labelledby="check-ins-title">
        <h2 id="check-ins-title">{t("checkIns.heading")}</h2>
        <CheckInsList page={page} staffBase={staffBase} />
        {checkInActions}
      </section>
      <section className="stack" aria-labelledby="changes-title">
        <h2 id="changes-title">{t("changes.title")}</h2>
        <ChangesList page={page} />
      </section>
    </>
  );
}
