import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { ThemeName } from "~/components/outcomes/theme-name";
import { Breadcrumbs } from "~/components/schemes/breadcrumbs";
import { LanguageFields } from "~/components/schemes/language-fields";
import { useFunder } from "~/components/schemes/use-funder";
import { ErrorSummary } from "~/components/shared/form-field";
import { isLive } from "~/domain/outcomes/themes";
import { hasText } from "~/domain/schemes/translated-fields";
import { supportedLocales } from "~/domain/shared/locales";
import { nameClash, readThemeNames } from "~/services/outcomes/theme-forms.server";
import { addTheme, codebook } from "~/services/outcomes/themes.server";
import { requireFunder } from "~/services/schemes/scheme-access.server";
import { TableShell } from "~/components/shared/table-shell";

/**
 * The funder's codebook: every theme with how many stories it tags. Admins and programme
 * officers add themes here and open one to rename, translate, merge or delete it; viewers read.
 */

export const meta: MetaFunction = () => [{ title: "Withfund" }];

const notices = ["added", "deleted", "merged"] as const;

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { funder, locale, canEdit } = await requireFunder(request, params, "view");
  const themes = await codebook(funder.id);
  const names = new Map(themes.map((theme) => [theme.id, theme.name]));
  const done = new URL(request.url).searchParams.get("done");
  return {
    locale,
    canEdit,
    notice: notices.find((notice) => notice === done) ?? null,
    live: themes.filter(isLive).map((theme) => ({
      ...theme,
      languages: supportedLocales.filter((language) => hasText(theme.name, language)).length,
    })),
    merged: themes
      .filter((theme) => !isLive(theme))
      .map((theme) => ({ ...theme, intoName: names.get(theme.mergedIntoId ?? "") ?? null })),
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { user, funder } = await requireFunder(request, params, "edit");
  const form = await request.formData();
  const read = readThemeNames(form);
  if (!read.ok) return read.response;
  const added = await addTheme(user, funder.id, read.names);
  if (!added.ok) return nameClash(form, added.clash);
  return redirect(`/fund/${funder.id}/themes?done=added`);
}

export default function ThemesPage() {
  const page = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const navigation = useNavigation();
  const { funder } = useFunder();
  const { t } = useTranslation("outcomes");
  const base = `/fund/${funder.id}/themes`;
  return (
    <div className="stack-large narrow">
      <Breadcrumbs items={[{ to: `/fund/${funder.id}`, label: funder.name }]} />
      <div className="stack">
        <h1>{t("themes.title")}</h1>
        <p>{t("themes.intro")}</p>
        <p>
          <Link to={`/fund/${funder.id}/check-ins`}>{t("reading.listLink")}</Link>
        </p>
      </div>
      {page.notice ? (
        <p className="notice" role="status">
          {t(`themes.notices.${page.notice}`)}
        </p>
      ) : null}

      <section className="stack" aria-labelledby="codebook-title">
        <h2 id="codebook-title">{t("themes.listTitle")}</h2>
        {page.live.length === 0 ? <p>{t("themes.none")}</p> : null}
        <TableShell
          scrolls={false}
          className="outcomes-table"
          columns={[t("themes.theme"), t("themes.stories"), t("themes.languages")]}
        >
          {page.live.map((theme) => (
            <tr key={theme.id}>
              <th scope="row">
                <Link to={`${base}/${theme.id}`}>
                  <ThemeName name={theme.name} locale={page.locale} />
                </Link>
              </th>
              <td>{t("themes.storyCount", { count: theme.tagCount })}</td>
              <td>
                {t("schemes:texts.filled", {
                  filled: theme.languages,
                  total: supportedLocales.length,
                })}
              </td>
            </tr>
          ))}
        </TableShell>
      </section>

      {page.merged.length > 0 ? (
        <section className="stack" aria-labelledby="merged-title">
          <h2 id="merged-title">{t("themes.mergedTitle")}</h2>
          <ul className="link-list">
            {page.merged.map((theme) => (
              <li key={theme.id}>
                <ThemeName name={theme.name} locale={page.locale} />{" "}
                <span className="muted">
                  {t("themes.mergedInto")}{" "}
                  {theme.intoName ? <ThemeName name={theme.intoName} locale={page.locale} /> : null}
                </span>
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      {page.canEdit ? (
        <section className="stack" aria-labelledby="add-title">
          <h2 id="add-title">{t("themes.addTitle")}</h2>
          <ErrorSummary errors={actionData?.errors} />
          <Form method="post" className="stack">
            <LanguageFields
              fields={[{ field: "name", label: t("themes.nameLabel"), required: true }]}
              values={actionData?.values}
              errors={actionData?.errors}
            />
            <p>
              <button type="submit" className="button" disabled={navigation.state === "submitting"}>
                {t("themes.add")}
              </button>
            </p>
          </Form>
        </section>
      ) : null}
    </div>
  );
}
