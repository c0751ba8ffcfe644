import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data } from "@remix-run/node";
import { Form, Link, useLoaderData, useLocation } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { ErrorSummary, Field } from "~/components/shared/form-field";
import { FunderText, UntranslatedNote } from "~/components/public/funder-text";
import { RadioGroup } from "~/components/public/radio-group";
import { RoundStatus } from "~/components/public/scheme-date";
import { useExplain } from "~/components/public/use-explain";
import {
  askedAnswers,
  checkerSchema,
  checkPot,
  elsewhere,
  questionsFor,
  toProfile,
  type PotCheck,
} from "~/domain/eligibility/apply-checker";
import { legalForms } from "~/domain/eligibility/eligibility";
import type { translated } from "~/domain/shared/translated-text";
import { keepLanguage, languageOf } from "~/domain/shared/keep-language";
import { parseForm, type FieldErrors } from "~/domain/shared/validation";
import { localeOf, translatorFor } from "~/services/platform/i18n.server";
import { checkerRound } from "~/services/public/public-schemes.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: data ? `${data.pageTitle} · Withfund` : "Withfund" },
];

type PotResult = { id: string; name: ReturnType<typeof translated> } & PotCheck;

/**
 * A GET form: the answers travel only in the page address and are never stored, so there is
 * nothing to protect and no one to check. `checked` marks a submitted form, which may be
 * blank; the result then says what we need to know.
 */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const locale = await localeOf(request);
  const scheme = await checkerRound(params.slug ?? "", locale);
  if (!scheme) throw new Response("Not found", { status: 404 });
  const t = await translatorFor(locale);
  const { asked, areas } = questionsFor(scheme.pots.map((pot) => pot.rules));
  const search = new URL(request.url).searchParams;
  const values: Record<string, string> = {};
  for (const question of asked) values[question] = search.get(question) ?? "";
  const { pots, ...rest } = scheme;
  // The options travel with the data so the page's script does not download the rule engine.
  const options = { legalForms: [...legalForms], elsewhere };
  const page = {
    pageTitle: t("public:checker.title"),
    scheme: rest,
    asked,
    areas,
    options,
    values,
  };
  type Page = typeof page & { errors: FieldErrors | null; results: PotResult[] | null };

  if (!search.has("checked")) return data<Page>({ ...page, errors: null, results: null });
  const parsed = parseForm(checkerSchema(scheme.currency, areas), askedAnswers(search, asked));
  if (!parsed.ok)
    return data<Page>({ ...page, errors: parsed.errors, results: null }, { status: 400 });
  const profile = toProfile(parsed.data, t("public:checker.elsewhereValue"));
  const results = pots.map((pot) => ({
    id: pot.id,
    name: pot.name,
    ...checkPot(pot.rules, parsed.data, profile),
  }));
  return data<Page>({ ...page, errors: null, results });
}

