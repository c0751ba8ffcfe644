import { createCookie } from "@remix-run/node";
import { createInstance, type TFunction } from "i18next";
import { RemixI18Next } from "remix-i18next/server";
import { defaultLocale, isLocale, supportedLocales, type Locale } from "~/domain/locales";
import { defaultNamespace, namespaces, resources } from "~/locales/resources";

export const localeCookie = createCookie("lng", {
  path: "/",
  sameSite: "lax",
  httpOnly: true,
  maxAge: 60 * 60 * 24 * 365,
});

const i18nextOptions = {
  supportedLngs: [...supportedLocales],
  fallbackLng: defaultLocale,
  defaultNS: defaultNamespace,
  ns: namespaces,
  resources,
  interpolation: { escapeValue: false },
};

/**
 * The language of a request: ?lng= in a shared link, then the visitor's choice (cookie, which
 * is also set from her account when she signs in), then Accept-Language, then English.
 */
export const i18nServer = new RemixI18Next({
  detection: {
    supportedLanguages: [...supportedLocales],
    fallbackLanguage: defaultLocale,
    cookie: localeCookie,
    searchParamKey: "lng",
    order: ["searchParams", "cookie", "header"],
  },
  i18next: i18nextOptions,
});

export async function localeOf(request: Request): Promise<Locale> {
  const locale = await i18nServer.getLocale(request);
  return isLocale(locale) ? locale : defaultLocale;
}

/** One translation function for everything the server writes: pages, errors and emails. */
export async function translatorFor(locale: Locale): Promise<TFunction> {
  const instance = createInstance();
  await instance.init({ ...i18nextOptions, lng: locale });
  return instance.t;
}

export async function createI18nInstance(locale: Locale) {
  const instance = createInstance();
  await instance.init({ ...i18nextOptions, lng: locale });
  return instance;
}
