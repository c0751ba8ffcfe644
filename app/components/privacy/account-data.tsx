import { Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";

/** The account page's part about her data: a copy of it, and deleting the account. */
export function AccountData() {
  const { t } = useTranslation("privacy");
  return (
    <section className="stack" aria-labelledby="your-data-title">
      <h2 id="your-data-title">{t("account.title")}</h2>
      <p>{t("download.intro")}</p>
      <p>
        <a href="/account/data.zip" download>
          {t("download.link")}
        </a>
      </p>
      <p>{t("account.deleteIntro")}</p>
      <p>
        <Link to="/account/delete">{t("account.deleteLink")}</Link>
      </p>
      <p>
        <Link to="/privacy">{t("account.privacyLink")}</Link>
      </p>
    </section>
  );
}
