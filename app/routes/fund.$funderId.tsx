import type { LoaderFunctionArgs } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { translated } from "~/domain/translated-text";
import { db } from "~/services/db.server";
import { localeOf } from "~/services/i18n.server";
import { requirePermission } from "~/services/permissions.server";

export async function loader({ request, params }: LoaderFunctionArgs) {
  const funderId = params.funderId ?? "";
  await requirePermission(request, "view", { type: "funder", funderId });
  const locale = await localeOf(request);
  const funder = await db().funder.findUniqueOrThrow({
    where: { id: funderId },
    include: {
      schemes: { include: { _count: { select: { rounds: true } } }, orderBy: { createdAt: "desc" } },
      members: { include: { user: { select: { name: true, email: true } } } },
    },
  });
  return {
    name: funder.name,
    schemes: funder.schemes.map((scheme) => ({
      id: scheme.id,
      title: translated(scheme.title, locale),
      rounds: scheme._count.rounds,
    })),
    staff: funder.members.map((member) => ({
      id: member.id,
      name: member.user.name ?? member.user.email,
      role: member.role,
    })),
  };
}

export default function FunderDashboard() {
  const funder = useLoaderData<typeof loader>();
  const { t } = useTranslation();
  return (
    <div className="stack-large">
      <h1>{funder.name}</h1>
      <section className="stack" aria-labelledby="schemes-title">
        <h2 id="schemes-title">{t("funder.schemes")}</h2>
        {funder.schemes.length === 0 ? <p>{t("funder.noSchemes")}</p> : null}
        <ul className="link-list">
          {funder.schemes.map((scheme) => (
            <li key={scheme.id}>
              <span lang={scheme.title.locale}>{scheme.title.text}</span>{" "}
              <span className="muted">{t("funder.rounds", { count: scheme.rounds })}</span>
            </li>
          ))}
        </ul>
      </section>
      <section className="stack" aria-labelledby="staff-title">
        <h2 id="staff-title">{t("funder.members")}</h2>
        <ul className="link-list">
          {funder.staff.map((member) => (
            <li key={member.id}>
              {member.name} <span className="muted">{t(`roles.${member.role}`)}</span>
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
