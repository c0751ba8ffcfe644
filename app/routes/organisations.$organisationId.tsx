import type { LoaderFunctionArgs } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { db } from "~/services/db.server";
import { requirePermission } from "~/services/permissions.server";

export async function loader({ request, params }: LoaderFunctionArgs) {
  const organisationId = params.organisationId ?? "";
  await requirePermission(request, "view", { type: "organisation", organisationId });
  const organisation = await db().organisation.findUniqueOrThrow({
    where: { id: organisationId },
    include: { members: { include: { user: { select: { name: true, email: true } } } } },
  });
  return {
    name: organisation.name,
    legalForm: organisation.legalForm,
    registrationNumber: organisation.registrationNumber,
    hostName: organisation.hostOrganisationName,
    members: organisation.members.map((member) => ({
      id: member.id,
      name: member.user.name ?? member.user.email,
      role: member.role,
    })),
  };
}

export default function OrganisationPage() {
  const organisation = useLoaderData<typeof loader>();
  const { t } = useTranslation();
  return (
    <div className="stack-large">
      <h1>{organisation.name}</h1>
      <dl className="summary-list">
        <div>
          <dt>{t("organisation.legalForm")}</dt>
          <dd>{t(`legalForms.${organisation.legalForm}`)}</dd>
        </div>
        <div>
          <dt>{t("organisation.registrationNumber")}</dt>
          <dd>{organisation.registrationNumber ?? t("organisation.notRegistered")}</dd>
        </div>
        <div>
          <dt>{t("organisation.host")}</dt>
          <dd>{organisation.hostName ?? t("organisation.noHost")}</dd>
        </div>
      </dl>
      <section className="stack" aria-labelledby="members-title">
        <h2 id="members-title">{t("organisation.members")}</h2>
        <ul className="link-list">
          {organisation.members.map((member) => (
            <li key={member.id}>
              {member.name} <span className="muted">{t(`roles.${member.role}`)}</span>
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
