import { NavLink } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { Breadcrumbs, schemeCrumbs } from "~/components/schemes/breadcrumbs";
import { useFunder } from "~/components/schemes/use-funder";
import { formsPath, versionPath } from "./paths";

type Text = { text: string; locale: string };

/** Where a builder page sits: funder › scheme › application form (› version). */
export function BuilderTrail({
  schemeId,
  schemeTitle,
  inForms,
}: {
  schemeId: string;
  schemeTitle: Text;
  inForms?: boolean;
}) {
  const { t } = useTranslation();
  const { funder } = useFunder();
  const items = [
    ...schemeCrumbs(funder, { id: schemeId, title: schemeTitle }),
    ...(inForms ? [{ to: formsPath(funder.id, schemeId), label: t("forms:versions.title") }] : []),
  ];
  return <Breadcrumbs items={items} label={t("forms:nav.trail")} />;
}

type VersionNavProps = {
  funderId: string;
  schemeId: string;
  version: { id: string; version: number; status: string };
};

/** The status of one version and its pages: edit, preview, what changed, suggestions. */
export function VersionNav({ funderId, schemeId, version }: VersionNavProps) {
  const { t } = useTranslation();
  const base = versionPath(funderId, schemeId, version.id);
  const tabs = [
    { to: base, label: t("forms:nav.edit"), end: true },
    { to: `${base}/preview`, label: t("forms:nav.preview") },
    { to: `${base}/changes`, label: t("forms:nav.changes") },
    { to: `${base}/suggestions`, label: t("forms:nav.suggestions") },
  ];
  return (
    <div className="stack builder-nav">
      <p>
        <span className="builder-status" data-status={version.status}>
          {t(`forms:status.${version.status}`)}
        </span>
      </p>
      <nav aria-label={t("forms:nav.versionPages", { version: version.version })}>
        <ul className="builder-tabs">
          {tabs.map((tab) => (
            <li key={tab.to}>
              <NavLink to={tab.to} end={tab.end}>
                {tab.label}
              </NavLink>
            </li>
          ))}
        </ul>
      </nav>
    </div>
  );
}
