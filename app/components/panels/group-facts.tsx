import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { YearsActive } from "~/components/organisations/years-active";
import type { LegalForm } from "~/domain/eligibility/eligibility";

type Props = {
  /** Who the group is; null in blind review, where only what it does is shown. */
  group: {
    name: string;
    registrationNumber: string | null;
    hostOrganisationName: string | null;
    people: string[];
  } | null;
  profile: {
    legalForm: LegalForm;
    byAndFor: boolean;
    yearsActive: number | null;
    areaServed: string | null;
    communitiesServed: string | null;
    languagesUsed: string | null;
  };
};

function Row({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <dt>{label}</dt>
      <dd dir="auto">{children}</dd>
    </div>
  );
}

/** The group as a panel sees it: what it is and does, and who it is unless review is blind. */
export function GroupFacts({ group, profile }: Props) {
  const { t } = useTranslation("organisations");
  const notGiven = <span className="muted">{t("page.notGiven")}</span>;
  return (
    <dl className="summary-list">
      {group ? (
        <>
          <Row label={t("panels:reading.groupName")}>
            <bdi>{group.name}</bdi>
          </Row>
          <Row label={t("page.registrationNumber")}>
            {group.registrationNumber ?? t("page.notRegistered")}
          </Row>
          <Row label={t("page.host")}>{group.hostOrganisationName ?? t("page.noHost")}</Row>
          <Row label={t("page.members")}>
            {group.people.length ? (
              <ul className="applying-plain-list">
                {group.people.map((name, index) => (
                  <li key={index}>
                    <bdi>{name}</bdi>
                  </li>
                ))}
              </ul>
            ) : (
              notGiven
            )}
          </Row>
        </>
      ) : null}
      <Row label={t("page.legalForm")}>{t(`common:legalForms.${profile.legalForm}`)}</Row>
      <Row label={t("page.areaServed")}>{profile.areaServed ?? notGiven}</Row>
      <Row label={t("page.communitiesServed")}>{profile.communitiesServed ?? notGiven}</Row>
      <Row label={t("page.languagesUsed")}>{profile.languagesUsed ?? notGiven}</Row>
      <Row label={t("page.byAndFor")}>{profile.byAndFor ? t("page.yes") : t("page.no")}</Row>
      <Row label={t("page.yearsActive")}>
        <YearsActive years={profile.yearsActive} />
      </Row>
    </dl>
  );
}
