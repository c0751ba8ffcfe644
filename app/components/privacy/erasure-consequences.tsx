import { useTranslation } from "react-i18next";

const consequences = [
  "signedOut",
  "nameGone",
  "pseudonym",
  "leaves",
  "applicationsStay",
  "signUpAgain",
] as const;

/** What deleting her account does, in plain words, before she presses the button. */
export function ErasureConsequences() {
  const { t } = useTranslation("privacy");
  return (
    <section className="stack" aria-labelledby="consequences-title">
      <h2 id="consequences-title">{t("erasure.whatHappens")}</h2>
      <ul className="stack">
        {consequences.map((key) => (
          <li key={key}>{t(`erasure.consequences.${key}`)}</li>
        ))}
      </ul>
      <p>
        {t("erasure.downloadFirst")} <a href="/account/data.zip">{t("download.link")}</a>
      </p>
      <p className="notice applying-warning">
        <strong>{t("erasure.cannotUndo")}</strong>
      </p>
    </section>
  );
}
