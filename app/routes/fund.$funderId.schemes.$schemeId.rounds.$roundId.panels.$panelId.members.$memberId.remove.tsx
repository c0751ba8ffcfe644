import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { Breadcrumbs, schemeCrumbs } from "~/components/schemes/breadcrumbs";
import { useFunder } from "~/components/schemes/use-funder";
import { isolate } from "~/domain/shared/bidi";
import { translated } from "~/domain/shared/translated-text";
import { forbidden } from "~/services/access/permissions.server";
import { removeMember } from "~/services/panels/panel-members.server";
import { requireRoundPanel } from "~/services/panels/panels.server";

/** The second step of removing someone from a panel: what it does, then the button. */

async function requireMember(request: Request, params: LoaderFunctionArgs["params"]) {
  const access = await requireRoundPanel(request, params, "manage-members");
  const member = access.panel.members.find((candidate) => candidate.id === params.memberId);
  if (!member) throw forbidden();
  return { ...access, member };
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { round, scheme, panel, member, locale } = await requireMember(request, params);
  return {
    scheme: { id: scheme.id, title: translated(scheme.title, locale) },
    round: { id: round.id, name: translated(round.name, locale) },
    panel: { id: panel.id, name: panel.name },
    member: { name: member.user.name || member.user.email, role: member.role },
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { user, funderId, scheme, round, panel, member } = await requireMember(request, params);
  const removed = await removeMember(user, { id: panel.id, funderId }, member.id);
  if (!removed.ok && removed.reason === "forbidden") throw forbidden();
  // Removed meanwhile by someone else: the outcome she asked for is already there.
  return redirect(
    `/fund/${funderId}/schemes/${scheme.id}/rounds/${round.id}/panels/${panel.id}?done=removed`,
  );
}

export default function RemovePanelMember() {
  const { scheme, round, panel, member } = useLoaderData<typeof loader>();
  const { funder } = useFunder();
  const { t } = useTranslation("panels");
  const base = `/fund/${funder.id}/schemes/${scheme.id}/rounds/${round.id}`;
  const panelPage = `${base}/panels/${panel.id}`;
  return (
    <div className="stack-large schemes-page panels-page">
      <Breadcrumbs
        items={[
          ...schemeCrumbs(funder, scheme),
          { to: base, label: round.name.text, lang: round.name.locale },
          { to: `${base}/panels`, label: t("setup.listTitle") },
          { to: panelPage, label: isolate(panel.name) },
        ]}
      />
      <h1>{t("members.removeTitle", { name: isolate(member.name) })}</h1>
      <ul>
        <li>{t("members.removeSubmitted")}</li>
        <li>{t("members.removeDrafts")}</li>
        <li>{t("members.removeAssignments")}</li>
        <li>{t("members.removeAccess")}</li>
      </ul>
      <Form method="post" className="panels-inline">
        <button type="submit" className="button button--warning">
          {t("members.removeConfirm")}
        </button>
        <Link to={panelPage}>{t("members.removeCancel")}</Link>
      </Form>
    </div>
  );
}
