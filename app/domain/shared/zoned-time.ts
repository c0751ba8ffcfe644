import { TZDate } from "@date-fns/tz";

/**
 * `<input type="datetime-local">` sends a wall-clock time with no zone ("2027-03-01T09:00").
 * Funders mean the time where the scheme runs, so these helpers read and write such values
 * in a named IANA time zone; everything stored is UTC.
 */

const localPattern = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?$/;

export function isTimeZone(name: string): boolean {
  if (!name) return false;
  try {
    new Intl.DateTimeFormat("en", { timeZone: name });
    return true;
  } catch {
    return false;
  }
}

export type ZonedReading =
  | { ok: true; date: Date }
  /** "invalid": not a date and time at all; "skipped": the clocks jump over it (spring forward). */
  | { ok: false; reason: "invalid" | "skipped" };

const pad = (value: number, length = 2) => String(value).padStart(length, "0");

export function zonedInputToUtc(value: string, timeZone: string): ZonedReading {
  const match = localPattern.exec(value.trim());
  if (!match || !isTimeZone(timeZone)) return { ok: false, reason: "invalid" };
  const [year, month, day, hour, minute, second] = match
    .slice(1, 7)
    .map((part) => Number(part ?? 0)) as [number, number, number, number, number, number];
  // Date.UTC silently rolls 31 April over to 1 May; a person who typed it meant something else.
  const calendar = new Date(Date.UTC(year, month - 1, day, hour, minute, second));
  if (
    calendar.getUTCFullYear() !== year ||
    calendar.getUTCMonth() !== month - 1 ||
    calendar.getUTCDate() !== day ||
    calendar.getUTCHours() !== hour ||
    calendar.getUTCMinutes() !== minute ||
    calendar.getUTCSeconds() !== second
  ) {
    return { ok: false, reason: "invalid" };
  }
  const zoned = new TZDate(year, month - 1, day, hour, minute, second, timeZone);
  const date = new Date(zoned.getTime());
  // A time inside a daylight-saving gap comes back moved forward; it never happens there.
  if (
    utcToZonedInput(date, timeZone) !==
    `${year}-${pad(month)}-${pad(day)}T${pad(hour)}:${pad(minute)}`
  ) {
    return { ok: false, reason: "skipped" };
  }
  return { ok: true, date };
}

/** The value for a datetime-local input showing this instant on the scheme's clocks. */
export function utcToZonedInput(date: Date, timeZone: string): string {
  const zoned = new TZDate(date.getTime(), timeZone);
  return `${pad(zoned.getFullYear(), 4)}-${pad(zoned.getMonth() + 1)}-${pad(zoned.getDate())}T${pad(zoned.getHours())}:${pad(zoned.getMinutes())}`;
}

/** "Ireland Time" / "توقيت أيرلندا": the zone's everyday name in the reader's language. */
export function timeZoneName(timeZone: string, locale: string, at: Date): string {
  try {
    const parts = new Intl.DateTimeFormat(locale, {
      timeZone,
      timeZoneName: "longGeneric",
    }).formatToParts(at);
    return parts.find((part) => part.type === "timeZoneName")?.value ?? timeZone;
  } catch {
    return timeZone;
  }
}
