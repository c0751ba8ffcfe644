import { isLocale, type Locale } from "./locales";

/**
 * Every date and time Withfund shows, in pages and emails, is written here: one style per
 * language, times the way people say them ("5pm", "17:00", "17 h"), and the place named where
 * the reader may be elsewhere ("5pm, Dublin time"). Dates are stored in UTC and shown on the
 * clocks of a named IANA time zone. Choices and their reasons: docs/decisions/0010-dates-digits-and-isolation.md.
 */

/**
 * The Intl locale behind each language. Calendar and digits are set on purpose, not left to
 * the ICU version of the server or the reader's browser, which disagree for Arabic: Persian
 * dates are Gregorian (deadlines are set in it) in Persian digits; Arabic uses Latin digits,
 * like its catalogs, the amounts funders type and the references read over the phone; English
 * is British.
 */
const intlLocales: Record<Locale, string> = {
  en: "en-GB",
  ar: "ar-u-ca-gregory-nu-latn",
  fa: "fa-u-ca-gregory-nu-arabext",
  uk: "uk-u-ca-gregory-nu-latn",
  es: "es-u-ca-gregory-nu-latn",
  fr: "fr-u-ca-gregory-nu-latn",
};

export function intlLocale(locale: string): string {
  return isLocale(locale) ? intlLocales[locale] : locale;
}

// Building an Intl formatter costs far more than using one, and a page formats many dates.
const dateFormats = new Map<string, Intl.DateTimeFormat>();
const numberFormats = new Map<string, Intl.NumberFormat>();
const relativeFormats = new Map<string, Intl.RelativeTimeFormat>();

function dateFormat(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const tag = intlLocale(locale);
  const key = `${tag}|${JSON.stringify(options)}`;
  let format = dateFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(tag, options);
    dateFormats.set(key, format);
  }
  return format;
}

/** A plain number in the language's digits: "۲" in Persian. Years and other 4-digit numbers stay ungrouped. */
export function formatNumber(value: number, locale: string): string {
  // 2027 is never written "2,027", while 12,500 is grouped (CLDR's "min2" rule, for every runtime).
  const grouped = Math.abs(value) >= 10_000;
  const tag = intlLocale(locale);
  const key = `${tag}|${grouped}`;
  let format = numberFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(tag, { useGrouping: grouped });
    numberFormats.set(key, format);
  }
  return format.format(value);
}

type When = Date | string;
const instant = (at: When) => (typeof at === "string" ? new Date(at) : at);

/** "Jan 2026": a month of the calendar, named in the reader's language. */
export function formatMonthOfYear(at: When, locale: string): string {
  return dateFormat(locale, { month: "short", year: "numeric", timeZone: "UTC" }).format(
    instant(at),
  );
}

/** "30 November 2026", "30 نوفمبر 2026", "۳۰ نوامبر ۲۰۲۶", "30 de noviembre de 2026". */
export function formatDate(at: When, locale: string, timeZone: string): string {
  return dateFormat(locale, { day: "numeric", month: "long", year: "numeric", timeZone }).format(
    instant(at),
  );
}

/**
 * The time alone, as people say it: "5pm" and "5:30pm" in English, "5 م" in Arabic, "۱۷:۰۰" in
 * Persian, "17 h 30" in French, "17:00" in Ukrainian and Spanish. Without a time zone, the
 * reader's own clock (only for what happened on her device, such as an autosave).
 */
export function formatTime(at: When, locale: string, timeZone?: string): string {
  const date = instant(at);
  const zone = timeZone ? { timeZone } : {};
  const clock = dateFormat(locale, {
    hour: "numeric",
    minute: "2-digit",
    hourCycle: "h23",
    ...zone,
  }).formatToParts(date);
  const hour = Number(clock.find((part) => part.type === "hour")?.value ?? "0");
  const minute = Number(clock.find((part) => part.type === "minute")?.value ?? "0");
  const language = isLocale(locale) ? locale : "en";
  switch (language) {
    case "en":
      return `${hour % 12 === 0 ? 12 : hour % 12}${minute ? `:${String(minute).padStart(2, "0")}` : ""}${hour < 12 ? "am" : "pm"}`;
    case "ar":
      return dateFormat(locale, {
        hour: "numeric",
        ...(minute ? { minute: "2-digit" } : {}),
        hour12: true,
        ...zone,
      }).format(date);
    case "fr":
      return minute ? `${hour} h ${String(minute).padStart(2, "0")}` : `${hour} h`;
    default:
      return dateFormat(locale, {
        hour: "numeric",
        minute: "2-digit",
        hourCycle: "h23",
        ...zone,
      }).format(date);
  }
}

type PlaceWords = {
  /** "Dublin time", for a zone's place phrase when the table has no entry for it. */
  cityTime: (city: string) => string;
  /** The time with its place phrase. */
  timeIn: (time: string, place: string) => string;
  /** The phrase for UTC, which is no place. */
  utc: string;
  /** The date, then the time. */
  dateAt: (date: string, time: string) => string;
};

