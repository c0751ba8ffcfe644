import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useLocation } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { QuestionFields, answerErrorsAsFieldErrors } from "~/components/forms/answer-fields";
import { BuilderTrail, VersionNav } from "~/components/forms/builder/version-nav";
import { ErrorSummary } from "~/components/shared/form-field";
import { LanguageRegion } from "~/components/shared/translations";
import {
  rawFromFormData,
  validateAnswers,
  type AnswerError,
  type RawAnswers,
} from "~/domain/forms/answers-schema";
import { allQuestions, type FormDefinition } from "~/domain/forms/definition";
import { isLocale, localeNames, supportedLocales } from "~/domain/shared/locales";
import { translated } from "~/domain/shared/translated-text";
import { schemeRounds } from "~/services/forms/form-versions.server";
import { requireFormVersion } from "~/services/forms/form-access.server";
import { localeOf } from "~/services/platform/i18n.server";

/**
 * The form as an applicant sees it, in any language (?language=ar), in a phone-sized frame. It
 * can be filled in and checked, which shows the error messages and makes conditional questions
 * appear, but nothing is saved. The preview's language is the preview's alone: the page around
 * it stays in the viewer's language, and her own choice is left as it was.
 */

async function load(request: Request, params: LoaderFunctionArgs["params"]) {
  // Checking answers in the preview saves nothing, so reading the version is enough.
  const { scheme, ref, version } = await requireFormVersion(request, params, "view");
  const rounds = await schemeRounds(scheme.id);
  // The most generous pot's limit, so the budget table shows a cap as applicants will see one.
  const limits = rounds.flatMap((round) => round.pots.map((pot) => pot.maxGrantMinor));
  return { scheme, ref, version, potMaxMinor: limits.length ? Math.max(...limits) : undefined };
}

/** Files cannot be sent from the preview; their questions are left out of the check. */
function withoutFiles(
  definition: FormDefinition,
  raw: RawAnswers,
  errors: Record<string, AnswerError>,
) {
  const files = new Set(
    allQuestions(definition)
      .filter((q) => q.type === "file")
      .map((q) => q.id),
  );
  const values = Object.fromEntries(
    Object.entries(raw).filter(([key]) => !files.has(key) && !key.endsWith(".recording")),
  );
  return {
    values,
    errors: Object.fromEntries(Object.entries(errors).filter(([id]) => !files.has(id))),
  };
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { scheme, ref, version, potMaxMinor } = await load(request, params);
  const requested = new URL(request.url).searchParams.get("language");
  const locale = isLocale(requested) ? requested : await localeOf(request);
  return {
    ref,
    locale,
    currency: scheme.currency,
    potMaxMinor,
    schemeTitle: translated(scheme.title, locale),
    version: { id: version.id, version: version.version, status: version.status },
    definition: version.definition,
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { scheme, version, potMaxMinor } = await load(request, params);
  const raw = rawFromFormData(await request.formData());
  const result = validateAnswers(version.definition, raw, {
    currency: scheme.currency,
    potMaxMinor,
  });
  const checked = withoutFiles(version.definition, raw, result.ok ? {} : result.errors);
  return { values: checked.values, errors: checked.errors, checked: true };
}

export default function Preview() {
  const { ref, locale, currency, potMaxMinor, schemeTitle, version, definition } =
    useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const location = useLocation();
  const { t } = useTranslation();
  const values = actionData?.values ?? {};
  const errors = actionData?.errors ?? {};
  const errorCount = Object.keys(errors).length;
  return (
    <div className="stack-large builder-page">
      <div className="stack">
        <BuilderTrail schemeId={ref.schemeId} schemeTitle={schemeTitle} inForms />
        <h1>{t("forms:preview.title", { version: version.version })}</h1>
        <VersionNav funderId={ref.funderId} schemeId={ref.schemeId} version={version} />
        <p>{t("forms:preview.intro")}</p>
        <nav aria-label={t("forms:preview.languages")}>
          <ul className="builder-tabs">
            {supportedLocales.map((l) => (
              <li key={l}>
                <Link
                  to={`${location.pathname}?language=${l}`}
                  lang={l}
                  aria-current={l === locale ? "page" : undefined}
                  preventScrollReset
                >
                  {localeNames[l]}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      </div>

      <LanguageRegion locale={locale} className="appform-phone">
        {actionData?.checked ? (
          errorCount > 0 ? (
            <ErrorSummary errors={answerErrorsAsFieldErrors(errors, { currency, locale })} />
          ) : (
            <p role="status" className="notice">
              {t("forms:preview.allGood")}
            </p>
          )
        ) : null}
        <Form
          method="post"
          action={`${location.pathname}?language=${locale}`}
          className="stack-large"
          noValidate
        >
          {definition.sections.map((section) => (
            <QuestionFields
              key={section.id}
              section={section}
              form={definition}
              locale={locale}
              sourceLocale={definition.sourceLocale}
              values={values}
              errors={errors}
              currency={currency}
              potMaxMinor={potMaxMinor}
            />
          ))}
          <p className="muted">{t("forms:preview.nothingSaved")}</p>
          <button type="submit" className="button">
            {t("forms:preview.check")}
          </button>
        </Form>
      </LanguageRegion>
    </div>
  );
}
