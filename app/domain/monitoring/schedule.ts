import type { FieldErrors } from "~/domain/shared/validation";
import { maxCheckIns } from "./check-in-plan";

/**
 * Staff change a grant's check-ins one at a time: add one on a date, move one not yet sent,
 * or remove one not yet sent. Dates are whole days (noon UTC, like the plan's), within the
 * grant's period give or take a few months for a late final report.
 */

const DAY = 24 * 60 * 60 * 1000;
const GRACE_DAYS = 180;

export type ScheduleChange =
  | { kind: "add"; dueOn: Date }
  | { kind: "move"; checkInId: string; dueOn: Date }
  | { kind: "remove"; checkInId: string };

export type ScheduleParse =
  | { ok: true; change: ScheduleChange }
  | { ok: false; errors: FieldErrors; values: Record<string, string> };

/** "2027-03-15" → that day at noon UTC; null for anything else. */
export function dayFromInput(value: string): Date | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value.trim());
  if (!match) return null;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]), 12));
  return date.toISOString().slice(0, 10) === value.trim() ? date : null;
}

export function dayInput(date: Date) {
  return date.toISOString().slice(0, 10);
}

export function parseScheduleChange(
  form: FormData,
  grant: { startsOn: Date; endsOn: Date; totalCount: number },
): ScheduleParse {
  const values: Record<string, string> = {};
  for (const [name, value] of form.entries()) if (typeof value === "string") values[name] = value;
  const intent = values.intent ?? "";
  const checkInId = values.checkInId ?? "";
  if (intent === "remove" && checkInId) return { ok: true, change: { kind: "remove", checkInId } };
  if (intent !== "add" && intent !== "move")
    return { ok: false, errors: { form: { key: "monitoring:schedule.errors.unknown" } }, values };
  const field = intent === "add" ? "newDueOn" : `dueOn.${checkInId}`;
  const dueOn = dayFromInput(values[field] ?? "");
  if (!dueOn)
    return { ok: false, errors: { [field]: { key: "monitoring:schedule.errors.date" } }, values };
  const earliest = grant.startsOn.getTime() - DAY;
  const latest = grant.endsOn.getTime() + GRACE_DAYS * DAY;
  if (dueOn.getTime() < earliest || dueOn.getTime() > latest)
    return {
      ok: false,
      errors: {
        [field]: {
          key: "monitoring:schedule.errors.outside",
          values: { from: dayInput(grant.startsOn), to: dayInput(new Date(latest)) },
        },
      },
      values,
    };
  if (intent === "add") {
    if (grant.totalCount >= maxCheckIns * 2)
      return {
        ok: false,
        errors: {
          newDueOn: { key: "monitoring:schedule.errors.tooMany", values: { max: maxCheckIns * 2 } },
        },
        values,
      };
    return { ok: true, change: { kind: "add", dueOn } };
  }
  if (!checkInId)
    return { ok: false, errors: { form: { key: "monitoring:schedule.errors.unknown" } }, values };
  return { ok: true, change: { kind: "move", checkInId, dueOn } };
}
