import { RemixBrowser } from "@remix-run/react";
import type { i18n } from "i18next";
import { startTransition, StrictMode } from "react";
import { hydrateRoot } from "react-dom/client";
import { TranslationsProvider, type Translations } from "~/components/shared/translations";
import { defaultLocale, isLocale, type Locale } from "~/domain/shared/locales";
import { loadBrowserCatalogs } from "~/locales/browser-catalogs";
import { createLanguageInstance } from "~/locales/language-instance";

const instances = new Map<Locale, i18n>();
const downloads = new Map<Locale, Promise<void>>();

function download(locale: Locale): Promise<void> {
  let pending = downloads.get(locale);
  if (!pending) {
    pending = loadBrowserCatalogs(locale).then(
      (catalogs) => void instances.set(locale, createLanguageInstance(locale, catalogs)),
      () => {
        // The language could not be fetched (a dropped connection): the server renders the
        // page in that language instead, rather than showing it half translated.
        window.location.reload();
        return new Promise<void>(() => {});
      },
    );
    downloads.set(locale, pending);
  }
  return pending;
}

/** The page's language and those of regions shown in another one (a form preview). */
function languagesOnPage(): Locale[] {
  const declared = [document.documentElement.lang];
  document
    .querySelectorAll("[data-language-region]")
    .forEach((region) => declared.push(region.getAttribute("lang") ?? ""));
  return [...new Set(declared.filter(isLocale))];
}

async function hydrate() {
  const languages = languagesOnPage();
  await Promise.all(languages.map(download));
  const translations: Translations = {
    fallbackLocale: languages[0] ?? defaultLocale,
    instanceFor(locale) {
      const instance = instances.get(locale);
      if (instance) return instance;
      throw download(locale);
    },
  };
  startTransition(() => {
    hydrateRoot(
      document,
      <TranslationsProvider value={translations}>
        <StrictMode>
          <RemixBrowser />
        </StrictMode>
      </TranslationsProvider>,
    );
  });
}

void hydrate();
