import type { InitOptions } from "i18next";
import { formatNumber } from "~/domain/shared/dates";
import { defaultLocale, isLocale, textDirection } from "~/domain/shared/locales";
import { isolateIn } from "~/domain/shared/bidi";

/**
 * What every {{value}} becomes in a translated sentence, on the server (pages, emails) and in
 * the browser alike: a number is written in the language's digits ("۵" in Persian), and a
 * value that could be reordered by the sentence around it is bidi-isolated ("2027 review
 * panel" stays in that order inside Persian). Plurals are chosen from `count` itself, never
 * from the written number.
 */
export function interpolatedValue(value: unknown, language: string | undefined): unknown {
  const locale = isLocale(language) ? language : defaultLocale;
  if (typeof value === "number")
    return isolateIn(formatNumber(value, locale), textDirection(locale));
  if (typeof value === "string") return isolateIn(value, textDirection(locale));
  return value;
}

/**
 * The i18next options every language instance shares, server and browser. The format function
 * replaces i18next's own formatters; "{{count, number}}" reads the same as "{{count}}", since
 * every value is formatted.
 */
export const i18nOptions = {
  interpolation: {
    // React escapes what it renders, and emails escape their HTML themselves.
    escapeValue: false,
    alwaysFormat: true,
    format: (value: unknown, _format: string | undefined, language: string | undefined) =>
      interpolatedValue(value, language) as string,
  },
} satisfies InitOptions;
