import { useTranslation } from "react-i18next";

/**
 * Dates of a round as the funder set them: in the scheme's time zone, whatever the reader's
 * own, in her language. With the time, the zone is named, so "17:00" is never ambiguous.
 */
export function formatSchemeDate(iso: string, locale: string, timeZone: string, withTime: boolean) {
  const options: Intl.DateTimeFormatOptions = withTime
    ? { day: "numeric", month: "long", year: "numeric", hour: "numeric", minute: "2-digit", timeZone, timeZoneName: "short" }
    : { day: "numeric", month: "long", year: "numeric", timeZone };
  return new Intl.DateTimeFormat(locale, options).format(new Date(iso));
}

export function SchemeDate({ iso, timeZone, withTime = false }: { iso: string; timeZone: string; withTime?: boolean }) {
  const { i18n } = useTranslation();
  return <time dateTime={iso}>{formatSchemeDate(iso, i18n.language, timeZone, withTime)}</time>;
}

/** "Open until 12 March 2027" or "Opens on 1 April 2027". */
export function RoundStatus({ state, date, timeZone }: { state: "open" | "upcoming"; date: string; timeZone: string }) {
  const { t, i18n } = useTranslation();
  const formatted = formatSchemeDate(date, i18n.language, timeZone, false);
  return <>{t(state === "open" ? "public:round.openUntil" : "public:round.opensOn", { date: formatted })}</>;
}