/**
 * How each language names the time of a place. Intl has month names and digits for every
 * language but no city names (its zone names are countries, "Ireland Time", or offsets,
 * "GMT+0"), so the places funders are likely to choose are written here, as phrases, because
 * grammar differs: Ukrainian puts the city in the genitive, French says "heure du Caire".
 */
const placeWords: Record<Locale, PlaceWords> = {
  en: {
    cityTime: (city) => `${city} time`,
    timeIn: (time, place) => `${time}, ${place}`,
    utc: "UTC",
    dateAt: (date, time) => `${date} at ${time}`,
  },
  ar: {
    cityTime: (city) => `بتوقيت ${city}`,
    timeIn: (time, place) => `${time} ${place}`,
    utc: "بالتوقيت العالمي (UTC)",
    dateAt: (date, time) => `${date}، الساعة ${time}`,
  },
  fa: {
    cityTime: (city) => `به وقت ${city}`,
    timeIn: (time, place) => `${time} ${place}`,
    utc: "به وقت جهانی (UTC)",
    dateAt: (date, time) => `${date}، ساعت ${time}`,
  },
  uk: {
    cityTime: (city) => `за часом ${city}`,
    timeIn: (time, place) => `${time} ${place}`,
    utc: "за всесвітнім часом (UTC)",
    dateAt: (date, time) => `${date} о ${time}`,
  },
  es: {
    cityTime: (city) => `hora de ${city}`,
    timeIn: (time, place) => `${time} (${place})`,
    utc: "hora UTC",
    dateAt: (date, time) => `${date}, a las ${time}`,
  },
  fr: {
    // "de Le Caire" contracts to "du Caire".
    cityTime: (city) => `heure ${city.startsWith("Le ") ? `du ${city.slice(3)}` : `de ${city}`}`,
    timeIn: (time, place) => `${time} (${place})`,
    utc: "heure UTC",
    dateAt: (date, time) => `${date} à ${time}`,
  },
};

type Places = Record<Locale, string>;
const city = (en: string, ar: string, fa: string, uk: string, es: string, fr: string): Places => ({
  en,
  ar,
  fa,
  uk,
  es,
  fr,
});

/**
 * The city of the zones funders choose, in each language (Ukrainian in the genitive, French
 * with its article where it has one). Any other zone is named after the city in its IANA name.
 */
const zoneCities: Record<string, Places> = {
  "Europe/Dublin": city("Dublin", "دبلن", "دوبلین", "Дубліна", "Dublín", "Dublin"),
  "Europe/London": city("London", "لندن", "لندن", "Лондона", "Londres", "Londres"),
  "Europe/Lisbon": city("Lisbon", "لشبونة", "لیسبون", "Лісабона", "Lisboa", "Lisbonne"),
  "Europe/Madrid": city("Madrid", "مدريد", "مادرید", "Мадрида", "Madrid", "Madrid"),
  "Europe/Paris": city("Paris", "باريس", "پاریس", "Парижа", "París", "Paris"),
  "Europe/Brussels": city("Brussels", "بروكسل", "بروکسل", "Брюсселя", "Bruselas", "Bruxelles"),
  "Europe/Amsterdam": city(
    "Amsterdam",
    "أمستردام",
    "آمستردام",
    "Амстердама",
    "Ámsterdam",
    "Amsterdam",
  ),
  "Europe/Luxembourg": city(
    "Luxembourg",
    "لوكسمبورغ",
    "لوکزامبورگ",
    "Люксембурга",
    "Luxemburgo",
    "Luxembourg",
  ),
  "Europe/Berlin": city("Berlin", "برلين", "برلین", "Берліна", "Berlín", "Berlin"),
  "Europe/Vienna": city("Vienna", "فيينا", "وین", "Відня", "Viena", "Vienne"),
  "Europe/Zurich": city("Zurich", "زيورخ", "زوریخ", "Цюриха", "Zúrich", "Zurich"),
  "Europe/Rome": city("Rome", "روما", "رم", "Рима", "Roma", "Rome"),
  "Europe/Malta": city("Valletta", "فاليتا", "والتا", "Валлетти", "La Valeta", "La Valette"),
  "Europe/Copenhagen": city(
    "Copenhagen",
    "كوبنهاغن",
    "کپنهاگ",
    "Копенгагена",
    "Copenhague",
    "Copenhague",
  ),
  "Europe/Oslo": city("Oslo", "أوسلو", "اسلو", "Осло", "Oslo", "Oslo"),
  "Europe/Stockholm": city(
    "Stockholm",
    "ستوكهولم",
    "استکهلم",
    "Стокгольма",
    "Estocolmo",
    "Stockholm",
  ),
  "Europe/Helsinki": city("Helsinki", "هلسنكي", "هلسینکی", "Гельсінкі", "Helsinki", "Helsinki"),
  "Europe/Warsaw": city("Warsaw", "وارسو", "ورشو", "Варшави", "Varsovia", "Varsovie"),
  "Europe/Prague": city("Prague", "براغ", "پراگ", "Праги", "Praga", "Prague"),
  "Europe/Budapest": city("Budapest", "بودابست", "بوداپست", "Будапешта", "Budapest", "Budapest"),
  "Europe/Zagreb": city("Zagreb", "زغرب", "زاگرب", "Загреба", "Zagreb", "Zagreb"),
  "Europe/Belgrade": city("Belgrade", "بلغراد", "بلگراد", "Белграда", "Belgrado", "Belgrade"),
  "Europe/Bucharest": city("Bucharest", "بوخارست", "بخارست", "Бухареста", "Bucarest", "Bucarest"),
  "Europe/Sofia": city("Sofia", "صوفيا", "صوفیه", "Софії", "Sofía", "Sofia"),
  "Europe/Athens": city("Athens", "أثينا", "آتن", "Афін", "Atenas", "Athènes"),
  "Europe/Istanbul": city("Istanbul", "إسطنبول", "استانبول", "Стамбула", "Estambul", "Istanbul"),
  "Europe/Kyiv": city("Kyiv", "كييف", "کی‌یف", "Києва", "Kiev", "Kyiv"),
  "Europe/Kiev": city("Kyiv", "كييف", "کی‌یف", "Києва", "Kiev", "Kyiv"),
  "Africa/Casablanca": city(
    "Casablanca",
    "الدار البيضاء",
    "کازابلانکا",
    "Касабланки",
    "Casablanca",
    "Casablanca",
  ),
  "Africa/Tunis": city("Tunis", "تونس", "تونس", "Туніса", "Túnez", "Tunis"),
  "Africa/Cairo": city("Cairo", "القاهرة", "قاهره", "Каїра", "El Cairo", "Le Caire"),
  "Asia/Amman": city("Amman", "عمّان", "امان", "Аммана", "Amán", "Amman"),
  "America/Toronto": city("Toronto", "تورنتو", "تورنتو", "Торонто", "Toronto", "Toronto"),
  "America/New_York": city("New York", "نيويورك", "نیویورک", "Нью-Йорка", "Nueva York", "New York"),
  "Australia/Sydney": city("Sydney", "سيدني", "سیدنی", "Сіднея", "Sídney", "Sydney"),
};

