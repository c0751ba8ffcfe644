import { Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import type { ScreeningGroup } from "~/domain/eligibility/screening";

const groups: ScreeningGroup[] = ["to-screen", "eligible", "not-eligible"];

/** The three piles of the screening page, each with how many it holds. */
export function ScreeningNav({
  show,
  counts,
}: {
  show: ScreeningGroup;
  counts: Record<ScreeningGroup, number>;
}) {
  const { t, i18n } = useTranslation();
  const number = new Intl.NumberFormat(i18n.language);
  return (
    <nav aria-label={t("eligibility:screening.navLabel")}>
      <ul className="builder-tabs">
        {groups.map((group) => (
          <li key={group}>
            <Link to={`?show=${group}`} aria-current={group === show ? "page" : undefined}>
              {t(`eligibility:screening.groups.${group}`)}{" "}
              <span className="applying-tag applying-tag--not-started">
                {number.format(counts[group])}
              </span>
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}

/** Previous and next links between pages of one pile. */
export function ScreeningPages({
  show,
  page,
  pages,
}: {
  show: ScreeningGroup;
  page: number;
  pages: number;
}) {
  const { t } = useTranslation();
  if (pages <= 1) return null;
  return (
    <nav
      aria-label={t("eligibility:screening.pageOf", { page, pages })}
      className="applying-actions"
    >
      {page > 1 ? (
        <Link to={`?show=${show}&page=${page - 1}`}>{t("eligibility:screening.previous")}</Link>
      ) : null}
      <span>{t("eligibility:screening.pageOf", { page, pages })}</span>
      {page < pages ? (
        <Link to={`?show=${show}&page=${page + 1}`}>{t("eligibility:screening.next")}</Link>
      ) : null}
    </nav>
  );
}
