import { useEffect, useState } from "react";
import { Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";

/**
 * Her recovery codes, shown once: to write down, download as a text file or print. Printing
 * needs JavaScript, so its button appears only once the page has it; the download is a plain
 * link and works without.
 */
export function RecoveryCodes({ codes, continueTo }: { codes: string[]; continueTo: string }) {
  const { t } = useTranslation();
  const [canPrint, setCanPrint] = useState(false);
  useEffect(() => setCanPrint(true), []);
  const file = [t("accounts:recoveryCodes.fileTitle"), "", ...codes, ""].join("\n");
  return (
    <div className="stack accounts-codes" aria-labelledby="recovery-codes-title">
      <h2 id="recovery-codes-title">{t("accounts:recoveryCodes.title")}</h2>
      <p>{t("accounts:recoveryCodes.intro", { count: codes.length })}</p>
      <p className="notice">{t("accounts:recoveryCodes.onlyOnce")}</p>
      <ol className="accounts-codes__list" dir="ltr" data-testid="recovery-codes">
        {codes.map((code) => (
          <li key={code}>
            <code>{code}</code>
          </li>
        ))}
      </ol>
      <div className="accounts-codes__actions">
        <a
          className="button button--secondary"
          href={`data:text/plain;charset=utf-8,${encodeURIComponent(file)}`}
          download="withfund-recovery-codes.txt"
        >
          {t("accounts:recoveryCodes.download")}
        </a>
        {canPrint ? (
          <button type="button" className="button button--secondary" onClick={() => window.print()}>
            {t("accounts:recoveryCodes.print")}
          </button>
        ) : null}
      </div>
      <p>
        <Link to={continueTo} className="button">
          {t("accounts:recoveryCodes.continue")}
        </Link>
      </p>
    </div>
  );
}
