import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { PanelBackLink } from "~/components/panels/panel-page-heading";
import { useTranslation } from "react-i18next";
import { ErrorSummary, Field } from "~/components/shared/form-field";
import { placeField, placesOffered } from "~/domain/panels/ranking-form";
import { isolate } from "~/domain/shared/bidi";
import { quotable } from "~/domain/shared/quoted-text";
import {
  rankingPage,
  requireCommunityReviewer,
  saveRanking,
} from "~/services/panels/community-ranking.server";
import { localeOf } from "~/services/platform/i18n.server";

/**
 * A community reviewer's top picks among the applications she has reviewed: one choice per
 * place, so it works without JavaScript and reads well on a phone.
 */

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { user, panel } = await requireCommunityReviewer(request, params);
  const page = await rankingPage(panel, user.id, await localeOf(request));
  return {
    panelId: panel.id,
    panelName: panel.name,
    justSaved: new URL(request.url).searchParams.get("saved") === "1",
    ...page,
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { user, panel } = await requireCommunityReviewer(request, params);
  const form = await request.formData();
  const posted = (place: number) => {
    const value = form.get(placeField(place));
    return typeof value === "string" ? value : "";
  };
  const result = await saveRanking(panel, user.id, posted);
  if (!result.ok) return data({ errors: result.errors, values: result.values }, { status: 400 });
  return redirect(`/panels/${panel.id}/ranking?saved=1`);
}

/* A closed select shows one line: on a 390 px phone a reference and about 18 characters of a
   group's name fit beside its arrow. A longer name is shortened there and given in full as
   the option's title. */
const OPTION_NAME_MAX = 18;

export default function Ranking() {
  const page = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const { t } = useTranslation();
  const places = placesOffered(page.applications.length);
  const chosen = (place: number) =>
    actionData ? (actionData.values[placeField(place)] ?? "") : (page.picks[place - 1] ?? "");
  return (
    <div className="narrow stack-large">
      <div className="stack">
        <PanelBackLink panelId={page.panelId} panelName={page.panelName} />
        <h1>{t("panels:ranking.title")}</h1>
        <p>{t("panels:ranking.intro", { count: places })}</p>
      </div>
      {page.justSaved && !actionData ? (
        <p className="notice" role="status">
          {t("panels:ranking.saved")}
        </p>
      ) : null}
      {page.applications.length === 0 ? (
        <p>{t("panels:ranking.nothingYet")}</p>
      ) : (
        <Form method="post" className="stack" noValidate>
          <ErrorSummary errors={actionData?.errors} />
          {Array.from({ length: places }, (_, index) => index + 1).map((place) => (
            <Field
              key={place}
              name={placeField(place)}
              label={t(`panels:ranking.places.${place}`)}
              errors={actionData?.errors}
            >
              {(props) => (
                <select {...props} defaultValue={chosen(place)}>
                  <option value="">{t("panels:ranking.noChoice")}</option>
                  {page.applications.map((application) => (
                    <option
                      key={application.id}
                      value={application.id}
                      title={application.organisation ?? undefined}
                    >
                      {isolate(application.reference)}
                      {application.organisation
                        ? ` — ${isolate(quotable(application.organisation, OPTION_NAME_MAX))}`
                        : ""}
                    </option>
                  ))}
                </select>
              )}
            </Field>
          ))}
          <button type="submit" className="button">
            {t("panels:ranking.save")}
          </button>
        </Form>
      )}
    </div>
  );
}
