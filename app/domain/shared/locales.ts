export const supportedLocales = ["en", "ar", "uk", "fa", "es", "fr"] as const;
export type Locale = (typeof supportedLocales)[number];
export const defaultLocale: Locale = "en";

const rightToLeft: ReadonlySet<Locale> = new Set(["ar", "fa"]);

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (supportedLocales as readonly string[]).includes(value);
}

export function textDirection(locale: Locale): "rtl" | "ltr" {
  return rightToLeft.has(locale) ? "rtl" : "ltr";
}

/** Each language's name written in that language, so a reader can always find her own. */
export const localeNames: Record<Locale, string> = {
  en: "English",
  ar: "العربية",
  uk: "Українська",
  fa: "فارسی",
  es: "Español",
  fr: "Français",
};

/**
 * A language's name in the reader's language, to name it inside a sentence: «الإنجليزية» in
 * Arabic, "anglais" in French. (localeNames is for choosing a language, not for sentences.)
 * Falls back to the code when the runtime knows no name for it.
 */
export function languageNameIn(code: string, readerLocale: string): string {
  const key = `${readerLocale}|${code}`;
  let name = languageNames.get(key);
  if (name === undefined) {
    try {
      name = new Intl.DisplayNames([readerLocale], { type: "language" }).of(code) ?? code;
    } catch {
      name = code;
    }
    // Building the formatter costs far more than the lookup; a story wall names the language
    // of each of its stories. Codes come from stored answers, so the map is bounded.
    if (languageNames.size >= 1000) languageNames.clear();
    languageNames.set(key, name);
  }
  return name;
}

const languageNames = new Map<string, string>();

/** "5 minutes", "٥ دقائق", "5 хвилин": the unit and its plural form come from the locale. */
export function formatMinutes(minutes: number, locale: string): string {
  return new Intl.NumberFormat(locale, {
    style: "unit",
    unit: "minute",
    unitDisplay: "long",
  }).format(minutes);
}
