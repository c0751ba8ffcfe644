import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { z } from "zod";
import { ErrorSummary, Field } from "~/components/form-field";
import { Breadcrumbs, schemeCrumbs } from "~/components/schemes/breadcrumbs";
import { ScrollRegion } from "~/components/schemes/scroll-region";
import { SavedNotice } from "~/components/schemes/notices";
import { useFunder } from "~/components/schemes/use-funder";
import type { Refusal } from "~/domain/ledger";
import { formatMoney, formatPercent, parseMoney } from "~/domain/money";
import { currencyLabel } from "~/domain/schemes/scheme-form";
import { translated } from "~/domain/translated-text";
import { parseForm, type FieldErrors } from "~/lib/validation";
import { changeLedger, loadRoundLedger } from "~/services/ledger.server";
import { forbidden } from "~/services/permissions.server";
import { applicationInRound, submittedApplications } from "~/services/round-applications.server";
import { requireRound } from "~/services/scheme-access.server";
import type { TranslationHandle } from "~/locales/namespaces";

export const handle: TranslationHandle = { i18n: ["schemes"] };

const operations = ["recommend", "award", "revoke", "pay"] as const;

const schema = z.object({
  applicationId: z.string().min(1, "schemes:ledger.errors.operation"),
  operation: z.enum(operations, { message: "schemes:ledger.errors.operation" }),
  amount: z.string().trim().optional(),
});

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { round, scheme, locale, canEdit } = await requireRound(request, params, "view");
  const [loaded, applications] = await Promise.all([
    loadRoundLedger(round.id),
    submittedApplications(round.id),
  ]);
  if (!loaded) throw forbidden();
  const potName = new Map(round.pots.map((pot) => [pot.id, translated(pot.name, locale)]));
  return {
    scheme: { id: scheme.id, title: translated(scheme.title, locale), currency: scheme.currency },
    currencyLabel: currencyLabel(scheme.currency, locale),
    round: { id: round.id, name: translated(round.name, locale) },
    ledger: {
      ...loaded.ledger,
      pots: loaded.ledger.pots.map((pot) => ({ ...pot, name: potName.get(pot.potId)! })),
      floors: loaded.ledger.floors.map((floor) => ({ ...floor, name: potName.get(floor.potId)! })),
    },
    applications: applications.map((application) => ({
      ...application,
      potName: potName.get(application.potId)!,
    })),
    canEdit,
  };
}

type ActionData = { applicationId: string; errors: FieldErrors; values: Record<string, string> };

function refusalMessage(
  refusal: Refusal,
  money: (minor: number) => string,
): { key: string; values?: Record<string, unknown> } {
  const key = `schemes:ledger.refusals.${refusal.reason}`;
  switch (refusal.reason) {
    case "outside-grant-limits":
      return { key, values: { min: money(refusal.minMinor), max: money(refusal.maxMinor) } };
    case "overdraws-pot":
      return { key, values: { remaining: money(refusal.remainingMinor) } };
    case "already-paid":
      return { key, values: { paid: money(refusal.paidMinor) } };
    case "overpays":
      return { key, values: { unpaid: money(refusal.unpaidMinor) } };
    default:
      return { key };
  }
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { user, funderId, round, scheme, locale } = await requireRound(request, params, "edit");
  const form = await request.formData();
  const applicationId = String(form.get("applicationId") ?? "");
  // Each application has its own small form; errors are keyed to its amount field.
  const field = `amount-${applicationId}`;
  const fail = (
    error: { key: string; values?: Record<string, unknown> },
    values: Record<string, string>,
  ) => data<ActionData>({ applicationId, errors: { [field]: error }, values }, { status: 400 });

  const result = parseForm(schema, form);
  if (!result.ok) return fail(Object.values(result.errors)[0]!, result.values);
  if (!(await applicationInRound(round.id, applicationId))) throw forbidden();

  const { operation, amount } = result.data;
  const values = { operation, amount: amount ?? "" };
  let amountMinor = 0;
  if (operation !== "revoke") {
    const parsed = amount ? parseMoney(amount, scheme.currency) : null;
    if (parsed === null)
      return fail(
        { key: amount ? "schemes:errors.moneyInvalid" : "schemes:errors.amountRequired" },
        values,
      );
    amountMinor = parsed;
  }
  const change = await changeLedger(
    user.id,
    operation === "revoke"
      ? { kind: "revoke", applicationId }
      : { kind: operation, applicationId, amountMinor },
    funderId,
  );
  if (!change.ok)
    return fail(
      refusalMessage(change.refusal, (minor) => formatMoney(minor, scheme.currency, locale)),
      values,
    );
  return redirect(
    `/fund/${funderId}/schemes/${scheme.id}/rounds/${round.id}/ledger?saved=ledger#application-${applicationId}`,
  );
}

