import { localeNames, supportedLocales } from "~/domain/shared/locales";

/** The shipped languages as `<option>`s, each name written in its own language and script. */
export function LocaleOptions() {
  return (
    <>
      {supportedLocales.map((locale) => (
        <option key={locale} value={locale} lang={locale}>
          {localeNames[locale]}
        </option>
      ))}
    </>
  );
}
