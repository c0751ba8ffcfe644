import type { i18n } from "i18next";
import { createContext, useContext } from "react";
import { I18nextProvider } from "react-i18next";
import { textDirection, type Locale } from "~/domain/shared/locales";

export type Translations = {
  /** The language of the request (server) or of the page as it arrived (browser), for pages rendered without the root loader's data. */
  fallbackLocale: Locale;
  /**
   * An i18next instance with every catalog of `locale`. In the browser it suspends (throws the
   * download's promise) until the language has arrived; navigations run in a transition, so the
   * previous page stays on screen meanwhile and no raw key is ever shown.
   */
  instanceFor(locale: Locale): i18n;
};

const TranslationsContext = createContext<Translations | null>(null);
export const TranslationsProvider = TranslationsContext.Provider;

export function useTranslations(): Translations {
  const translations = useContext(TranslationsContext);
  if (!translations)
    throw new Error("TranslationsProvider is missing (entry.client / entry.server)");
  return translations;
}

/** Everything inside speaks `locale`: texts, numbers and dates read from `i18n.language`. */
export function LanguageProvider({
  locale,
  children,
}: {
  locale: Locale;
  children: React.ReactNode;
}) {
  const instance = useTranslations().instanceFor(locale);
  return <I18nextProvider i18n={instance}>{children}</I18nextProvider>;
}

/**
 * A part of a page shown in another language than the reader's, such as a form preview. The
 * browser loads the languages of these regions before it hydrates (entry.client).
 */
export function LanguageRegion({
  locale,
  className,
  children,
}: {
  locale: Locale;
  className?: string;
  children: React.ReactNode;
}) {
  return (
    <div lang={locale} dir={textDirection(locale)} className={className} data-language-region="">
      <LanguageProvider locale={locale}>{children}</LanguageProvider>
    </div>
  );
}
