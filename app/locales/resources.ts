import ar from "./ar/common.json";
import en from "./en/common.json";
import es from "./es/common.json";
import fa from "./fa/common.json";
import fr from "./fr/common.json";
import uk from "./uk/common.json";
import type { Locale } from "~/domain/locales";

/** Every catalog, for the server. The browser loads only the one it needs (entry.client). */
export const resources: Record<Locale, { common: typeof en }> = {
  en: { common: en },
  ar: { common: ar as typeof en },
  uk: { common: uk as typeof en },
  fa: { common: fa as typeof en },
  es: { common: es as typeof en },
  fr: { common: fr as typeof en },
};

export const defaultNamespace = "common";
