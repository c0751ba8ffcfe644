import { Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";

export type OpenDataState =
  | { kind: "missing-identifiers"; missing: ("orgIdentifier" | "grantIdPrefix")[] }
  | { kind: "nothing-to-publish" }
  | { kind: "ready"; grantCount: number; leadershipCount: number };

/**
 * Where the scheme's open data stands: ready to download, or, in plain words, why there is no
 * file yet and who can change that.
 */
export function OpenDataStatus({
  state,
  downloadTo,
  settingsTo,
  canAdminister,
}: {
  state: OpenDataState;
  downloadTo: string;
  settingsTo: string;
  canAdminister: boolean;
}) {
  const { t } = useTranslation("exports");
  if (state.kind === "missing-identifiers")
    return (
      <div className="notice stack" role="status">
        <p>{t("openData.missing.intro")}</p>
        <ul>
          {state.missing.map((name) => (
            <li key={name}>{t(`openData.missing.${name}`)}</li>
          ))}
        </ul>
        <p>
          {canAdminister ? (
            <Link to={settingsTo}>{t("openData.missing.settingsLink")}</Link>
          ) : (
            t("openData.missing.askAdmin")
          )}
        </p>
      </div>
    );
  if (state.kind === "nothing-to-publish")
    return (
      <p className="notice" role="status">
        {t("openData.nothing")}
      </p>
    );
  return (
    <div className="stack">
      <p>{t("openData.ready", { grants: state.grantCount })}</p>
      <p>{t("openData.leadershipCount", { groups: state.leadershipCount })}</p>
      <p>
        <a href={downloadTo} className="button">
          {t("openData.download")}
        </a>
      </p>
    </div>
  );
}
