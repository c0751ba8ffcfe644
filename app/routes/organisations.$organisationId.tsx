import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { YearsActive } from "~/components/organisations/years-active";
import { formatMoney } from "~/domain/shared/money";
import { can, type Resource } from "~/domain/access/permissions";
import {
  loadOrganisation,
  requireOrganisation,
} from "~/services/organisations/organisations.server";
import { forbidden } from "~/services/access/permissions.server";

const notices = ["created", "saved", "joined"] as const;
type Notice = (typeof notices)[number];

export const meta: MetaFunction = () => [{ title: "Withfund" }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { user, organisationId } = await requireOrganisation(request, params, "view");
  const organisation = await loadOrganisation(organisationId);
  if (!organisation) throw forbidden();
  // Editing never depends on applications, so the plain resource answers these.
  const own: Resource = { type: "organisation", organisationId };
  const notice = new URL(request.url).searchParams.get("notice");
  const owners = organisation.members.filter((member) => member.role === "OWNER");
  const others = organisation.members.filter((member) => member.role !== "OWNER");
  return {
    id: organisation.id,
    name: organisation.name,
    legalForm: organisation.legalForm,
    registrationNumber: organisation.registrationNumber,
    hostName: organisation.hostOrganisation?.name ?? organisation.hostOrganisationName,
    annualIncomeMinor: organisation.annualIncomeMinor,
    incomeCurrency: organisation.incomeCurrency,
    areaServed: organisation.areaServed,
    communitiesServed: organisation.communitiesServed,
    languagesUsed: organisation.languagesUsed,
    byAndFor: organisation.byAndFor,
    leadershipPercent: organisation.leadershipPercent,
    yearsActive: organisation.yearsActive,
    publishLeadership: organisation.publishLeadership,
    members: [...owners, ...others].map((member) => ({
      id: member.id,
      name: member.user.name ?? member.user.email,
      role: member.role,
    })),
    canEdit: can(user, "edit", own),
    canManageMembers: can(user, "manage-members", own),
    notice: (notices as readonly string[]).includes(notice ?? "") ? (notice as Notice) : null,
  };
}

function Row({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div>
      <dt>{label}</dt>
      <dd dir="auto">{children}</dd>
    </div>
  );
}

export default function OrganisationPage() {
  const organisation = useLoaderData<typeof loader>();
  const { t, i18n } = useTranslation("organisations");
  const locale = i18n.language;
  const notGiven = <span className="muted">{t("page.notGiven")}</span>;
  const income =
    organisation.annualIncomeMinor === null
      ? notGiven
      : organisation.annualIncomeMinor === 0
        ? t("page.noIncome")
        : formatMoney(organisation.annualIncomeMinor, organisation.incomeCurrency ?? "EUR", locale);
  return (
    <div className="stack-large">
      <h1 dir="auto">{organisation.name}</h1>
      {organisation.notice ? (
        <p role="status" className="notice">
          {t(`page.notices.${organisation.notice}`)}
        </p>
      ) : null}

      <section className="stack" aria-labelledby="profile-title">
        <h2 id="profile-title">{t("page.profile")}</h2>
        <dl className="summary-list">
          <Row label={t("page.legalForm")}>{t(`common:legalForms.${organisation.legalForm}`)}</Row>
          <Row label={t("page.registrationNumber")}>
            {organisation.registrationNumber ?? t("page.notRegistered")}
          </Row>
          <Row label={t("page.host")}>{organisation.hostName ?? t("page.noHost")}</Row>
          <Row label={t("page.income")}>{income}</Row>
          <Row label={t("page.areaServed")}>{organisation.areaServed ?? notGiven}</Row>
          <Row label={t("page.communitiesServed")}>
            {organisation.communitiesServed ?? notGiven}
          </Row>
          <Row label={t("page.languagesUsed")}>{organisation.languagesUsed ?? notGiven}</Row>
          <Row label={t("page.byAndFor")}>
            {organisation.byAndFor ? t("page.yes") : t("page.no")}
          </Row>
          <Row label={t("page.leadershipPercent")}>
            {organisation.leadershipPercent === null
              ? notGiven
              : new Intl.NumberFormat(locale, { style: "percent" }).format(
                  organisation.leadershipPercent / 100,
                )}
          </Row>
          <Row label={t("page.publishLeadership")}>
            {organisation.publishLeadership ? t("page.yes") : t("page.publishLeadershipNo")}
          </Row>
          <Row label={t("page.yearsActive")}>
            <YearsActive years={organisation.yearsActive} />
          </Row>
        </dl>
        {organisation.canEdit ? (
          <p>
            <Link
              to={`/organisations/${organisation.id}/edit`}
              className="button button--secondary"
            >
              {t("page.edit")}
            </Link>
          </p>
        ) : null}
      </section>

      <section className="stack" aria-labelledby="members-title">
        <h2 id="members-title">{t("page.members")}</h2>
        <ul className="link-list">
          {organisation.members.map((member) => (
            <li key={member.id}>
              <span dir="auto">{member.name}</span>{" "}
              <span className="muted">{t(`common:roles.${member.role}`)}</span>
            </li>
          ))}
        </ul>
        {organisation.canManageMembers ? (
          <p>
            <Link to={`/organisations/${organisation.id}/members`}>{t("page.manageMembers")}</Link>
          </p>
        ) : null}
      </section>
    </div>
  );
}
