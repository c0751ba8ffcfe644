import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { FormattedDate } from "~/components/shared/formatted-date";
import { formsPath, versionPath, workingGroupPath } from "~/components/forms/builder/paths";
import { BuilderTrail } from "~/components/forms/builder/version-nav";
import { translationProgress } from "~/domain/forms/definition";
import { localeNames, supportedLocales } from "~/domain/shared/locales";
import { translated } from "~/domain/shared/translated-text";
import { createFirstDraft, listVersions } from "~/services/forms/form-versions.server";
import { requireScheme } from "~/services/schemes/scheme-access.server";

/** A scheme's form versions: which is in use, which is being written, how far translated. */

export async function loader({ request, params }: LoaderFunctionArgs) {
  // The form builder is for staff who may change the scheme's forms, reading included.
  const { scheme, funderId, locale } = await requireScheme(request, params, "edit");
  const ref = { funderId, schemeId: scheme.id };
  const versions = await listVersions(scheme.id);
  return {
    ref,
    schemeTitle: translated(scheme.title, locale),
    timeZone: scheme.timeZone,
    versions: versions.map((version) => ({
      id: version.id,
      version: version.version,
      status: version.status,
      publishedAt: version.publishedAt?.toISOString() ?? null,
      rounds: version.rounds.map((round) => translated(round.name, locale)),
      suggestions: version._count.suggestions,
      applications: version._count.applications,
      sourceLocale: version.definition.sourceLocale,
      progress: supportedLocales.map((l) => ({
        locale: l,
        ...translationProgress(version.definition, l),
      })),
    })),
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { user, funderId, scheme } = await requireScheme(request, params, "edit");
  const ref = { funderId, schemeId: scheme.id };
  const form = await request.formData();
  if (form.get("intent") !== "create-first") throw new Response("Bad request", { status: 400 });
  const result = await createFirstDraft(user, ref);
  // Two people pressing at once both end up on the one first draft.
  const versionId = result.ok ? result.versionId : result.versionId;
  return redirect(
    versionId
      ? versionPath(ref.funderId, ref.schemeId, versionId)
      : formsPath(ref.funderId, ref.schemeId),
  );
}

export default function FormVersions() {
  const { ref, schemeTitle, versions, timeZone } = useLoaderData<typeof loader>();
  const { t, i18n } = useTranslation();
  const percent = (done: number, total: number) =>
    new Intl.NumberFormat(i18n.language, { style: "percent" }).format(
      total === 0 ? 1 : done / total,
    );
  return (
    <div className="stack-large builder-page">
      <div className="stack">
        <BuilderTrail schemeId={ref.schemeId} schemeTitle={schemeTitle} />
        <h1>{t("forms:versions.title")}</h1>
        <p>{t("forms:versions.intro")}</p>
        <p>
          <Link to={workingGroupPath(ref.funderId, ref.schemeId)}>
            {t("forms:versions.workingGroupLink")}
          </Link>
        </p>
      </div>

      {versions.length === 0 ? (
        <section className="stack" aria-labelledby="start-title">
          <h2 id="start-title">{t("forms:versions.noneTitle")}</h2>
          <p>{t("forms:versions.none")}</p>
          <Form method="post">
            <input type="hidden" name="intent" value="create-first" />
            <button type="submit" className="button">
              {t("forms:versions.createFirst")}
            </button>
          </Form>
        </section>
      ) : (
        <ul className="builder-versions stack" aria-label={t("forms:versions.listLabel")}>
          {versions.map((version) => (
            <li key={version.id} className="card">
              <h2>
                <Link to={versionPath(ref.funderId, ref.schemeId, version.id)}>
                  {t("forms:versions.version", { version: version.version })}
                </Link>
              </h2>
              <p>
                <span className="builder-status" data-status={version.status}>
                  {t(`forms:status.${version.status}`)}
                </span>
                {version.publishedAt ? (
                  <>
                    {" "}
                    {t("forms:versions.publishedOn")}{" "}
                    <FormattedDate iso={version.publishedAt} timeZone={timeZone} />
                  </>
                ) : null}
              </p>
              {version.rounds.length > 0 ? (
                <p>
                  {t("forms:versions.usedBy")}{" "}
                  {version.rounds.map((round, index) => (
                    <span key={index} lang={round.locale}>
                      {index > 0 ? ", " : ""}
                      {round.text}
                    </span>
                  ))}
                </p>
              ) : null}
              <p className="muted">
                {t("forms:versions.suggestions", { count: version.suggestions })} ·{" "}
                {t("forms:versions.applications", { count: version.applications })}
              </p>
              <details>
                <summary>{t("forms:versions.translations")}</summary>
                <table>
                  <caption className="visually-hidden">
                    {t("forms:versions.translationsCaption", { version: version.version })}
                  </caption>
                  <thead>
                    <tr>
                      <th scope="col">{t("forms:versions.language")}</th>
                      <th scope="col">{t("forms:versions.translated")}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {version.progress.map((row) => (
                      <tr key={row.locale}>
                        <th scope="row">
                          <span lang={row.locale}>{localeNames[row.locale]}</span>
                          {row.locale === version.sourceLocale ? (
                            <span className="muted"> {t("forms:builder.source")}</span>
                          ) : null}
                        </th>
                        <td>
                          {t("forms:versions.progress", {
                            done: row.done,
                            total: row.total,
                            percent: percent(row.done, row.total),
                          })}
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </details>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
