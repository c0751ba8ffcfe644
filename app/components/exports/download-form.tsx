import { Form } from "@remix-run/react";
import { useTranslation } from "react-i18next";

type Text = { text: string; locale: string };
export type ExportScheme = { id: string; title: Text; rounds: { id: string; name: Text }[] };

/**
 * One plain GET form for both spreadsheets: pick a scheme or a round (or neither, for
 * everything), then the button of the file wanted. Works the same with JavaScript off.
 */
export function DownloadForm({ base, schemes }: { base: string; schemes: ExportScheme[] }) {
  const { t } = useTranslation("exports");
  return (
    <Form method="get" action={`${base}/exports/grants.csv`} reloadDocument className="stack">
      <div className="field">
        <label htmlFor="field-scheme">{t("page.scheme")}</label>
        <select id="field-scheme" name="scheme" defaultValue="">
          <option value="">{t("page.allSchemes")}</option>
          {schemes.map((scheme) => (
            <option key={scheme.id} value={scheme.id} lang={scheme.title.locale}>
              {scheme.title.text}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="field-round">{t("page.round")}</label>
        <p id="field-round-hint" className="field__hint">
          {t("page.roundHint")}
        </p>
        <select id="field-round" name="round" defaultValue="" aria-describedby="field-round-hint">
          <option value="">{t("page.allRounds")}</option>
          {schemes.map((scheme) =>
            scheme.rounds.length > 0 ? (
              <optgroup key={scheme.id} label={scheme.title.text}>
                {scheme.rounds.map((round) => (
                  <option key={round.id} value={round.id} lang={round.name.locale}>
                    {round.name.text}
                  </option>
                ))}
              </optgroup>
            ) : null,
          )}
        </select>
      </div>
      <div className="schemes-actions">
        <button type="submit" className="button">
          {t("page.downloadGrants")}
        </button>
        <button
          type="submit"
          className="button button--secondary"
          formAction={`${base}/exports/check-ins.csv`}
        >
          {t("page.downloadCheckIns")}
        </button>
      </div>
    </Form>
  );
}
