import { useLocation, useRouteLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { LocaleOptions } from "~/components/shared/locale-options";
import type { loader as rootLoader } from "~/root";

/**
 * A plain form, so it works without JavaScript. It reloads the whole document because every
 * string on the page, and its direction, changes with the language.
 */
export function LanguageSwitcher() {
  const data = useRouteLoaderData<typeof rootLoader>("root");
  const location = useLocation();
  const { t } = useTranslation();
  return (
    <form method="post" action="/language" className="language-switcher">
      <input type="hidden" name="redirectTo" value={`${location.pathname}${location.search}`} />
      <label htmlFor="language-select">{t("language.label")}</label>
      {/* Keyed by the language, so a change made elsewhere (the account page) shows here at once. */}
      <select
        key={data?.locale}
        id="language-select"
        name="locale"
        defaultValue={data?.locale ?? "en"}
      >
        <LocaleOptions />
      </select>
      <button type="submit">{t("language.submit")}</button>
    </form>
  );
}
