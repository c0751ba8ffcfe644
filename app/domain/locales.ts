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

/** "5 minutes", "٥ دقائق", "5 хвилин": the unit and its plural form come from the locale. */
export function formatMinutes(minutes: number, locale: string): string {
  return new Intl.NumberFormat(locale, { style: "unit", unit: "minute", unitDisplay: "long" }).format(minutes);
}
