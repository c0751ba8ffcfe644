import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { FunderText } from "~/components/public/funder-text";
import { ErrorSummary, Field } from "~/components/shared/form-field";
import { RadioGroup } from "~/components/public/radio-group";
import { readCheckInPlan } from "~/domain/monitoring/check-in-plan";
import {
  maxLabelLength,
  maxLightNumbers,
  parseRoundSettings,
  percentText,
  planChoiceOf,
  planChoices,
  readLightNumbers,
} from "~/domain/monitoring/round-settings";
import { localeNames, supportedLocales } from "~/domain/shared/locales";
import { translated } from "~/domain/shared/translated-text";
import { requireRound } from "~/services/schemes/scheme-access.server";
import { readRequestForm } from "~/services/platform/request-form.server";
import { saveRoundSettings } from "~/services/monitoring/round-settings.server";

export const meta: MetaFunction = () => [{ title: "Withfund" }];

const formLimits = { maxParts: 40, maxFieldBytes: 2000, maxTotalBytes: 40_000 };

/** A round's monitoring defaults: when check-ins fall due, the light numbers, Most Significant Change. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const { round, scheme, locale, canEdit } = await requireRound(request, params, "view");
  const plan = readCheckInPlan(round.checkInPlan);
  const numbers = readLightNumbers(round.lightNumbers);
  const values: Record<string, string> = {
    plan: planChoiceOf(plan),
    customPlan: percentText(plan),
    msc: round.mscEnabled ? "on" : "",
  };
  numbers.forEach((number, n) => {
    for (const [lang, text] of Object.entries(number.label)) values[`number.${n}.${lang}`] = text;
  });
  return {
    base: `/fund/${params.funderId}/schemes/${scheme.id}/rounds/${round.id}`,
    scheme: translated(scheme.title, locale),
    round: translated(round.name, locale),
    canEdit,
    values,
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { user, round, funderId } = await requireRound(request, params, "edit");
  const posted = await readRequestForm(request, formLimits);
  if (!posted.ok) throw new Response("Bad request", { status: 400 });
  const parsed = parseRoundSettings(posted.form);
  if (!parsed.ok) return data({ errors: parsed.errors, values: parsed.values }, { status: 400 });
  await saveRoundSettings(user, { id: round.id, funderId }, parsed.settings);
  return redirect(
    `/fund/${funderId}/schemes/${round.schemeId}/rounds/${round.id}/monitoring?notice=saved`,
  );
}

export default function RoundMonitoring() {
  const page = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const [params] = useSearchParams();
  const { t } = useTranslation("monitoring");
  const errors = actionData?.errors ?? {};
  const values = actionData?.values ?? page.values;
  return (
    <div className="narrow stack-large">
      <header className="stack">
        <p className="muted">
          <FunderText text={page.scheme} /> · <FunderText text={page.round} />
        </p>
        <h1>{t("round.title")}</h1>
        <p>{t("round.intro")}</p>
      </header>
      {params.get("notice") === "saved" ? (
        <p className="notice" role="status">
          {t("round.saved")}
        </p>
      ) : null}
      <ErrorSummary errors={errors} />
      <Form method="post" className="stack-large" noValidate>
        {/* Staff who may only read see the settings as a form they cannot change. */}
        <fieldset disabled={!page.canEdit} className="stack-large">
          <RadioGroup
            name="plan"
            legend={t("round.plan")}
            value={values.plan}
            errors={errors}
            options={[...Object.keys(planChoices), "custom"].map((choice) => ({
              value: choice,
              label: t(`round.planOption.${choice}`),
            }))}
          />
          <Field
            name="customPlan"
            label={t("round.customPlan")}
            hint={t("round.customPlanHint")}
            errors={errors}
          >
            {(control) => <input {...control} dir="ltr" defaultValue={values.customPlan ?? ""} />}
          </Field>

          <section className="stack" aria-labelledby="numbers-title">
            <h2 id="numbers-title">{t("round.numbersTitle")}</h2>
            <p>{t("round.numbersIntro", { max: maxLightNumbers })}</p>
            {Array.from({ length: maxLightNumbers }, (_, n) => (
              <fieldset key={n} className="stack">
                <legend>{t("round.numberLegend", { number: n + 1 })}</legend>
                {supportedLocales.map((lang) => (
                  <Field
                    key={lang}
                    name={`number.${n}.${lang}`}
                    label={localeNames[lang]}
                    errors={errors}
                  >
                    {(control) => (
                      <input
                        {...control}
                        lang={lang}
                        dir="auto"
                        maxLength={maxLabelLength * 2}
                        defaultValue={values[`number.${n}.${lang}`] ?? ""}
                      />
                    )}
                  </Field>
                ))}
              </fieldset>
            ))}
          </section>

          <div className="field">
            <div className="appform-option">
              <input
                type="checkbox"
                id="field-msc"
                name="msc"
                defaultChecked={values.msc === "on"}
                aria-describedby="field-msc-hint"
              />
              <label htmlFor="field-msc">{t("round.msc")}</label>
            </div>
            <p id="field-msc-hint" className="field__hint">
              {t("round.mscHint")}
            </p>
          </div>
        </fieldset>
        {page.canEdit ? (
          <button type="submit" className="button">
            {t("round.save")}
          </button>
        ) : null}
      </Form>
      <p>
        <Link to={page.base}>{t("round.back")}</Link>
      </p>
    </div>
  );
}
