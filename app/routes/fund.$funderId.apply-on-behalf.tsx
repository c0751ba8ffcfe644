import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { z } from "zod";
import { ErrorSummary, Field } from "~/components/shared/form-field";
import { FunderText } from "~/components/public/funder-text";
import { RadioGroup } from "~/components/public/radio-group";
import { formatSchemeDate } from "~/domain/shared/dates";
import { useExplain } from "~/components/public/use-explain";
import { useFunder } from "~/components/schemes/use-funder";
import type { Explanation } from "~/domain/eligibility/eligibility";
import { translated } from "~/domain/shared/translated-text";
import { parseForm, type FieldErrors } from "~/domain/shared/validation";
import {
  findOrganisations,
  openPotsOf,
  organisationName,
} from "~/services/applications/apply-on-behalf.server";
import { startApplication } from "~/services/applications/applications.server";
import { localeOf } from "~/services/platform/i18n.server";
import { forbidden } from "~/services/access/permissions.server";
import { requireFunder } from "~/services/schemes/scheme-access.server";

/**
 * Programme staff entering an application for a group that cannot apply online itself (on the
 * phone, at a drop-in session): find the group, choose a pot, and continue in the same pages
 * the group uses. The application says everywhere that staff entered it.
 */

const schema = z.object({
  organisationId: z
    .string({ message: "applications:onBehalf.errors.chooseGroup" })
    .min(1, "applications:onBehalf.errors.chooseGroup"),
  potId: z
    .string({ message: "applications:onBehalf.errors.choosePot" })
    .min(1, "applications:onBehalf.errors.choosePot"),
});

export const meta: MetaFunction = () => [{ title: "Withfund" }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { funderId } = await requireFunder(request, params, "edit");
  const url = new URL(request.url);
  const query = (url.searchParams.get("q") ?? "").slice(0, 100);
  const chosenId = url.searchParams.get("organisationId");
  const [locale, results, chosen, pots] = await Promise.all([
    localeOf(request),
    findOrganisations(funderId, query),
    chosenId ? organisationName(funderId, chosenId) : null,
    openPotsOf(funderId),
  ]);
  return {
    query,
    results,
    chosen,
    pots: pots.map((pot) => ({
      id: pot.id,
      name: translated(pot.name, locale),
      scheme: translated(pot.round.scheme.title, locale),
      closesAt: pot.round.closesAt.toISOString(),
      timeZone: pot.round.scheme.timeZone,
      currency: pot.round.scheme.currency,
    })),
  };
}

type ActionData = {
  errors?: FieldErrors;
  values?: Record<string, string>;
  refused?: string;
  reasons?: { result: string; explanation: Explanation }[];
  currency?: string;
};

export async function action({ request, params }: ActionFunctionArgs) {
  const { funderId, user } = await requireFunder(request, params, "edit");
  const result = parseForm(schema, await request.formData());
  if (!result.ok)
    return data<ActionData>({ errors: result.errors, values: result.values }, { status: 400 });
  const pot = (await openPotsOf(funderId)).find((p) => p.id === result.data.potId);
  if (!pot)
    return data<ActionData>(
      { errors: { potId: { key: "applications:onBehalf.errors.choosePot" } }, values: result.data },
      { status: 400 },
    );
  const started = await startApplication(user, result.data);
  if (started.ok) return redirect(`/applications/${started.applicationId}`);
  if (started.reason === "forbidden") throw forbidden();
  if (started.reason === "group-has-draft")
    return data<ActionData>(
      { refused: "applications:onBehalf.groupHasDraft", values: result.data },
      { status: 409 },
    );
  if (started.reason === "ineligible") {
    const reasons = started.outcomes
      .filter((o) => o.result !== "pass")
      .map((o) => ({ result: o.result, explanation: o.explanation }));
    return data<ActionData>(
      {
        refused: "applications:onBehalf.ineligible",
        reasons,
        currency: pot.round.scheme.currency,
        values: result.data,
      },
      { status: 400 },
    );
  }
  return data<ActionData>(
    {
      refused:
        started.reason === "no-form" ? "applications:start.noForm" : "applications:start.closed",
      values: result.data,
    },
    { status: 409 },
  );
}

