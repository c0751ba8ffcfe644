import type { Locale } from "~/domain/shared/locales";
import type { Catalog } from "./language-instance";

/**
 * Every catalog the browser may need, fetched a whole language at a time (vite.config.ts puts a
 * language's catalogs in one chunk). Email texts are written on the server only and are left out.
 * Loading whole languages is what makes every page correct however it is reached: there is no
 * list of which page needs which catalog to get wrong (docs/decisions/0008-catalogs-by-language.md).
 */
const files = import.meta.glob<Catalog>(["./*/*.json", "!./*/emails.json"], { import: "default" });

export async function loadBrowserCatalogs(locale: Locale): Promise<Record<string, Catalog>> {
  const prefix = `./${locale}/`;
  const entries = Object.entries(files).filter(([path]) => path.startsWith(prefix));
  const loaded = await Promise.all(
    entries.map(
      async ([path, load]) => [path.slice(prefix.length, -".json".length), await load()] as const,
    ),
  );
  return Object.fromEntries(loaded);
}
