import { Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";

/** Previous and next links between the pages of a long list; nothing when it fits on one. */
export function Pager({
  page,
  pages,
  href,
}: {
  page: number;
  pages: number;
  href: (page: number) => string;
}) {
  const { t } = useTranslation();
  if (pages <= 1) return null;
  return (
    <nav aria-label={t("common:pager.pageOf", { page, pages })} className="applying-actions">
      {page > 1 ? <Link to={href(page - 1)}>{t("common:pager.previous")}</Link> : null}
      <span>{t("common:pager.pageOf", { page, pages })}</span>
      {page < pages ? <Link to={href(page + 1)}>{t("common:pager.next")}</Link> : null}
    </nav>
  );
}
