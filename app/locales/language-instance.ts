import { createInstance, type i18n } from "i18next";
import type { Locale } from "~/domain/shared/locales";
import { i18nOptions } from "./i18n-options";
import { defaultNamespace } from "./namespaces";

export type Catalog = Record<string, unknown>;

/**
 * One i18next instance per language, holding every catalog of that language and nothing else.
 * It never changes language: a page in another language gets another instance, so no text can
 * be looked up in one language and shown under another.
 */
export function createLanguageInstance(locale: Locale, catalogs: Record<string, Catalog>): i18n {
  const instance = createInstance();
  void instance.init({
    lng: locale,
    fallbackLng: false,
    supportedLngs: [locale],
    defaultNS: defaultNamespace,
    ns: Object.keys(catalogs),
    resources: { [locale]: catalogs },
    // Every catalog is already here, so initialising is synchronous.
    initImmediate: false,
    // Every {{value}}: the language's digits, and bidi-isolated (docs/decisions/0010).
    ...i18nOptions,
    react: { useSuspense: false },
  });
  return instance;
}
