import { useTranslation } from "react-i18next";
import { textIn, type LocalText } from "~/domain/forms/definition";
import { isLocale, languageNameIn, textDirection } from "~/domain/shared/locales";

export type ShownText = ReturnType<typeof textIn>;

/**
 * A text the funder wrote. When it is shown in the source language because nobody has
 * translated it yet, it carries that language and direction, so a screen reader pronounces
 * it right and English inside an Arabic page still reads left to right.
 */
export function FormText({ text }: { text: ShownText }) {
  if (!text.fallback) return <>{text.text}</>;
  return (
    <span lang={text.locale} dir={isLocale(text.locale) ? textDirection(text.locale) : "auto"}>
      {text.text}
    </span>
  );
}

/** "Not yet translated" under a question whose words are shown in another language. */
export function UntranslatedNote({
  id,
  texts,
  sourceLocale,
}: {
  id?: string;
  texts: ShownText[];
  sourceLocale: string;
}) {
  const { t, i18n } = useTranslation();
  if (!texts.some((text) => text.fallback)) return null;
  const language = languageNameIn(sourceLocale, i18n.language);
  return (
    <p id={id} className="appform-untranslated">
      {t("forms:field.notTranslated", { language })}
    </p>
  );
}

export function shown(
  text: LocalText | undefined,
  locale: string,
  sourceLocale: string,
): ShownText | null {
  if (!text || !Object.values(text).some((value) => value.trim())) return null;
  return textIn(text, locale, sourceLocale);
}
