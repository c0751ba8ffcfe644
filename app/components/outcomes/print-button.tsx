import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";

/**
 * "Print or save as PDF": without JavaScript a hint names the browser's own print command;
 * once scripts run, a button opens the print dialog (where "Save as PDF" is one of the printers).
 */
export function PrintButton() {
  const { t } = useTranslation("outcomes");
  const [scripted, setScripted] = useState(false);
  useEffect(() => setScripted(true), []);
  return (
    <div className="outcomes-print no-print">
      {scripted ? (
        <button type="button" className="button" onClick={() => window.print()}>
          {t("summary.print")}
        </button>
      ) : (
        <p>
          <strong>{t("summary.print")}</strong>: {t("summary.printHint")}
        </p>
      )}
    </div>
  );
}
