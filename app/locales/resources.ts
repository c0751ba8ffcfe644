import { supportedLocales, type Locale } from "~/domain/shared/locales";

type Catalog = Record<string, unknown>;

/**
 * Every catalog, for the server: app/locales/<locale>/<namespace>.json. The browser loads only
 * its own language and the namespaces its page declares (entry.client).
 */
const files = import.meta.glob<Catalog>("./*/*.json", { eager: true, import: "default" });

export const resources: Record<Locale, Record<string, Catalog>> = Object.fromEntries(
  supportedLocales.map((locale) => [locale, {} as Record<string, Catalog>]),
) as Record<Locale, Record<string, Catalog>>;

for (const [path, catalog] of Object.entries(files)) {
  const [, locale, namespace] = /^\.\/([^/]+)\/([^/]+)\.json$/.exec(path) ?? [];
  if (locale && namespace && locale in resources) resources[locale as Locale][namespace] = catalog;
}

export { defaultNamespace, namespaces } from "./namespaces";
