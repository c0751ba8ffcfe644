import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { z } from "zod";
import { ErrorSummary } from "~/components/shared/form-field";
import { FunderText } from "~/components/public/funder-text";
import { RadioGroup } from "~/components/public/radio-group";
import { SchemeDate } from "~/components/public/scheme-date";
import { formatSchemeDate } from "~/domain/shared/dates";
import { roundPhase } from "~/domain/schemes/round-phase";
import { useExplain } from "~/components/public/use-explain";
import {
  areasToChooseFrom,
  findListedArea,
  listedAreas,
  type Explanation,
} from "~/domain/eligibility/eligibility";
import { translated } from "~/domain/shared/translated-text";
import { fieldError, parseForm, type FieldErrors } from "~/domain/shared/validation";
import { groupsForApplying } from "~/services/applications/application-pages.server";
import { potForApplying, startApplication } from "~/services/applications/applications.server";
import { localeOf } from "~/services/platform/i18n.server";
import { requireOrganisation, setAreaServed } from "~/services/organisations/organisations.server";
import { forbidden, requireUser, type SignedInUser } from "~/services/access/permissions.server";
import { potRules } from "~/services/schemes/schemes.server";

const organisationId = z
  .string({ message: "applications:start.errors.chooseGroup" })
  .min(1, "applications:start.errors.chooseGroup");
const schema = z.object({ organisationId });
const areaSchema = z.object({
  organisationId,
  area: z
    .string({ message: "applications:start.errors.chooseArea" })
    .trim()
    .min(1, "applications:start.errors.chooseArea"),
});

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: data ? `${data.pot.text} · Withfund` : "Withfund" },
];

/** The pot, as the page and every action see it: a pot of an unpublished scheme is not there. */
async function requirePot(user: SignedInUser, potId: string) {
  const pot = await potForApplying(user, potId);
  if (!pot) throw new Response("Not found", { status: 404 });
  return pot;
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const pot = await requirePot(user, params.potId ?? "");
  const [locale, groups] = await Promise.all([localeOf(request), groupsForApplying(user, pot.id)]);
  const { round } = pot;
  const roundState = roundPhase(round, new Date());
  return {
    potId: pot.id,
    pot: translated(pot.name, locale),
    scheme: translated(round.scheme.title, locale),
    schemeSlug: round.scheme.slug,
    round: translated(round.name, locale),
    opensAt: round.opensAt.toISOString(),
    closesAt: round.closesAt.toISOString(),
    timeZone: round.scheme.timeZone,
    currency: round.scheme.currency,
    roundState,
    hasForm: Boolean(round.formVersionId),
    groups,
  };
}

type ActionData = {
  errors?: FieldErrors;
  values?: Record<string, string>;
  outcome?: "round-not-open" | "no-form" | "ineligible";
  organisationId?: string;
  reasons?: { result: string; explanation: Explanation }[];
  /** The funder's areas, when the group's own words for where it works did not match them. */
  areas?: string[];
};

export async function action({ request, params }: ActionFunctionArgs) {
  const form = await request.formData();
  const potId = params.potId ?? "";
  if (form.get("intent") === "area") return chooseArea(request, potId, form);
  const user = await requireUser(request);
  await requirePot(user, potId);
  const result = parseForm(schema, form);
  if (!result.ok)
    return data<ActionData>({ errors: result.errors, values: result.values }, { status: 400 });
  return start(user, potId, result.data.organisationId);
}

async function start(
  user: SignedInUser,
  potId: string,
  organisationId: string,
  errors?: FieldErrors,
) {
  const started = await startApplication(user, { organisationId, potId });
  if (started.ok) return redirect(`/applications/${started.applicationId}`);
  // This page lists only her own groups; a draft another group started is not hers to open.
  if (started.reason === "forbidden" || started.reason === "group-has-draft") throw forbidden();
  if (started.reason === "ineligible") {
    const reasons = started.outcomes
      .filter((o) => o.result !== "pass")
      .map((o) => ({ result: o.result, explanation: o.explanation }));
    const areas = areasToChooseFrom(started.outcomes);
    return data<ActionData>(
      { outcome: "ineligible", organisationId, reasons, areas, errors, values: { organisationId } },
      { status: 400 },
    );
  }
  return data<ActionData>({ outcome: started.reason, values: { organisationId } }, { status: 409 });
}

