import { useTranslation } from "react-i18next";

/** A date and time in the reader's language and numbering, e.g. Arabic-Indic digits in Arabic. */
export function FormattedDateTime({ iso, timeZone }: { iso: string; timeZone?: string }) {
  const { i18n } = useTranslation();
  const formatted = new Intl.DateTimeFormat(i18n.language, {
    dateStyle: "medium",
    timeStyle: "short",
    timeZone: timeZone ?? "UTC",
  }).format(new Date(iso));
  return <time dateTime={iso}>{formatted}</time>;
}
