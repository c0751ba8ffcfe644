import { Link, useLocation } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { languageNameIn } from "~/domain/shared/locales";
import type { MachineTranslationView } from "~/domain/shared/machine-translation";

/**
 * Machine translation on a page, one pattern everywhere: the page shows originals; a plain
 * link adds `?translate=<lng>` (works without JavaScript, survives reload and back), the
 * loader translates, and each text shows its translation, labelled, with the original one
 * click away. The loader's translationsForPage() gives `view` and the translations.
 */

function hrefWith(search: string, pathname: string, translate: string | null) {
  const params = new URLSearchParams(search);
  if (translate) params.set("translate", translate);
  else params.delete("translate");
  const query = params.toString();
  return query ? `${pathname}?${query}` : pathname;
}

/** The "Show in <language>" link, or, while translations show, the note, any failure and the way back. */
export function MachineTranslationToggle({ view }: { view: MachineTranslationView }) {
  const { t, i18n } = useTranslation();
  const location = useLocation();
  if (!view) return null;
  if (!view.active) {
    return (
      <p className="machine-translation__toggle">
        <Link to={hrefWith(location.search, location.pathname, view.target)}>
          {t("common:machineTranslation.show", {
            language: languageNameIn(view.target, i18n.language),
          })}
        </Link>
      </p>
    );
  }
  return (
    <div className="notice stack machine-translation__toggle">
      {view.failure ? (
        <p role="status">{t(`common:machineTranslation.failure.${view.failure}`)}</p>
      ) : (
        <p>{t("common:machineTranslation.note")}</p>
      )}
      <p>
        <Link to={hrefWith(location.search, location.pathname, null)}>
          {t("common:machineTranslation.originalsOnly")}
        </Link>
      </p>
    </div>
  );
}

/**
 * A text as written, or its translation labelled "Machine translated" with the original
 * behind "Show original". Each keeps its own language, so it is read and spoken rightly.
 */
export function TranslatableText({
  original,
  lang,
  translation,
  view,
  className,
}: {
  original: string;
  /** The language the original is written in, when known. */
  lang: string | null;
  translation: string | null;
  view: MachineTranslationView;
  className?: string;
}) {
  const { t } = useTranslation();
  const asWritten = (
    <blockquote lang={lang ?? undefined} dir="auto" className={className}>
      {original}
    </blockquote>
  );
  if (translation === null || !view?.active) return asWritten;
  return (
    <div className="machine-translation">
      <p className="machine-translation__label">{t("common:machineTranslation.label")}</p>
      <blockquote lang={view.target} dir="auto" className={className}>
        {translation}
      </blockquote>
      <details className="machine-translation__original">
        <summary>{t("common:machineTranslation.showOriginal")}</summary>
        {asWritten}
      </details>
    </div>
  );
}
