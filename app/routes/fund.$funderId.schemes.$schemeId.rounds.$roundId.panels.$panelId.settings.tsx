import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { PanelSettingsForm } from "~/components/panels/panel-settings-form";
import { Breadcrumbs, schemeCrumbs } from "~/components/schemes/breadcrumbs";
import { useFunder } from "~/components/schemes/use-funder";
import { panelSettingsSchema, panelSettingsValues } from "~/domain/panels/panel-settings";
import { isolate } from "~/domain/shared/bidi";
import { translated } from "~/domain/shared/translated-text";
import { parseForm, type FieldErrors } from "~/domain/shared/validation";
import { timeZoneName } from "~/domain/shared/zoned-time";
import { changePanelSettings } from "~/services/panels/panel-setup.server";
import { requireRoundPanel } from "~/services/panels/panels.server";

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { round, scheme, panel, locale } = await requireRoundPanel(request, params, "edit");
  return {
    scheme: { id: scheme.id, title: translated(scheme.title, locale), timeZone: scheme.timeZone },
    round: { id: round.id, name: translated(round.name, locale) },
    panel: { id: panel.id, name: panel.name },
    values: panelSettingsValues(
      { ...panel, potIds: panel.pots.map((pot) => pot.potId) },
      scheme.timeZone,
    ),
    pots: round.pots.map((pot) => ({ id: pot.id, name: translated(pot.name, locale) })),
    timeZoneName: timeZoneName(scheme.timeZone, locale, round.closesAt),
  };
}

type ActionData = { errors: FieldErrors; values: Record<string, string> };

export async function action({ request, params }: ActionFunctionArgs) {
  const { user, funderId, round, scheme, panel } = await requireRoundPanel(request, params, "edit");
  const schema = panelSettingsSchema(
    scheme.timeZone,
    round.pots.map((pot) => pot.id),
  );
  const result = parseForm(schema, await request.formData());
  if (!result.ok)
    return data<ActionData>({ errors: result.errors, values: result.values }, { status: 400 });
  await changePanelSettings(user.id, funderId, panel, result.data);
  return redirect(
    `/fund/${funderId}/schemes/${scheme.id}/rounds/${round.id}/panels/${panel.id}?done=settings`,
  );
}

export default function PanelSettingsPage() {
  const {
    scheme,
    round,
    panel,
    values,
    pots,
    timeZoneName: zoneName,
  } = useLoaderData<typeof loader>();
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
          { to: `${base}/panels/${panel.id}`, label: isolate(panel.name) },
        ]}
      />
      <h1>{t("setup.settingsTitle")}</h1>
      <PanelSettingsForm
        values={actionData?.values ?? values}
        errors={actionData?.errors}
        pots={pots}
        timeZone={scheme.timeZone}
        timeZoneName={zoneName}
        submitLabel={t("setup.save")}
      />
    </div>
  );
}
