import { RemixBrowser } from "@remix-run/react";
import i18next from "i18next";
import { startTransition, StrictMode } from "react";
import { hydrateRoot } from "react-dom/client";
import { I18nextProvider, initReactI18next } from "react-i18next";
import { defaultLocale, isLocale } from "~/domain/locales";

// Only the page's own language is downloaded; the others stay on the server.
const catalogs = import.meta.glob<Record<string, unknown>>("./locales/*/*.json", { import: "default" });

async function loadLocale(locale: string) {
  const entries = Object.entries(catalogs).filter(([path]) => path.startsWith(`./locales/${locale}/`));
  const loaded = await Promise.all(
    entries.map(async ([path, load]) => [/([^/]+)\.json$/.exec(path)![1]!, await load()] as const),
  );
  return Object.fromEntries(loaded);
}

async function hydrate() {
  const lang = document.documentElement.lang;
  const locale = isLocale(lang) ? lang : defaultLocale;
  const bundle = await loadLocale(locale);
  await i18next.use(initReactI18next).init({
    lng: locale,
    fallbackLng: false,
    defaultNS: "common",
    ns: Object.keys(bundle),
    resources: { [locale]: bundle },
    interpolation: { escapeValue: false },
  });
  startTransition(() => {
    hydrateRoot(
      document,
      <I18nextProvider i18n={i18next}>
        <StrictMode>
          <RemixBrowser />
        </StrictMode>
      </I18nextProvider>,
    );
  });
}

hydrate();
