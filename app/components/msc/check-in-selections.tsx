import { useTranslation } from "react-i18next";

type Selection = {
  id: string;
  domain: { text: string; locale: string } | null;
  reason: string;
  reasonLocale: string;
};

/**
 * On the group's check-in: its story was chosen as the most significant change of a domain,
 * and why, as the selection round wrote it.
 */
export function CheckInSelections({ selections }: { selections: Selection[] }) {
  const { t } = useTranslation("msc");
  if (selections.length === 0) return null;
  return (
    <section className="stack card" aria-labelledby="msc-chosen-title">
      <h2 id="msc-chosen-title">{t("checkIn.title")}</h2>
      {selections.map((selection) => (
        <div key={selection.id} className="stack">
          <p>
            {t("checkIn.chosenIn")}{" "}
            {selection.domain ? (
              <strong lang={selection.domain.locale}>{selection.domain.text}</strong>
            ) : (
              <strong>{t("domains.other")}</strong>
            )}
          </p>
          <p className="muted">{t("checkIn.why")}</p>
          <blockquote lang={selection.reasonLocale} dir="auto">
            {selection.reason}
          </blockquote>
        </div>
      ))}
    </section>
  );
}
