import { Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";

export type Crumb = { to: string; label: string; lang?: string };

/** The first two steps of every scheme page's trail: the funder, then the scheme. */
export function schemeCrumbs(
  funder: { id: string; name: string },
  scheme: { id: string; title: { text: string; locale: string } },
): Crumb[] {
  return [
    { to: `/fund/${funder.id}`, label: funder.name },
    {
      to: `/fund/${funder.id}/schemes/${scheme.id}`,
      label: scheme.title.text,
      lang: scheme.title.locale,
    },
  ];
}

/** The trail of a page under a round: funder, scheme, then the round. */
export function roundCrumbs(
  funder: { id: string; name: string },
  scheme: { id: string; title: { text: string; locale: string } },
  round: { id: string; name: { text: string; locale: string } },
): Crumb[] {
  return [
    ...schemeCrumbs(funder, scheme),
    {
      to: `/fund/${funder.id}/schemes/${scheme.id}/rounds/${round.id}`,
      label: round.name.text,
      lang: round.name.locale,
    },
  ];
}

/** Where this page sits: funder › scheme › round. The current page is the h1, not a crumb. */
export function Breadcrumbs({ items, label }: { items: Crumb[]; label?: string }) {
  const { t } = useTranslation("schemes");
  return (
    <nav aria-label={label ?? t("nav.breadcrumbs")}>
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
