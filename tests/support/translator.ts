import { createInstance, type i18n } from "i18next";
import type { Locale } from "~/domain/shared/locales";
import { i18nOptions } from "~/locales/i18n-options";
import { resources } from "~/locales/resources";

/** A language's i18next instance set up with the options the app shares on server and browser. */
export function sharedOptionsInstance(locale: Locale): i18n {
  const instance = createInstance();
  void instance.init({
    ...i18nOptions,
    lng: locale,
    fallbackLng: false,
    defaultNS: "common",
    resources: { [locale]: resources[locale] },
    initImmediate: false,
  });
  return instance;
}