/** She picked one of the funder's areas for her group: save it on the profile, then start. */
async function chooseArea(request: Request, potId: string, form: FormData) {
  const requested = String(form.get("organisationId") ?? "");
  const { user } = await requireOrganisation(request, { organisationId: requested }, "edit");
  const result = parseForm(areaSchema, form);
  const pot = await requirePot(user, potId);
  if (!result.ok) return start(user, potId, requested, result.errors);
  const area = findListedArea(result.data.area, listedAreas(potRules(pot)));
  if (!area)
    return start(user, potId, requested, {
      area: fieldError("applications:start.errors.chooseArea"),
    });
  await setAreaServed(user.id, requested, area);
  return start(user, potId, requested);
}

export default function Apply() {
  const page = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const navigation = useNavigation();
  const { t, i18n } = useTranslation("applications");
  const explain = useExplain(page.currency);
  const cannotStart = actionData?.outcome === "round-not-open" || actionData?.outcome === "no-form";
  const chosen =
    actionData?.values?.organisationId ??
    (page.groups.length === 1 ? page.groups[0]!.id : undefined);

  return (
    <div className="narrow stack-large">
      <div className="stack">
        <p className="muted">
          <FunderText text={page.scheme} /> · <FunderText text={page.round} />
        </p>
        <h1>{t("start.title", { pot: page.pot.text })}</h1>
        <dl className="summary-list">
          <div>
            <dt>{t("start.closes")}</dt>
            <dd>
              <SchemeDate iso={page.closesAt} timeZone={page.timeZone} withTime />
            </dd>
          </div>
        </dl>
        <p>
          <Link to={`/schemes/${page.schemeSlug}`}>{t("start.aboutScheme")}</Link>
        </p>
      </div>

      {page.roundState !== "open" || !page.hasForm || cannotStart ? (
        <p className="notice" role="status">
          {page.roundState === "upcoming"
            ? t("start.notOpenYet", {
                date: formatSchemeDate(page.opensAt, i18n.language, page.timeZone, true),
              })
            : page.roundState === "closed" || actionData?.outcome === "round-not-open"
              ? t("start.closed")
              : t("start.noForm")}
        </p>
      ) : page.groups.length === 0 ? (
        <section className="stack" aria-labelledby="no-group">
          <h2 id="no-group">{t("start.noGroupTitle")}</h2>
          <p>{t("start.noGroup")}</p>
          <p>
            <Link className="button" to={`/organisations/new`}>
              {t("start.createGroup")}
            </Link>
          </p>
        </section>
      ) : (
        <section className="stack" aria-labelledby="choose-group">
          <h2 id="choose-group">{t("start.chooseTitle")}</h2>
          {actionData?.outcome === "ineligible" && actionData.reasons ? (
            <div className="applying-ineligible stack" role="alert" tabIndex={-1}>
              <h3>{t("start.ineligibleTitle")}</h3>
              <ul className="public-checks">
                {actionData.reasons.map((reason, index) => (
                  <li key={index}>
                    {explain(reason.explanation)}
                    {reason.result === "unknown" ? <> {t("start.addToProfile")}</> : null}
                  </li>
                ))}
              </ul>
              {actionData.areas?.length ? (
                <Form method="post" className="stack">
                  <input type="hidden" name="intent" value="area" />
                  <input type="hidden" name="organisationId" value={actionData.organisationId} />
                  <RadioGroup
                    name="area"
                    legend={t("start.areaQuestion")}
                    hint={t("start.areaHint")}
                    options={actionData.areas.map((area) => ({ value: area, label: area }))}
                    errors={actionData.errors}
                  />
                  <button
                    type="submit"
                    className="button"
                    disabled={navigation.state === "submitting"}
                  >
                    {t("start.areaSubmit")}
                  </button>
                </Form>
              ) : null}
              <p>
                <Link to={`/organisations/${actionData.organisationId}/edit`}>
                  {t("start.editProfile")}
                </Link>
              </p>
            </div>
          ) : null}
          <ErrorSummary errors={actionData?.errors} />
          <Form method="post" className="stack">
            <RadioGroup
              name="organisationId"
              legend={t("start.whichGroup")}
              hint={t("start.whichGroupHint")}
              options={page.groups.map((group) => ({
                value: group.id,
                label: group.draftId ? t("start.groupWithDraft", { name: group.name }) : group.name,
              }))}
              value={chosen}
              errors={actionData?.errors}
            />
            <button type="submit" className="button" disabled={navigation.state === "submitting"}>
              {t("start.submit")}
            </button>
          </Form>
          <p>
            <Link to="/organisations/new">{t("start.anotherGroup")}</Link>
          </p>
        </section>
      )}
    </div>
  );
}
