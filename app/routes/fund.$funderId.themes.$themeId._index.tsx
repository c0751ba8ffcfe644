import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { ThemeName } from "~/components/outcomes/theme-name";
import { Breadcrumbs } from "~/components/schemes/breadcrumbs";
import { LanguageFields } from "~/components/schemes/language-fields";
import { useFunder } from "~/components/schemes/use-funder";
import { ErrorSummary } from "~/components/shared/form-field";
import { textFieldName, textFormValues } from "~/domain/schemes/translated-fields";
import { localeNames, supportedLocales, textDirection } from "~/domain/shared/locales";
import { isLive } from "~/domain/outcomes/themes";
import { translated } from "~/domain/shared/translated-text";
import type { FieldErrors } from "~/domain/shared/validation";
import { forbidden } from "~/services/access/permissions.server";
import { nameClash, readThemeNames } from "~/services/outcomes/theme-forms.server";
import { codebook, deleteTheme, findTheme, renameTheme } from "~/services/outcomes/themes.server";
import { requireFunder } from "~/services/schemes/scheme-access.server";

/**
 * One theme of the codebook: its names in every language (renaming and translating are one
 * save), merging it into another theme, and deleting it while no story uses it.
 */

export const meta: MetaFunction = () => [{ title: "Withfund" }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { funder, locale, canEdit } = await requireFunder(request, params, "view");
  const theme = await findTheme(funder.id, params.themeId ?? "");
  if (!theme) throw forbidden();
  const themes = await codebook(funder.id);
  return {
    locale,
    canEdit,
    saved: new URL(request.url).searchParams.get("done") === "saved",
    theme: {
      id: theme.id,
      name: theme.name,
      live: isLive(theme),
      tagCount: theme.tagCount,
      intoName: themes.find((other) => other.id === theme.mergedIntoId)?.name ?? null,
    },
    values: textFormValues("name", theme.name),
    mergeTargets: themes.filter((other) => isLive(other) && other.id !== theme.id),
  };
}

type ActionData = { errors: FieldErrors; values: Record<string, string> };

export async function action({ request, params }: ActionFunctionArgs) {
  const { user, funder } = await requireFunder(request, params, "edit");
  const themeId = params.themeId ?? "";
  // Another funder's theme (or none) is refused before anything posted is read.
  if (!(await findTheme(funder.id, themeId))) throw forbidden();
  const form = await request.formData();
  const list = `/fund/${funder.id}/themes`;
  if (form.get("intent") === "delete") {
    const deleted = await deleteTheme(user, funder.id, themeId);
    if (deleted.ok) return redirect(`${list}?done=deleted`);
    if (deleted.reason === "missing") throw forbidden();
    return data<ActionData>(
      { errors: { form: { key: "outcomes:themes.errors.inUse" } }, values: {} },
      { status: 409 },
    );
  }
  const read = readThemeNames(form);
  if (!read.ok) return read.response;
  const renamed = await renameTheme(user, funder.id, themeId, read.names);
  if (renamed.ok) return redirect(`${list}/${themeId}?done=saved`);
  if ("missing" in renamed) throw forbidden();
  return nameClash(form, renamed.clash);
}

export default function ThemePage() {
  const page = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const navigation = useNavigation();
  const { funder } = useFunder();
  const { t } = useTranslation("outcomes");
  const { theme } = page;
  const list = `/fund/${funder.id}/themes`;
  const busy = navigation.state === "submitting";
  return (
    <div className="stack-large narrow">
      <Breadcrumbs
        items={[
          { to: `/fund/${funder.id}`, label: funder.name },
          { to: list, label: t("themes.title") },
        ]}
      />
      <div className="stack">
        <h1>
          <ThemeName name={theme.name} locale={page.locale} />
        </h1>
        <p>{t("themes.storyCount", { count: theme.tagCount })}</p>
      </div>
      {page.saved ? (
        <p className="notice" role="status">
          {t("themes.notices.saved")}
        </p>
      ) : null}
      <ErrorSummary errors={actionData?.errors} />

      {!theme.live ? (
        <p className="notice">
          {t("themes.isMerged")}{" "}
          {theme.intoName ? <ThemeName name={theme.intoName} locale={page.locale} /> : null}
        </p>
      ) : page.canEdit ? (
        <>
          <section className="stack" aria-labelledby="names-title">
            <h2 id="names-title">{t("themes.namesTitle")}</h2>
            <p>{t("themes.namesIntro")}</p>
            <Form method="post" className="stack">
              <input type="hidden" name="intent" value="rename" />
              <LanguageFields
                fields={[{ field: "name", label: t("themes.nameLabel"), required: true }]}
                values={
                  actionData?.values && Object.keys(actionData.values).length > 0
                    ? actionData.values
                    : page.values
                }
                errors={actionData?.errors}
              />
              <p>
                <button type="submit" className="button" disabled={busy}>
                  {t("themes.saveNames")}
                </button>
              </p>
            </Form>
          </section>

          {page.mergeTargets.length > 0 ? (
            <section className="stack" aria-labelledby="merge-title">
              <h2 id="merge-title">{t("themes.mergeTitle")}</h2>
              <p>{t("themes.mergeIntro")}</p>
              <Form method="get" action={`${list}/${theme.id}/merge`} className="stack">
                <div className="field">
                  <label htmlFor="merge-into">{t("themes.mergeInto")}</label>
                  <select id="merge-into" name="into" required>
                    {page.mergeTargets.map((target) => (
                      <option key={target.id} value={target.id}>
                        {/* Options cannot hold markup; the name is plain text in its language. */}
                        {translated(target.name, page.locale).text}
                      </option>
                    ))}
                  </select>
                </div>
                <p>
                  <button type="submit" className="button button--secondary">
                    {t("themes.mergeNext")}
                  </button>
                </p>
              </Form>
            </section>
          ) : null}

          <section className="stack" aria-labelledby="delete-title">
            <h2 id="delete-title">{t("themes.deleteTitle")}</h2>
            {theme.tagCount > 0 ? (
              <p>{t("themes.cannotDelete")}</p>
            ) : (
              <Form method="post">
                <input type="hidden" name="intent" value="delete" />
                <button type="submit" className="button button--warning" disabled={busy}>
                  {t("themes.delete")}
                </button>
              </Form>
            )}
          </section>
        </>
      ) : (
        <section className="stack" aria-labelledby="names-title">
          <h2 id="names-title">{t("themes.namesTitle")}</h2>
          <dl className="outcomes-facts">
            {supportedLocales.map((language) => (
              <div key={language}>
                <dt lang={language}>{localeNames[language]}</dt>
                <dd lang={language} dir={textDirection(language)}>
                  {page.values[textFieldName("name", language)] || "—"}
                </dd>
              </div>
            ))}
          </dl>
        </section>
      )}
    </div>
  );
}
