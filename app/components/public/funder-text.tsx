import { useTranslation } from "react-i18next";
import { isLocale, textDirection } from "~/domain/shared/locales";
import type { translated } from "~/domain/shared/translated-text";

export type Text = ReturnType<typeof translated>;

/** True when the funder has not written this text in the reader's language. */
export function useFellBack(text: Text) {
  const { i18n } = useTranslation();
  return text.locale !== i18n.language;
}

/**
 * A text a funder typed. When it is in another language than the page, it carries that
 * language (and its direction), so screen readers pronounce it right and English inside an
 * Arabic page still reads left to right.
 */
export function FunderText({
  text,
  as: Tag = "span",
  className,
}: {
  text: Text;
  as?: "span" | "p";
  className?: string;
}) {
  const fellBack = useFellBack(text);
  // A whole paragraph in another language also takes its alignment, not just its words.
  const language = fellBack
    ? { lang: text.locale, dir: isLocale(text.locale) ? textDirection(text.locale) : "auto" }
    : {};
  if (Tag === "span" && !fellBack && !className) return <>{text.text}</>;
  return (
    <Tag className={className} {...language}>
      {text.text}
    </Tag>
  );
}

/**
 * The small note under a text that is not in the reader's language. Kept outside headings and
 * links so their accessible names stay the text itself.
 */
export function UntranslatedNote({ texts }: { texts: Array<Text | null> }) {
  const { t, i18n } = useTranslation();
  if (!texts.some((text) => text && text.locale !== i18n.language)) return null;
  return <p className="public-untranslated">{t("common:untranslated")}</p>;
}
