import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { Reference } from "~/components/shared/reference";
import { refusalMessage } from "~/domain/schemes/ledger-form";
import { formatMoney, formatPercent } from "~/domain/shared/money";
import { translated } from "~/domain/shared/translated-text";
import { confirmDecisions, confirmationPage } from "~/services/panels/decision-confirmation.server";
import { requirePanelPot } from "~/services/panels/decisions.server";
import { seesNames } from "~/services/panels/moderation.server";
import { localeOf } from "~/services/platform/i18n.server";
import { numberFormat } from "~/domain/shared/number-format";
import { TableShell } from "~/components/shared/table-shell";

/**
 * The pot's drafted decisions, what they cost against the pot and the round's floor, and the
 * one button that makes them final: money, statuses and emails together.
 */

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { user, panel, pot, currency } = await requirePanelPot(request, params);
  const locale = await localeOf(request);
  const url = new URL(request.url);
  return {
    panelId: panel.id,
    panelName: panel.name,
    potId: pot.id,
    potName: translated(pot.name, locale).text,
    currency,
    confirmed: url.searchParams.get("confirmed"),
    ...(await confirmationPage(panel, pot.id, user.id, seesNames(user, panel))),
  };
}

type ActionData = { refused: { key: string; values?: Record<string, unknown> } };

export async function action({ request, params }: ActionFunctionArgs) {
  const { user, panel, pot, currency } = await requirePanelPot(request, params);
  const locale = await localeOf(request);
  const money = (minor: number) => formatMoney(minor, currency, locale);
  const form = await request.formData();
  const seen = form
    .getAll("decision")
    .map((value) => /^([A-Za-z0-9_-]{1,60}):(\d{1,9})$/.exec(String(value)))
    .filter((match) => match !== null)
    .map((match) => ({ id: match[1]!, revision: Number(match[2]) }));
  const result = await confirmDecisions(user, panel, pot.id, seen);
  if (result.ok)
    return redirect(`/panels/${panel.id}/pots/${pot.id}/confirm?confirmed=${result.confirmed}`);
  const { refusal } = result;
  const refused =
    refusal.reason === "ledger"
      ? refusal.refusal.reason === "overdraws-pot"
        ? {
            key: "panels:confirm.refusals.overdraws",
            values: { amount: money(refusal.overdrawMinor) },
          }
        : refusalMessage(refusal.refusal, money)
      : { key: `panels:confirm.refusals.${refusal.reason}` };
  return data<ActionData>({ refused }, { status: 409 });
}

