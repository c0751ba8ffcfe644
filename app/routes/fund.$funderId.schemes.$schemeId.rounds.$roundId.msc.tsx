import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { DomainList } from "~/components/msc/domain-list";
import { LanguageFields } from "~/components/schemes/language-fields";
import { Breadcrumbs, roundCrumbs } from "~/components/schemes/breadcrumbs";
import { useFunder } from "~/components/schemes/use-funder";
import { ErrorSummary } from "~/components/shared/form-field";
import {
  domainNameField,
  domainNames,
  domainNameSchema,
  fewestDomains,
  mostDomains,
} from "~/domain/msc/domains";
import { textFormValues } from "~/domain/schemes/translated-fields";
import { translated } from "~/domain/shared/translated-text";
import { parseForm, type FieldErrors } from "~/domain/shared/validation";
import {
  addDomain,
  changeDomains,
  isMscEnabled,
  removeDomain,
  renameDomain,
  setMscEnabled,
} from "~/services/msc/msc-round.server";
import { requireRound } from "~/services/schemes/scheme-access.server";

/**
 * A round's Most Significant Change: staff name its three to five domains of change (in every
 * language the groups read) and switch it on, so the check-in asks each story's domain.
 */

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { round, scheme, locale, canEdit } = await requireRound(request, params, "view");
  const [domains, enabled] = await Promise.all([changeDomains(round.id), isMscEnabled(round.id)]);
  const editing = new URL(request.url).searchParams.get("edit");
  const edited = domains.find((domain) => domain.id === editing) ?? null;
  return {
    scheme: { id: scheme.id, title: translated(scheme.title, locale) },
    round: { id: round.id, name: translated(round.name, locale) },
    domains: domains.map((domain) => ({ id: domain.id, name: translated(domain.name, locale) })),
    editing: edited
      ? { id: edited.id, values: textFormValues(domainNameField, edited.name) }
      : null,
    enabled,
    canEdit,
  };
}

type ActionData = { errors: FieldErrors; values: Record<string, string> };

export async function action({ request, params }: ActionFunctionArgs) {
  const { user, funderId, round, scheme } = await requireRound(request, params, "edit");
  const staff = { actorId: user.id, funderId };
  const form = await request.formData();
  const intent = String(form.get("intent") ?? "");
  const here = `/fund/${funderId}/schemes/${scheme.id}/rounds/${round.id}/msc`;
  const refuse = (field: string, key: string, values: Record<string, string> = {}) =>
    data<ActionData>({ errors: { [field]: { key } }, values }, { status: 400 });

  if (intent === "switch") {
    const enabled = form.get("enabled") === "on";
    const result = await setMscEnabled(staff, round.id, enabled);
    if (!result.ok) return refuse("enabled", `msc:domains.errors.${result.reason}`);
    return redirect(`${here}?saved=${enabled ? "on" : "off"}`);
  }
  if (intent === "remove") {
    const result = await removeDomain(staff, round.id, String(form.get("domainId") ?? ""));
    if (!result.ok) return refuse("domains", `msc:domains.errors.${result.reason}`);
    return redirect(`${here}?saved=removed`);
  }
  if (intent !== "add" && intent !== "rename") return refuse("form", "msc:domains.errors.unknown");

  const parsed = parseForm(domainNameSchema, form);
  if (!parsed.ok) return data<ActionData>(parsed, { status: 400 });
  const name = domainNames(parsed.data);
  if (intent === "rename") {
    const domainId = String(form.get("domainId") ?? "");
    if (!(await renameDomain(staff, round.id, domainId, name)))
      return refuse("domains", "msc:domains.errors.gone");
    return redirect(`${here}?saved=renamed`);
  }
  const added = await addDomain(staff, round.id, name);
  if (!added.ok)
    return refuse(`${domainNameField}_en`, `msc:domains.errors.${added.reason}`, parsed.data);
  return redirect(`${here}?saved=added`);
}

export default function MscDomainsPage() {
  const page = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const { funder } = useFunder();
  const [searchParams] = useSearchParams();
  const { t } = useTranslation("msc");
  const saved = searchParams.get("saved");
  const editing = page.editing;
  const full = page.domains.length >= mostDomains;
  return (
    <div className="stack-large schemes-page">
      <Breadcrumbs items={roundCrumbs(funder, page.scheme, page.round)} />
      <div className="stack">
        <h1>{t("domains.title")}</h1>
        {saved ? (
          <p role="status" className="notice">
            {t(`domains.saved.${saved}`)}
          </p>
        ) : null}
        <ErrorSummary errors={actionData?.errors} />
        <p>{t("domains.intro", { fewest: fewestDomains, most: mostDomains })}</p>
        <p className="muted">{t("domains.otherExplained")}</p>
      </div>

      <section className="stack" aria-labelledby="msc-switch">
        <h2 id="msc-switch">{t("domains.switchTitle")}</h2>
        <p>{page.enabled ? t("domains.isOn") : t("domains.isOff")}</p>
        {page.canEdit ? (
          <Form method="post">
            <input type="hidden" name="intent" value="switch" />
            <input type="hidden" name="enabled" value={page.enabled ? "off" : "on"} />
            <button type="submit" className="button button--secondary" id="field-enabled">
              {page.enabled ? t("domains.switchOff") : t("domains.switchOn")}
            </button>
          </Form>
        ) : null}
      </section>

      <DomainList domains={page.domains} canEdit={page.canEdit} />

      {page.canEdit && (editing || !full) ? (
        <section className="stack card" aria-labelledby="domain-form">
          <h2 id="domain-form">{editing ? t("domains.renameTitle") : t("domains.addTitle")}</h2>
          <Form method="post" className="stack" noValidate>
            <input type="hidden" name="intent" value={editing ? "rename" : "add"} />
            {editing ? <input type="hidden" name="domainId" value={editing.id} /> : null}
            <LanguageFields
              key={editing?.id ?? "new"}
              fields={[
                {
                  field: domainNameField,
                  label: t("domains.name"),
                  hint: t("domains.nameHint"),
                  required: true,
                },
              ]}
              values={actionData?.values ?? editing?.values}
              errors={actionData?.errors}
            />
            <div className="button-group">
              <button type="submit" className="button">
                {editing ? t("domains.saveName") : t("domains.add")}
              </button>
              {editing ? <Link to=".">{t("domains.cancel")}</Link> : null}
            </div>
          </Form>
        </section>
      ) : null}
      {page.canEdit && full && !editing ? <p>{t("domains.full", { most: mostDomains })}</p> : null}
    </div>
  );
}
