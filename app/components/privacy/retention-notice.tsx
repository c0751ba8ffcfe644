import { Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { formatDate } from "~/domain/shared/dates";

/** Shown in place of an application's answers once retention removed them. */
export function RetentionNotice({ removedAt, timeZone }: { removedAt: string; timeZone: string }) {
  const { t, i18n } = useTranslation("privacy");
  return (
    <div className="notice stack" role="note">
      <p>{t("retention.removed", { date: formatDate(removedAt, i18n.language, timeZone) })}</p>
      <p>
        <Link to="/privacy#retention">{t("retention.why")}</Link>
      </p>
    </div>
  );
}