export default function ConfirmDecisions() {
  const page = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const { t, i18n } = useTranslation();
  const money = (minor: number) => formatMoney(minor, page.currency, i18n.language);
  const decisionPath = (applicationId: string) =>
    `/panels/${page.panelId}/pots/${page.potId}/decisions/${applicationId}`;
  return (
    <div className="stack-large">
      <div className="stack">
        <p>
          <Link to={`/panels/${page.panelId}`}>
            <bdi>{page.panelName}</bdi>
          </Link>
        </p>
        <h1>{t("panels:confirm.title", { pot: page.potName })}</h1>
        <p>{t("panels:confirm.intro")}</p>
      </div>
      {page.confirmed ? (
        <p role="status" className="notice">
          {t("panels:confirm.done")}
        </p>
      ) : null}
      {actionData?.refused ? (
        <p role="alert" className="notice applying-warning">
          {t(actionData.refused.key, actionData.refused.values)}
        </p>
      ) : null}

      {page.conflicted > 0 ? (
        <p className="notice applying-warning">{t("panels:confirm.conflictedHidden")}</p>
      ) : null}

      {page.decisions.length === 0 ? (
        <p>{t("panels:confirm.none")}</p>
      ) : (
        <TableShell
          caption={t("panels:confirm.tableCaption")}
          captionId="decisions-caption"
          columns={[
            t("panels:confirm.reference"),
            t("panels:confirm.score"),
            t("panels:confirm.requested"),
            t("panels:confirm.outcome"),
            t("panels:confirm.feedback"),
          ]}
        >
          {page.decisions.map((decision) => (
            <tr key={decision.id}>
              <th scope="row">
                <Link to={decisionPath(decision.applicationId)}>
                  <Reference value={decision.reference} />
                </Link>
              </th>
              <td>
                {decision.score === null
                  ? "—"
                  : numberFormat(i18n.language, { maximumFractionDigits: 1 }).format(
                      decision.score,
                    )}
              </td>
              <td>{money(decision.requestedMinor)}</td>
              <td>
                {t(`panels:decision.state.draft.${decision.outcome}`, {
                  amount: decision.amountMinor !== null ? money(decision.amountMinor) : "",
                })}
              </td>
              <td>
                {decision.machineDrafted
                  ? t("panels:confirm.yesMachineDrafted")
                  : decision.hasFeedback
                    ? t("panels:confirm.yes")
                    : t("panels:confirm.no")}
              </td>
            </tr>
          ))}
        </TableShell>
      )}

      <section className="stack" aria-labelledby="money-title">
        <h2 id="money-title">{t("panels:confirm.moneyTitle")}</h2>
        <p>
          {t("panels:confirm.awardsAgainst", {
            awards: money(page.awardsMinor),
            remaining: money(page.remainingMinor),
          })}
        </p>
        {page.overdrawMinor > 0 ? (
          <p className="notice applying-warning">
            {t("panels:confirm.wouldOverdraw", { amount: money(page.overdrawMinor) })}
          </p>
        ) : null}
        {page.floors.map((floor) => (
          <p key={floor.potId}>
            {t(floor.met ? "panels:confirm.floorMet" : "panels:confirm.floorNotMet", {
              achieved: formatPercent(floor.achievedBasisPoints, i18n.language),
              floor: formatPercent(floor.floorBasisPoints, i18n.language),
            })}
          </p>
        ))}
      </section>

      <ApplicationLinks
        id="undecided"
        title={t("panels:confirm.undecidedTitle")}
        intro={t("panels:confirm.undecided")}
        applications={page.undecided}
        to={decisionPath}
      />
      <ApplicationLinks
        id="waitlisted"
        title={t("panels:confirm.waitlistedTitle")}
        intro={t("panels:confirm.waitlisted")}
        applications={page.waitlisted}
        to={decisionPath}
      />

      <ApplicationLinks
        id="unreachable"
        title={t("panels:confirm.unreachableTitle")}
        intro={t("panels:confirm.unreachable")}
        applications={page.unreachable}
        to={decisionPath}
        className="notice applying-warning"
      />

      <ApplicationLinks
        id="machine-drafted"
        title={t("panels:confirm.machineDraftedTitle")}
        intro={t("panels:confirm.machineDrafted")}
        applications={page.decisions
          .filter((decision) => decision.machineDrafted)
          .map((decision) => ({ id: decision.applicationId, reference: decision.reference }))}
        to={decisionPath}
        className="notice applying-warning"
      />

      {page.decisions.length > 0 ? (
        <Form method="post" className="stack">
          {page.decisions.map((decision) => (
            <input
              key={decision.id}
              type="hidden"
              name="decision"
              value={`${decision.id}:${decision.revision}`}
            />
          ))}
          <p>{t("panels:confirm.warning")}</p>
          <button type="submit" className="button">
            {t("panels:confirm.submit")}
          </button>
        </Form>
      ) : null}
    </div>
  );
}

/** A short list of applications by reference, each leading to its decision page. */
function ApplicationLinks(props: {
  id: string;
  title: string;
  intro: string;
  applications: { id: string; reference: string; organisation?: string | null }[];
  to: (applicationId: string) => string;
  className?: string;
}) {
  if (props.applications.length === 0) return null;
  return (
    <section
      className={props.className ? `stack ${props.className}` : "stack"}
      aria-labelledby={`${props.id}-title`}
    >
      <h2 id={`${props.id}-title`}>{props.title}</h2>
      <p>{props.intro}</p>
      <ul className="link-list">
        {props.applications.map((application) => (
          <li key={application.id}>
            <Link to={props.to(application.id)}>
              <Reference value={application.reference} />
            </Link>
            {application.organisation ? (
              <>
                {" "}
                (<bdi>{application.organisation}</bdi>)
              </>
            ) : null}
          </li>
        ))}
      </ul>
    </section>
  );
}
