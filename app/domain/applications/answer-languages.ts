/**
 * "Which language are most of your answers written in?" Answers may be written in any
 * language; knowing which one lets the funder arrange a translator or a panel member who reads
 * it. Language names come from Intl.DisplayNames in the reader's own language, so the list
 * needs no translation catalogue and reads naturally in all of them.
 */

/** Languages migrant groups most often write in here, then "other". */
export const answerLanguageCodes = [
  "en",
  "ar",
  "uk",
  "fa",
  "es",
  "fr",
  "ps",
  "ku",
  "ti",
  "so",
  "am",
  "ur",
  "tr",
  "ru",
  "pl",
  "ro",
  "pt",
  "sq",
  "zh",
  "sw",
] as const;

export const OTHER_LANGUAGE = "other";

export function isAnswerLanguage(value: string): boolean {
  return value === OTHER_LANGUAGE || (answerLanguageCodes as readonly string[]).includes(value);
}

/** Each language's name in the reader's language, sorted the way her language sorts. */
export function answerLanguageOptions(locale: string): { code: string; name: string }[] {
  const names = displayNames(locale);
  const options = answerLanguageCodes.map((code) => ({ code, name: names?.of(code) ?? code }));
  return options.sort((a, b) => a.name.localeCompare(b.name, locale));
}

/** The answers' language named in the reader's ("Arabic", "арабська"); null when not known. */
export function answerLanguageName(code: string | null, locale: string): string | null {
  if (!code || code === OTHER_LANGUAGE) return null;
  try {
    return displayNames(locale)?.of(code) ?? null;
  } catch {
    return null;
  }
}

function displayNames(locale: string) {
  try {
    return new Intl.DisplayNames([locale], { type: "language" });
  } catch {
    return null;
  }
}

/** Languages on the list written right to left. */
const rightToLeft: ReadonlySet<string> = new Set(["ar", "fa", "ps", "ur"]);

/**
 * The lang and dir a page gives answers written in the application's language, so a screen
 * reader pronounces them right and Arabic reads right to left inside an English page. An
 * unknown or "other" language, or one written in more than one script (Kurdish), leaves the
 * direction to the browser.
 */
export function answerTextAttributes(language: string | null): {
  lang?: string;
  dir: "ltr" | "rtl" | "auto";
} {
  if (!language || language === OTHER_LANGUAGE || !isAnswerLanguage(language))
    return { dir: "auto" };
  if (language === "ku") return { lang: language, dir: "auto" };
  return { lang: language, dir: rightToLeft.has(language) ? "rtl" : "ltr" };
}
