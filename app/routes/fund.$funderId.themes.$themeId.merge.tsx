import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { Breadcrumbs } from "~/components/schemes/breadcrumbs";
import { useFunder } from "~/components/schemes/use-funder";
import { ErrorSummary } from "~/components/shared/form-field";
import { mergeRefusal } from "~/domain/outcomes/themes";
import { isolate } from "~/domain/shared/bidi";
import { translated } from "~/domain/shared/translated-text";
import type { FieldErrors } from "~/domain/shared/validation";
import { forbidden } from "~/services/access/permissions.server";
import { findTheme, mergeThemes } from "~/services/outcomes/themes.server";
import { requireFunder } from "~/services/schemes/scheme-access.server";

/**
 * The confirm step of merging theme A into B: it names both and says how many stories move,
 * because a merge cannot be undone from the codebook.
 */

export const meta: MetaFunction = () => [{ title: "Withfund" }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { funder, locale } = await requireFunder(request, params, "edit");
  const from = await findTheme(funder.id, params.themeId ?? "");
  if (!from) throw forbidden();
  const intoId = new URL(request.url).searchParams.get("into") ?? "";
  const into = intoId ? await findTheme(funder.id, intoId) : null;
  return {
    locale,
    from: { id: from.id, name: from.name, tagCount: from.tagCount },
    into: into ? { id: into.id, name: into.name } : null,
    refusal: into ? mergeRefusal(from, into) : "missing",
  };
}

type ActionData = { errors: FieldErrors };

export async function action({ request, params }: ActionFunctionArgs) {
  const { user, funder } = await requireFunder(request, params, "edit");
  const form = await request.formData();
  const merged = await mergeThemes(user, funder.id, {
    fromId: params.themeId ?? "",
    intoId: String(form.get("intoId") ?? ""),
  });
  if (merged.ok) return redirect(`/fund/${funder.id}/themes?done=merged`);
  if (merged.reason === "missing" && !(await findTheme(funder.id, params.themeId ?? "")))
    throw forbidden();
  return data<ActionData>(
    { errors: { form: { key: `outcomes:themes.mergeRefused.${merged.reason}` } } },
    { status: 409 },
  );
}

export default function MergeThemePage() {
  const page = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const navigation = useNavigation();
  const { funder } = useFunder();
  const { t } = useTranslation("outcomes");
  const list = `/fund/${funder.id}/themes`;
  const back = `${list}/${page.from.id}`;
  // Names go into the sentence isolated, so an Arabic name keeps its place in an English one.
  const name = (value: unknown) => isolate(translated(value, page.locale).text);
  const from = name(page.from.name);
  return (
    <div className="stack-large narrow">
      <Breadcrumbs
        items={[
          { to: `/fund/${funder.id}`, label: funder.name },
          { to: list, label: t("themes.title") },
          { to: back, label: translated(page.from.name, page.locale).text },
        ]}
      />
      <h1>{t("themes.confirmTitle")}</h1>
      <ErrorSummary errors={actionData?.errors} />
      {page.refusal || !page.into ? (
        <div className="stack">
          <p className="notice">{t(`themes.mergeRefused.${page.refusal ?? "missing"}`)}</p>
          <p>
            <Link to={back}>{t("themes.backToTheme")}</Link>
          </p>
        </div>
      ) : (
        <Form method="post" className="stack">
          <input type="hidden" name="intoId" value={page.into.id} />
          <p>{t("themes.confirmMerge", { from, into: name(page.into.name) })}</p>
          <p>
            {t("themes.confirmMoves", {
              count: page.from.tagCount,
              from,
              into: name(page.into.name),
            })}
          </p>
          <p>{t("themes.confirmNoLonger", { from })}</p>
          <div className="applying-actions">
            <button
              type="submit"
              className="button button--warning"
              disabled={navigation.state === "submitting"}
            >
              {t("themes.confirmButton")}
            </button>
            <Link to={back}>{t("themes.cancel")}</Link>
          </div>
        </Form>
      )}
    </div>
  );
}
