import { useTranslation } from "react-i18next";
import { formatSchemeDate } from "~/domain/shared/dates";

export function SchemeDate({
  iso,
  timeZone,
  withTime = false,
}: {
  iso: string;
  timeZone: string;
  withTime?: boolean;
}) {
  const { i18n } = useTranslation();
  return <time dateTime={iso}>{formatSchemeDate(iso, i18n.language, timeZone, withTime)}</time>;
}

/** "Open until 12 March 2027" or "Opens on 1 April 2027". */
export function RoundStatus({
  state,
  date,
  timeZone,
}: {
  state: "open" | "upcoming";
  date: string;
  timeZone: string;
}) {
  const { t, i18n } = useTranslation();
  const formatted = formatSchemeDate(date, i18n.language, timeZone, false);
  return (
    <>
      {t(state === "open" ? "public:round.openUntil" : "public:round.opensOn", { date: formatted })}
    </>
  );
}
