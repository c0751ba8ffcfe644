import { createCookie } from "@remix-run/node";
import type { i18n, TFunction } from "i18next";
import { RemixI18Next } from "remix-i18next/server";
import { defaultLocale, isLocale, supportedLocales, type Locale } from "~/domain/shared/locales";
import { createLanguageInstance } from "~/locales/language-instance";
import { resources } from "~/locales/resources";

export const localeCookie = createCookie("lng", {
  path: "/",
  sameSite: "lax",
  httpOnly: true,
  maxAge: 60 * 60 * 24 * 365,
});

/**
 * The language of a request: ?lng= in a shared link, then the visitor's choice (cookie, which
 * is also set from her account when she signs in), then Accept-Language, then English.
 */
const detector = new RemixI18Next({
  detection: {
    supportedLanguages: [...supportedLocales],
    fallbackLanguage: defaultLocale,
    cookie: localeCookie,
    searchParamKey: "lng",
    order: ["searchParams", "cookie", "header"],
  },
});

export async function localeOf(request: Request): Promise<Locale> {
  const locale = await detector.getLocale(request);
  return isLocale(locale) ? locale : defaultLocale;
}

// Instances never change language, so one per language serves every request.
const instances = new Map<Locale, i18n>();

/** The i18next instance of a language, with every catalog (pages and emails). */
export function languageInstance(locale: Locale): i18n {
  let instance = instances.get(locale);
  if (!instance) {
    instance = createLanguageInstance(locale, resources[locale]);
    instances.set(locale, instance);
  }
  return instance;
}

/** One translation function for everything the server writes: pages, errors and emails. */
export async function translatorFor(locale: Locale): Promise<TFunction> {
  return languageInstance(locale).t;
}
