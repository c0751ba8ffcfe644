import { useTranslation } from "react-i18next";
import { Breadcrumbs, schemeCrumbs, type Crumb } from "~/components/schemes/breadcrumbs";
import { useFunder } from "~/components/schemes/use-funder";

/** Where a rubric page sits, as every rubric loader returns it (requireRubric). */
export type RubricPage = {
  funderId: string;
  schemeId: string;
  roundId: string;
  panelId: string;
  panelName: string;
  schemeTitle: { text: string; locale: string };
  roundName: { text: string; locale: string };
  canEdit: boolean;
  version: number | null;
  frozen: boolean;
};

export function rubricPath(
  page: Pick<RubricPage, "funderId" | "schemeId" | "roundId" | "panelId">,
) {
  return `/fund/${page.funderId}/schemes/${page.schemeId}/rounds/${page.roundId}/panels/${page.panelId}/rubric`;
}

/** Funder › scheme › round, then the rubric itself on the pages under it. */
export function RubricTrail({ page, inRubric }: { page: RubricPage; inRubric?: boolean }) {
  const { t } = useTranslation();
  const { funder } = useFunder();
  const items: Crumb[] = [
    ...schemeCrumbs(funder, { id: page.schemeId, title: page.schemeTitle }),
    {
      to: `/fund/${page.funderId}/schemes/${page.schemeId}/rounds/${page.roundId}`,
      label: page.roundName.text,
      lang: page.roundName.locale,
    },
  ];
  if (inRubric) items.push({ to: rubricPath(page), label: t("panels:rubric.title") });
  return <Breadcrumbs items={items} />;
}

/** The panel the rubric belongs to, under the page's heading. */
export function PanelCaption({ page }: { page: RubricPage }) {
  const { t } = useTranslation();
  return (
    <p className="muted">
      {t("panels:rubric.panelCaption")} <bdi>{page.panelName}</bdi>
    </p>
  );
}

/** Said at the top of every page where a change would make a new version. */
export function FrozenNote({ page }: { page: RubricPage }) {
  const { t } = useTranslation();
  if (!page.frozen || page.version === null) return null;
  return (
    <div className="notice">
      <p>{t("panels:rubric.frozen", { version: page.version })}</p>
      {page.canEdit ? (
        <p>
          {t("panels:rubric.frozenNextEdit", { next: page.version + 1, version: page.version })}
        </p>
      ) : null}
    </div>
  );
}
