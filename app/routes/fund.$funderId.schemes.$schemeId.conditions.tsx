import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { Breadcrumbs, schemeCrumbs } from "~/components/schemes/breadcrumbs";
import { useFunder } from "~/components/schemes/use-funder";
import { ErrorSummary, Field } from "~/components/shared/form-field";
import { FormattedDateTime } from "~/components/shared/formatted-date";
import { readConditions } from "~/domain/grants/conditions-form";
import {
  defaultLocale,
  localeNames,
  supportedLocales,
  textDirection,
} from "~/domain/shared/locales";
import { translated } from "~/domain/shared/translated-text";
import type { FieldErrors } from "~/domain/shared/validation";
import { conditionsVersions, saveConditions } from "~/services/grants/grant-conditions.server";
import { requireScheme } from "~/services/schemes/scheme-access.server";

/**
 * A scheme's grant conditions, written by staff in each language; every save is a new version.
 * The page says which version new grants are offered and how many groups accepted each.
 */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const { scheme, locale, canEdit } = await requireScheme(request, params, "view");
  const versions = await conditionsVersions(scheme.id);
  return {
    scheme: { id: scheme.id, title: translated(scheme.title, locale) },
    versions,
    canEdit,
  };
}

type Answer = { errors: FieldErrors; values: Record<string, string> };

export async function action({ request, params }: ActionFunctionArgs) {
  const { user, scheme } = await requireScheme(request, params, "edit");
  const form = await request.formData();
  const values: Record<string, string> = {};
  for (const [name, value] of form.entries()) if (typeof value === "string") values[name] = value;
  const read = readConditions(values, supportedLocales, defaultLocale);
  if (!read.ok) return data<Answer>({ errors: read.errors, values }, { status: 400 });
  const seen = Number.parseInt(values.latestSeen ?? "0", 10) || 0;
  const saved = await saveConditions(user, scheme, read.text, seen);
  if (saved.ok)
    return redirect(
      `/fund/${params.funderId}/schemes/${scheme.id}/conditions?saved=${saved.version}`,
    );
  const key =
    saved.reason === "unchanged"
      ? "grants:errors.conditionsUnchanged"
      : "grants:errors.conditionsConflict";
  return data<Answer>({ errors: { [`text-${defaultLocale}`]: { key } }, values }, { status: 409 });
}

export default function SchemeConditions() {
  const page = useLoaderData<typeof loader>();
  const answer = useActionData<typeof action>();
  const { funder } = useFunder();
  const { t } = useTranslation("grants");
  const [search] = useSearchParams();
  const latest = page.versions[0];
  const saved = search.get("saved");
  return (
    <div className="stack-large schemes-page">
      <Breadcrumbs items={schemeCrumbs(funder, page.scheme)} />
      <div className="stack">
        <h1>{t("conditions.pageTitle")}</h1>
        {saved ? (
          <p className="notice" role="status">
            {t("conditions.saved", { version: saved })}
          </p>
        ) : null}
        <p>{t("conditions.intro")}</p>
        <p>
          {latest ? t("conditions.current", { version: latest.version }) : t("conditions.noneYet")}
        </p>
      </div>
      {page.versions.length > 0 ? (
        <section className="stack" aria-labelledby="versions-title">
          <h2 id="versions-title">{t("conditions.versions")}</h2>
          <ul className="link-list">
            {page.versions.map((version) => (
              <li key={version.id}>
                {t("conditions.versionLine", {
                  version: version.version,
                  grants: version.grants,
                  accepted: version.accepted,
                })}{" "}
                <span className="muted">
                  <FormattedDateTime iso={version.createdAt} />
                </span>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {page.canEdit ? (
        <Form method="post" className="stack">
          <ErrorSummary errors={answer?.errors} />
          <input type="hidden" name="latestSeen" value={latest?.version ?? 0} />
          {supportedLocales.map((locale) => (
            <Field
              key={locale}
              name={`text-${locale}`}
              label={t("conditions.textIn", { language: localeNames[locale] })}
              hint={
                locale === defaultLocale
                  ? t("conditions.sourceHint")
                  : t("conditions.translationHint")
              }
              errors={answer?.errors}
            >
              {(props) => (
                <textarea
                  {...props}
                  rows={8}
                  lang={locale}
                  dir={textDirection(locale)}
                  defaultValue={answer?.values[`text-${locale}`] ?? latest?.text[locale] ?? ""}
                />
              )}
            </Field>
          ))}
          <p>
            <button type="submit" className="button">
              {t("conditions.save")}
            </button>
          </p>
        </Form>
      ) : null}
    </div>
  );
}