/** "Dublin time", "بتوقيت دبلن", "за часом Дубліна", "heure du Caire": where a time is read. */
export function placeOfTime(timeZone: string, locale: string): string {
  const language = isLocale(locale) ? locale : "en";
  const words = placeWords[language];
  if (timeZone === "UTC" || timeZone === "Etc/UTC") return words.utc;
  const known = zoneCities[timeZone]?.[language];
  // "America/Argentina/Buenos_Aires" is read "Buenos Aires"; the last part of an IANA name is its city.
  const name = known ?? timeZone.split("/").pop()!.replace(/_/g, " ");
  return words.cityTime(name);
}

/** "5pm, Dublin time", "5 م بتوقيت دبلن", "17 h (heure de Dublin)". */
export function formatTimeIn(at: When, locale: string, timeZone: string): string {
  const language = isLocale(locale) ? locale : "en";
  return placeWords[language].timeIn(
    formatTime(at, locale, timeZone),
    placeOfTime(timeZone, locale),
  );
}

/**
 * "30 November 2026 at 5pm, Dublin time". The place is named unless the caller knows the
 * reader keeps the same clocks (`place: false`), because a deadline read in Kyiv or Tunis is
 * otherwise an hour out.
 */
export function formatDateTime(
  at: When,
  locale: string,
  timeZone: string,
  { place = true }: { place?: boolean } = {},
): string {
  const language = isLocale(locale) ? locale : "en";
  const time = place ? formatTimeIn(at, locale, timeZone) : formatTime(at, locale, timeZone);
  return placeWords[language].dateAt(formatDate(at, locale, timeZone), time);
}

/** The dates of a round as the funder set them, on the scheme's clocks; with the time, the place is named. */
export function formatSchemeDate(
  iso: string,
  locale: string,
  timeZone: string,
  withTime: boolean,
): string {
  return withTime ? formatDateTime(iso, locale, timeZone) : formatDate(iso, locale, timeZone);
}

const DAY_MS = 24 * 60 * 60 * 1000;

/** Calendar days between two instants on the clocks of `timeZone`: 23:00 to 01:00 the next day is 1. */
function calendarDays(from: Date, to: Date, timeZone: string): number {
  const day = (at: Date) => {
    const parts = dateFormat("en", {
      year: "numeric",
      month: "numeric",
      day: "numeric",
      timeZone,
    }).formatToParts(at);
    const value = (type: string) => Number(parts.find((part) => part.type === type)?.value);
    return Date.UTC(value("year"), value("month") - 1, value("day"));
  };
  return Math.round((day(to) - day(from)) / DAY_MS);
}

/** "today", "tomorrow", "in 3 days", "yesterday": how far a date is, in calendar days on the scheme's clocks. */
export function formatDaysFrom(now: When, at: When, locale: string, timeZone: string): string {
  const tag = intlLocale(locale);
  let format = relativeFormats.get(tag);
  if (!format) {
    format = new Intl.RelativeTimeFormat(tag, { numeric: "auto" });
    relativeFormats.set(tag, format);
  }
  return format.format(calendarDays(instant(now), instant(at), timeZone), "day");
}
