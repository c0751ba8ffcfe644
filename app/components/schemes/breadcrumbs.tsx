import { Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";

export type Crumb = { to: string; label: string; lang?: string };

/** Where this page sits: funder › scheme › round. The current page is the h1, not a crumb. */
export function Breadcrumbs({ items }: { items: Crumb[] }) {
  const { t } = useTranslation("schemes");
  return (
    <nav aria-label={t("nav.breadcrumbs")}>
      <ol className="schemes-breadcrumbs">
        {items.map((item) => (
          <li key={item.to}>
            <Link to={item.to} lang={item.lang}>
              {item.label}
            </Link>
          </li>
        ))}
      </ol>
    </nav>
  );
}