export default function Checker() {
  const { scheme, asked, areas, options, values, errors, results } = useLoaderData<typeof loader>();
  const { t, i18n } = useTranslation();
  const { search } = useLocation();
  const explain = useExplain(scheme.currency);
  const lng = languageOf(search);
  const schemePath = `/schemes/${scheme.slug}`;
  const fieldErrors = errors ?? undefined;
  const asks = (question: (typeof asked)[number]) => asked.includes(question);
  const yesNo = (question: "host" | "byAndFor") => [
    { value: "yes", label: t(`public:checker.${question}Yes`) },
    { value: "no", label: t(`public:checker.${question}No`) },
  ];
  const currencyName =
    new Intl.DisplayNames(i18n.language, { type: "currency" }).of(scheme.currency) ??
    scheme.currency;

  return (
    <div className="stack-large">
      <section className="stack">
        <p>
          <Link to={keepLanguage(schemePath, search)}>
            {t("public:checker.backToScheme")} <FunderText text={scheme.title} />
          </Link>
        </p>
        <h1>{t("public:checker.title")}</h1>
        <p className="lead">{t("public:checker.intro")}</p>
        <p className="public-status">
          <FunderText text={scheme.round.name} />
          {" · "}
          <RoundStatus
            state={scheme.round.state}
            date={scheme.round.date}
            timeZone={scheme.timeZone}
          />
        </p>
        <UntranslatedNote texts={[scheme.title, scheme.round.name]} />
      </section>

      {results ? (
        <>
          <section
            id="results"
            tabIndex={-1}
            className="stack public-results"
            aria-labelledby="results-title"
          >
            <h2 id="results-title">{t("public:checker.resultsTitle")}</h2>
            <p>{t("public:checker.resultsIntro")}</p>
            <ul className="public-pots">
              {results.map((pot) => (
                <li key={pot.id} className={`card public-result public-result--${pot.verdict}`}>
                  <h3>
                    <FunderText text={pot.name} />
                  </h3>
                  <p className="public-result__verdict">
                    {t(`public:checker.verdict.${pot.verdict}`)}
                  </p>
                  <ul className="public-checks">
                    {pot.reasons.map((reason, index) => (
                      <li key={index}>{explain(reason)}</li>
                    ))}
                  </ul>
                </li>
              ))}
            </ul>
          </section>
          <section className="stack" aria-labelledby="next-title">
            <h2 id="next-title">{t("public:checker.nextTitle")}</h2>
            <p>{t("public:checker.nextText")}</p>
            {scheme.helpText ? (
              <>
                <h3>{t("public:scheme.help")}</h3>
                <FunderText as="p" className="public-text" text={scheme.helpText} />
                <UntranslatedNote texts={[scheme.helpText]} />
              </>
            ) : null}
            <p>
              <Link
                className="button"
                to={keepLanguage(
                  `/sign-in?redirectTo=${encodeURIComponent(keepLanguage(schemePath, search))}`,
                  search,
                )}
              >
                {t("public:scheme.signInToApply")}
              </Link>
            </p>
            <p>
              <Link to={keepLanguage(schemePath, search)}>
                {t("public:checker.readAboutScheme")}
              </Link>
            </p>
          </section>
        </>
      ) : null}

      <section className="stack narrow" aria-labelledby="questions-title">
        <h2 id="questions-title">
          {results ? t("public:checker.changeAnswers") : t("public:checker.questionsTitle")}
        </h2>
        <p>{t("public:checker.privacy")}</p>
        <ErrorSummary errors={fieldErrors} />
        <Form method="get" action={`${schemePath}/check#results`} className="stack" reloadDocument>
          {lng ? <input type="hidden" name="lng" value={lng} /> : null}
          <input type="hidden" name="checked" value="1" />
          {asks("legalForm") ? (
            <RadioGroup
              name="legalForm"
              legend={t("public:checker.legalForm")}
              options={options.legalForms.map((form) => ({
                value: form,
                label: t(`common:legalForms.${form}`),
              }))}
              value={values.legalForm}
              errors={fieldErrors}
            />
          ) : null}
          {asks("host") ? (
            <RadioGroup
              name="host"
              legend={t("public:checker.host")}
              hint={t("public:checker.hostHint")}
              options={yesNo("host")}
              value={values.host}
              errors={fieldErrors}
            />
          ) : null}
          {asks("byAndFor") ? (
            <RadioGroup
              name="byAndFor"
              legend={t("public:checker.byAndFor")}
              hint={t("public:checker.byAndForHint")}
              options={yesNo("byAndFor")}
              value={values.byAndFor}
              errors={fieldErrors}
            />
          ) : null}
          {asks("leadership") ? (
            <Field
              name="leadership"
              label={t("public:checker.leadership")}
              hint={t("public:checker.leadershipHint")}
              errors={fieldErrors}
            >
              {(props) => (
                <input
                  {...props}
                  inputMode="numeric"
                  autoComplete="off"
                  className="public-short"
                  defaultValue={values.leadership}
                />
              )}
            </Field>
          ) : null}
          {asks("income") ? (
            <Field
              name="income"
              label={t("public:checker.income")}
              hint={t("public:checker.incomeHint", { currency: currencyName })}
              errors={fieldErrors}
            >
              {(props) => (
                <input
                  {...props}
                  inputMode="decimal"
                  autoComplete="off"
                  className="public-short"
                  defaultValue={values.income}
                />
              )}
            </Field>
          ) : null}
          {asks("area") ? (
            <Field name="area" label={t("public:checker.area")} errors={fieldErrors}>
              {(props) => (
                <select {...props} defaultValue={values.area}>
                  <option value="">{t("public:checker.chooseArea")}</option>
                  {areas.map((area) => (
                    <option key={area} value={area}>
                      {area}
                    </option>
                  ))}
                  <option value={options.elsewhere}>{t("public:checker.areaElsewhere")}</option>
                </select>
              )}
            </Field>
          ) : null}
          {asks("years") ? (
            <Field
              name="years"
              label={t("public:checker.years")}
              hint={t("public:checker.yearsHint")}
              errors={fieldErrors}
            >
              {(props) => (
                <input
                  {...props}
                  inputMode="numeric"
                  autoComplete="off"
                  className="public-short"
                  defaultValue={values.years}
                />
              )}
            </Field>
          ) : null}
          <button type="submit" className="button">
            {t("public:checker.submit")}
          </button>
        </Form>
      </section>
    </div>
  );
}
