import { useTranslation } from "react-i18next";

/** "3 years", "Less than a year", or "Not filled in yet": how long a group has been active. */
export function YearsActive({ years }: { years: number | null }) {
  const { t, i18n } = useTranslation("organisations");
  if (years === null) return <span className="muted">{t("page.notGiven")}</span>;
  if (years === 0) return <>{t("page.newGroup")}</>;
  return (
    <>
      {new Intl.NumberFormat(i18n.language, {
        style: "unit",
        unit: "year",
        unitDisplay: "long",
      }).format(years)}
    </>
  );
}