const columns = [
  "budgetMinor",
  "requestedMinor",
  "recommendedMinor",
  "awardedMinor",
  "paidMinor",
  "remainingMinor",
] as const;

export default function LedgerPage() {
  const {
    scheme,
    currencyLabel: currencyName,
    round,
    ledger,
    applications,
    canEdit,
  } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const { funder } = useFunder();
  const [searchParams] = useSearchParams();
  const { t, i18n } = useTranslation("schemes");
  const locale = i18n.language;
  const money = (minor: number) => formatMoney(minor, scheme.currency, locale);
  const percent = (basisPoints: number) => formatPercent(basisPoints, locale);
  return (
    <div className="stack-large schemes-page">
      <Breadcrumbs
        items={[
          ...schemeCrumbs(funder, scheme),
          {
            to: `/fund/${funder.id}/schemes/${scheme.id}/rounds/${round.id}`,
            label: round.name.text,
            lang: round.name.locale,
          },
        ]}
      />
      <div className="stack">
        <h1>{t("ledger.title", { round: round.name.text })}</h1>
        <SavedNotice saved={searchParams.get("saved")} />
        <ErrorSummary errors={actionData?.errors} />
        <p className="muted">{t("ledger.intro")}</p>
      </div>

      <dl className="summary-list">
        <div>
          <dt>{t("round.budgetLabel")}</dt>
          <dd>{money(ledger.budgetMinor)}</dd>
        </div>
        <div>
          <dt>{t("round.allocated")}</dt>
          <dd>{money(ledger.allocatedMinor)}</dd>
        </div>
        <div>
          <dt>{t("round.unallocated")}</dt>
          <dd>{money(ledger.unallocatedMinor)}</dd>
        </div>
      </dl>

      <ScrollRegion labelledBy="ledger-caption">
        <table className="schemes-numbers">
          <caption id="ledger-caption">{t("ledger.caption", { currency: currencyName })}</caption>
          <thead>
            <tr>
              <th scope="col">{t("ledger.pot")}</th>
              {columns.map((column) => (
                <th scope="col" key={column}>
                  {t(`ledger.columns.${column}`)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {ledger.pots.map((pot) => (
              <tr key={pot.potId}>
                <th scope="row" lang={pot.name.locale}>
                  {pot.name.text}
                </th>
                {columns.map((column) => (
                  <td key={column}>{money(pot[column])}</td>
                ))}
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">{t("ledger.total")}</th>
              {columns.map((column) => (
                <td key={column}>{money(ledger.totals[column])}</td>
              ))}
            </tr>
          </tfoot>
        </table>
      </ScrollRegion>

      <section className="stack" aria-labelledby="floors-title">
        <h2 id="floors-title">{t("ledger.floorsTitle")}</h2>
        {ledger.floors.length === 0 ? <p>{t("ledger.noFloors")}</p> : null}
        <ul className="schemes-floors">
          {ledger.floors.map((floor) => (
            <li
              key={floor.potId}
              className={
                floor.met
                  ? "schemes-floor schemes-floor--met"
                  : "schemes-floor schemes-floor--short"
              }
            >
              <span className="schemes-label" lang={floor.name.locale}>
                {floor.name.text}
              </span>{" "}
              {floor.roundAwardedMinor === 0
                ? t("ledger.floorNothingYet", { floor: percent(floor.floorBasisPoints) })
                : floor.met
                  ? t("ledger.floorMet", {
                      achieved: percent(floor.achievedBasisPoints),
                      floor: percent(floor.floorBasisPoints),
                    })
                  : t("ledger.floorShort", {
                      achieved: percent(floor.achievedBasisPoints),
                      floor: percent(floor.floorBasisPoints),
                      shortfall: money(floor.shortfallMinor),
                    })}
            </li>
          ))}
        </ul>
      </section>

      <section className="stack" aria-labelledby="applications-title">
        <h2 id="applications-title">{t("ledger.applicationsTitle")}</h2>
        {applications.length === 0 ? <p>{t("ledger.noApplications")}</p> : null}
        <ul className="schemes-cards">
          {applications.map((application) => {
            const mine = actionData?.applicationId === application.id ? actionData : undefined;
            const amountField = `amount-${application.id}`;
            return (
              <li key={application.id} id={`application-${application.id}`} className="card">
                <h3>{application.organisation}</h3>
                <dl className="summary-list">
                  <div>
                    <dt>{t("ledger.pot")}</dt>
                    <dd lang={application.potName.locale}>{application.potName.text}</dd>
                  </div>
                  <div>
                    <dt>{t("ledger.status")}</dt>
                    <dd>{t(`ledger.statuses.${application.status}`)}</dd>
                  </div>
                  <div>
                    <dt>{t("ledger.columns.requestedMinor")}</dt>
                    <dd>{money(application.requestedMinor)}</dd>
                  </div>
                  <div>
                    <dt>{t("ledger.columns.recommendedMinor")}</dt>
                    <dd>
                      {application.recommendedMinor === null
                        ? t("ledger.none")
                        : money(application.recommendedMinor)}
                    </dd>
                  </div>
                  <div>
                    <dt>{t("ledger.columns.awardedMinor")}</dt>
                    <dd>
                      {application.awardedMinor === null
                        ? t("ledger.none")
                        : money(application.awardedMinor)}
                    </dd>
                  </div>
                  <div>
                    <dt>{t("ledger.columns.paidMinor")}</dt>
                    <dd>{money(application.paidMinor)}</dd>
                  </div>
                </dl>
                {canEdit ? (
                  <Form
                    // A new key after each recorded change empties the form, with or without JavaScript.
                    key={`${application.status}-${application.recommendedMinor}-${application.awardedMinor}-${application.paidMinor}`}
                    method="post"
                    className="stack"
                    noValidate
                  >
                    <input type="hidden" name="applicationId" value={application.id} />
                    <Field
                      name={`operation-${application.id}`}
                      label={t("ledger.operation")}
                      errors={mine?.errors}
                    >
                      {(props) => (
                        <select
                          {...props}
                          name="operation"
                          defaultValue={mine?.values.operation ?? "recommend"}
                        >
                          {operations.map((operation) => (
                            <option key={operation} value={operation}>
                              {t(`ledger.operations.${operation}`)}
                            </option>
                          ))}
                        </select>
                      )}
                    </Field>
                    <Field
                      name={amountField}
                      label={t("ledger.amount", { currency: currencyName })}
                      hint={t("ledger.amountHint")}
                      errors={mine?.errors}
                    >
                      {(props) => (
                        <input
                          {...props}
                          name="amount"
                          inputMode="decimal"
                          dir="ltr"
                          defaultValue={mine?.values.amount ?? ""}
                        />
                      )}
                    </Field>
                    <button type="submit" className="button">
                      {t("ledger.record")}
                    </button>
                  </Form>
                ) : null}
              </li>
            );
          })}
        </ul>
      </section>
    </div>
  );
}
