import { useTranslation } from "react-i18next";
import { formatDate, formatDateTime } from "~/domain/shared/dates";

/** A day, e.g. "30 November 2026", on the clocks of `timeZone` (UTC when the record belongs to no scheme). */
export function FormattedDate({ iso, timeZone }: { iso: string; timeZone?: string }) {
  const { i18n } = useTranslation();
  return <time dateTime={iso}>{formatDate(iso, i18n.language, timeZone ?? "UTC")}</time>;
}

/**
 * A day and time with the place whose clocks it is read on, "30 November 2026 at 5pm, Dublin
 * time"; `place={false}` where the reader keeps those clocks anyway.
 */
export function FormattedDateTime({
  iso,
  timeZone,
  place = true,
}: {
  iso: string;
  timeZone?: string;
  place?: boolean;
}) {
  const { i18n } = useTranslation();
  return (
    <time dateTime={iso}>{formatDateTime(iso, i18n.language, timeZone ?? "UTC", { place })}</time>
  );
}
