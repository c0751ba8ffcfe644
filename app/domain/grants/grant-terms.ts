import { addDays, addMonths } from "date-fns";

/**
 * What a grant starts with when an award is confirmed (decision 0045): it runs twelve months
 * from the day of the decision, the whole amount is one tranche due two weeks on, and staff
 * adjust both afterwards. Dates are whole days, kept at noon UTC so no time zone moves them.
 */
export const grantLengthMonths = 12;
export const firstTrancheAfterDays = 14;

/** The day of a moment, at noon UTC. */
export function dayOf(at: Date): Date {
  const day = new Date(at.getTime());
  day.setUTCHours(12, 0, 0, 0);
  return day;
}

/** A date typed in a date field ("2026-12-07"), or null when it is not a real day. */
export function readDay(value: string | undefined | null): Date | null {
  const text = (value ?? "").trim();
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return null;
  const day = new Date(`${text}T12:00:00Z`);
  return Number.isNaN(day.getTime()) || day.toISOString().slice(0, 10) !== text ? null : day;
}

/** A day as a date field shows it. */
export function dayInput(day: Date | string): string {
  return new Date(day).toISOString().slice(0, 10);
}

export type GrantTerms = {
  startsOn: Date;
  endsOn: Date;
  tranches: { position: number; amountMinor: number; dueOn: Date }[];
};

export function grantTerms(confirmedAt: Date, awardedMinor: number): GrantTerms {
  const startsOn = dayOf(confirmedAt);
  return {
    startsOn,
    endsOn: addMonths(startsOn, grantLengthMonths),
    tranches: [
      { position: 0, amountMinor: awardedMinor, dueOn: addDays(startsOn, firstTrancheAfterDays) },
    ],
  };
}
