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
              <span className="builder-tabs__label">
                {t(`eligibility:screening.groups.${group}`)}
              </span>{" "}
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
