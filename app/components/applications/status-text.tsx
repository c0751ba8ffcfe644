import { useTranslation } from "react-i18next";
import { formatSchemeDate } from "~/domain/shared/dates";

export type StatusView = {
  key: string;
  date: string | null;
  withTime: boolean;
  tone: "todo" | "waiting" | "good" | "ended";
};

/** The status sentence from status-words.ts, its date in the scheme's time zone. */
export function StatusText({ status, timeZone }: { status: StatusView; timeZone: string }) {
  const { t, i18n } = useTranslation("applications");
  const date = status.date
    ? formatSchemeDate(status.date, i18n.language, timeZone, status.withTime)
    : "";
  return (
    <span className={`applying-status applying-status--${status.tone}`}>
      {t(status.key, { date })}
    </span>
  );
}
