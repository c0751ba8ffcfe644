import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { PanelSettingsForm } from "~/components/panels/panel-settings-form";
import { Breadcrumbs, schemeCrumbs } from "~/components/schemes/breadcrumbs";
import { useFunder } from "~/components/schemes/use-funder";
import { newPanelValues, panelSettingsSchema } from "~/domain/panels/panel-settings";
import { translated } from "~/domain/shared/translated-text";
import { parseForm, type FieldErrors } from "~/domain/shared/validation";
import { timeZoneName } from "~/domain/shared/zoned-time";
import { createPanel } from "~/services/panels/panel-setup.server";
import { requireRound } from "~/services/schemes/scheme-access.server";

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { round, scheme, locale } = await requireRound(request, params, "edit");
  return {
    scheme: { id: scheme.id, title: translated(scheme.title, locale), timeZone: scheme.timeZone },
    round: { id: round.id, name: translated(round.name, locale) },
    pots: round.pots.map((pot) => ({ id: pot.id, name: translated(pot.name, locale) })),
    timeZoneName: timeZoneName(scheme.timeZone, locale, round.closesAt),
  };
}

type ActionData = { errors: FieldErrors; values: Record<string, string> };

export async function action({ request, params }: ActionFunctionArgs) {
  const { user, funderId, round, scheme } = await requireRound(request, params, "edit");
  const schema = panelSettingsSchema(
    scheme.timeZone,
    round.pots.map((pot) => pot.id),
  );
  const result = parseForm(schema, await request.formData());
  if (!result.ok)
    return data<ActionData>({ errors: result.errors, values: result.values }, { status: 400 });
  const panel = await createPanel(user.id, funderId, round.id, result.data);
  return redirect(
    `/fund/${funderId}/schemes/${scheme.id}/rounds/${round.id}/panels/${panel.id}?done=created`,
  );
}

export default function NewPanel() {
  const { scheme, round, pots, timeZoneName: zoneName } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const { funder } = useFunder();
  const { t } = useTranslation("panels");
  const base = `/fund/${funder.id}/schemes/${scheme.id}/rounds/${round.id}`;
  return (
    <div className="stack-large schemes-page">
      <Breadcrumbs
        items={[
          ...schemeCrumbs(funder, scheme),
          { to: base, label: round.name.text, lang: round.name.locale },
          { to: `${base}/panels`, label: t("setup.listTitle") },
        ]}
      />
      <h1>{t("setup.newTitle")}</h1>
      <PanelSettingsForm
        values={actionData?.values ?? newPanelValues()}
        errors={actionData?.errors}
        pots={pots}
        timeZone={scheme.timeZone}
        timeZoneName={zoneName}
        submitLabel={t("setup.create")}
      />
    </div>
  );
}