export default function ApplyOnBehalf() {
  const page = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const navigation = useNavigation();
  const { funder } = useFunder();
  const { t, i18n } = useTranslation("applications");
  const explain = useExplain(actionData?.currency ?? "EUR");
  const here = `/fund/${funder.id}/apply-on-behalf`;
  return (
    <div className="narrow stack-large">
      <div className="stack">
        <p>
          <Link to={`/fund/${funder.id}`}>{funder.name}</Link>
        </p>
        <h1>{t("onBehalf.title")}</h1>
        <p>{t("onBehalf.intro")}</p>
      </div>

      <section className="stack" aria-labelledby="find-group">
        <h2 id="find-group">{t("onBehalf.findTitle")}</h2>
        <Form method="get" className="stack">
          <Field name="q" label={t("onBehalf.search")} hint={t("onBehalf.searchHint")}>
            {(props) => <input {...props} type="search" dir="auto" defaultValue={page.query} />}
          </Field>
          <button type="submit" className="button button--secondary">
            {t("onBehalf.searchButton")}
          </button>
        </Form>
        {page.query ? (
          page.results.length > 0 ? (
            <ul className="link-list" aria-label={t("onBehalf.results")}>
              {page.results.map((organisation) => (
                <li key={organisation.id}>
                  <Link to={`${here}?organisationId=${organisation.id}`} dir="auto">
                    {organisation.name}
                  </Link>{" "}
                  <span className="muted">{t(`common:legalForms.${organisation.legalForm}`)}</span>
                </li>
              ))}
            </ul>
          ) : (
            <p role="status">{t("onBehalf.noResults", { query: page.query })}</p>
          )
        ) : null}
        <p>
          <Link to="/organisations/new">{t("onBehalf.createGroup")}</Link>
        </p>
      </section>

      {page.chosen ? (
        <section className="stack" aria-labelledby="choose-pot">
          <h2 id="choose-pot">{t("onBehalf.chooseTitle", { group: page.chosen.name })}</h2>
          {actionData?.refused ? (
            <div className="notice applying-warning stack" role="alert">
              <p>{t(actionData.refused)}</p>
              {actionData.reasons ? (
                <ul className="public-checks">
                  {actionData.reasons.map((reason, index) => (
                    <li key={index}>{explain(reason.explanation)}</li>
                  ))}
                </ul>
              ) : null}
            </div>
          ) : null}
          <ErrorSummary errors={actionData?.errors} />
          {page.pots.length === 0 ? (
            <p>{t("onBehalf.noPots")}</p>
          ) : (
            <Form method="post" className="stack">
              <input type="hidden" name="organisationId" value={page.chosen.id} />
              <RadioGroup
                name="potId"
                legend={t("onBehalf.whichPot")}
                options={page.pots.map((pot) => ({
                  value: pot.id,
                  label: t("onBehalf.potOption", {
                    pot: pot.name.text,
                    scheme: pot.scheme.text,
                    date: formatSchemeDate(pot.closesAt, i18n.language, pot.timeZone, true),
                  }),
                }))}
                value={actionData?.values?.potId}
                errors={actionData?.errors}
              />
              <p className="muted">{t("onBehalf.recorded")}</p>
              <button type="submit" className="button" disabled={navigation.state === "submitting"}>
                {t("onBehalf.start")}
              </button>
            </Form>
          )}
        </section>
      ) : null}
      {page.pots.length > 0 && !page.chosen ? (
        <section className="stack" aria-labelledby="open-pots">
          <h2 id="open-pots">{t("onBehalf.openPots")}</h2>
          <ul className="link-list">
            {page.pots.map((pot) => (
              <li key={pot.id}>
                <FunderText text={pot.scheme} /> · <FunderText text={pot.name} />
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  );
}
