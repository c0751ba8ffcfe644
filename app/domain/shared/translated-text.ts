import { defaultLocale } from "./locales";

/**
 * Funders write texts in several languages, stored as {"en": "...", "ar": "..."}. A reader
 * gets her language if it exists, otherwise the source text; `locale` says which one she got
 * so the page can mark it with the right lang attribute.
 */
export function translated(value: unknown, locale: string): { text: string; locale: string } {
  const texts = (value && typeof value === "object" ? value : {}) as Record<string, unknown>;
  const own = texts[locale];
  if (typeof own === "string" && own.trim()) return { text: own, locale };
  const fallback = texts[defaultLocale];
  if (typeof fallback === "string") return { text: fallback, locale: defaultLocale };
  const [firstLocale, firstText] =
    Object.entries(texts).find(([, text]) => typeof text === "string") ?? [];
  return {
    text: typeof firstText === "string" ? firstText : "",
    locale: firstLocale ?? defaultLocale,
  };
}
