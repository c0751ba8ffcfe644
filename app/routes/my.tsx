import type { LoaderFunctionArgs } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { db } from "~/services/db.server";
import { requireUser } from "~/services/permissions.server";

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const [funders, organisations, panels, consultations] = await Promise.all([
    db().funderMember.findMany({ where: { userId: user.id }, include: { funder: true } }),
    db().organisationMember.findMany({ where: { userId: user.id }, include: { organisation: true } }),
    db().panelMember.findMany({ where: { userId: user.id }, include: { panel: true } }),
    db().workingGroupMember.count({ where: { userId: user.id, acceptedAt: { not: null } } }),
  ]);
  return {
    isPlatformAdmin: user.isPlatformAdmin,
    funders: funders.map((m) => ({ id: m.funder.id, name: m.funder.name, role: m.role })),
    organisations: organisations.map((m) => ({ id: m.organisation.id, name: m.organisation.name, role: m.role })),
    panels: panels.map((m) => ({ id: m.panel.id, name: m.panel.name, role: m.role })),
    inWorkingGroup: consultations > 0,
  };
}

function Memberships({ title, items, href }: { title: string; items: { id: string; name: string; role: string }[]; href: (id: string) => string }) {
  const { t } = useTranslation();
  if (items.length === 0) return null;
  return (
    <section className="stack" aria-label={title}>
      <h2>{title}</h2>
      <ul className="link-list">
        {items.map((item) => (
          <li key={item.id}>
            <Link to={href(item.id)}>{item.name}</Link>{" "}
            <span className="muted">{t("myWork.role", { role: t(`roles.${item.role}`) })}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}

export default function MyWork() {
  const work = useLoaderData<typeof loader>();
  const { t } = useTranslation();
  const empty = work.funders.length + work.organisations.length + work.panels.length === 0;
  return (
    <div className="stack-large">
      <h1>{t("myWork.title")}</h1>
      {work.isPlatformAdmin ? <p className="notice">{t("roles.PLATFORM_ADMIN")}</p> : null}
      {empty && !work.isPlatformAdmin ? <p>{t("myWork.nothingYet")}</p> : null}
      <Memberships title={t("myWork.organisations")} items={work.organisations} href={(id) => `/organisations/${id}`} />
      <p>
        <Link to="/organisations/new">{t("organisations:createLink")}</Link>
      </p>
      {work.organisations.length > 0 ? (
        <p>
          <Link to="/applications">{t("applying:list.title")}</Link>
        </p>
      ) : null}
      {work.inWorkingGroup ? (
        <p>
          <Link to="/consultations">{t("forms:consultations.title")}</Link>
        </p>
      ) : null}
      <Memberships title={t("myWork.funders")} items={work.funders} href={(id) => `/fund/${id}`} />
      <Memberships title={t("myWork.panels")} items={work.panels} href={(id) => `/panels/${id}`} />
    </div>
  );
}
