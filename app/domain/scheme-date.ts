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
