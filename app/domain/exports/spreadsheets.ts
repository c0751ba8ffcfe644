import { z } from "zod";
import type { CsvValue } from "~/domain/shared/csv";
import { minorDigits } from "~/domain/shared/money";
import { translated } from "~/domain/shared/translated-text";
import { mayAppear, type ShareConsent } from "~/domain/outcomes/consent";
import { dayIn } from "./open-data";

/**
 * The rows of the grants and check-ins spreadsheets staff download, headers in the reader's
 * language. Anything a group wrote leaves the app only within the consent it gave: a file is
 * something made to show others, so the words need consent for the funder's reports at least.
 */

export type Say = (key: string, values?: Record<string, unknown>) => string;

type Place = { scheme: unknown; round: unknown; pot: unknown; currency: string; timeZone: string };

export type GrantRowInput = Place & {
  reference: string;
  group: string;
  status: string;
  awardedMinor: number | null;
  paidMinor: number;
  startsOn: Date;
  endsOn: Date;
  acceptedAt: Date | null;
  checkIns: { dueOn: Date; submittedAt: Date | null }[];
};

export type CheckInRowInput = Place & {
  reference: string;
  group: string;
  position: number;
  kind: "CHECK_IN" | "CONVERSATION";
  dueOn: Date;
  submittedAt: Date | null;
  answerLanguage: string | null;
  storyConsent: ShareConsent | null;
  answers: unknown;
  groupAddition: string | null;
  themes: unknown[];
  lightNumbers: unknown;
};

const money = (minor: number | null, currency: string) => {
  if (minor === null) return null;
  const digits = minorDigits(currency);
  return (minor / 10 ** digits).toFixed(digits);
};

export type CheckInState = "done" | "late" | "due";

export function checkInState(checkIn: { dueOn: Date; submittedAt: Date | null }, now: Date) {
  if (checkIn.submittedAt) return "done";
  return checkIn.dueOn.getTime() < now.getTime() ? "late" : "due";
}

/** The first columns of both files: whose grant, and where it sits. */
function placeHeader(say: Say) {
  return ["reference", "group", "scheme", "round", "pot"].map((name) => say(`exports:csv.${name}`));
}

function placeCells(row: Place, locale: string): CsvValue[] {
  return [
    translated(row.scheme, locale).text,
    translated(row.round, locale).text,
    translated(row.pot, locale).text,
  ];
}

export function grantRows(rows: readonly GrantRowInput[], say: Say, locale: string, now: Date) {
  const header = [
    ...placeHeader(say),
    say("exports:csv.status"),
    say("exports:csv.currency"),
    say("exports:csv.awarded"),
    say("exports:csv.paid"),
    say("exports:csv.startsOn"),
    say("exports:csv.endsOn"),
    say("exports:csv.acceptedOn"),
    say("exports:csv.checkInsDone"),
    say("exports:csv.checkInsLate"),
  ];
  const body: CsvValue[][] = rows.map((row) => [
    row.reference,
    row.group,
    ...placeCells(row, locale),
    say(`exports:csv.grantStatus.${row.status}`),
    row.currency,
    money(row.awardedMinor, row.currency),
    money(row.paidMinor, row.currency),
    dayIn(row.startsOn, row.timeZone),
    dayIn(row.endsOn, row.timeZone),
    row.acceptedAt ? dayIn(row.acceptedAt, row.timeZone) : null,
    row.checkIns.filter((checkIn) => checkInState(checkIn, now) === "done").length,
    row.checkIns.filter((checkIn) => checkInState(checkIn, now) === "late").length,
  ]);
  return [header, ...body];
}

/** The story fields of a check-in, in the order the group answers them. */
export const storyFields = [
  "whatHappened",
  "change",
  "changeFor",
  "whyItMatters",
  "quote",
  "hard",
  "learned",
] as const;

type LightNumber = { id: string; label: unknown };

function readLightNumbers(value: unknown): LightNumber[] {
  if (!Array.isArray(value)) return [];
  return value
    .filter(
      (item): item is LightNumber =>
        !!item && typeof item === "object" && typeof (item as LightNumber).id === "string",
    )
    .slice(0, 2);
}

function numberAnswer(answers: Record<string, unknown>, id: string): number | null {
  const numbers = answers.numbers;
  if (!numbers || typeof numbers !== "object") return null;
  const value = (numbers as Record<string, unknown>)[id];
  return typeof value === "number" && Number.isFinite(value) ? value : null;
}

export function checkInRows(rows: readonly CheckInRowInput[], say: Say, locale: string, now: Date) {
  const header = [
    ...placeHeader(say),
    say("exports:csv.checkIn"),
    say("exports:csv.kind"),
    say("exports:csv.dueOn"),
    say("exports:csv.sentOn"),
    say("exports:csv.checkInStatus"),
    say("exports:csv.language"),
    say("exports:csv.consent"),
    ...storyFields.map((field) => say(`exports:csv.story.${field}`)),
    say("exports:csv.groupAddition"),
    say("exports:csv.themes"),
    say("exports:csv.lightNumber", { number: 1 }),
    say("exports:csv.lightNumberValue", { number: 1 }),
    say("exports:csv.lightNumber", { number: 2 }),
    say("exports:csv.lightNumberValue", { number: 2 }),
  ];
  const notShared = say("exports:csv.notShared");
  const body: CsvValue[][] = rows.map((row) => {
    const answers = (row.answers && typeof row.answers === "object" ? row.answers : {}) as Record<
      string,
      unknown
    >;
    // Read at the moment the file is made, so narrowed or withdrawn consent counts at once.
    const shared = mayAppear(row.storyConsent, "reports");
    const words = (value: unknown) =>
      typeof value === "string" && value.trim() ? (shared ? value : notShared) : null;
    const numbers = readLightNumbers(row.lightNumbers);
    const numberCells = [0, 1].flatMap((index) => {
      const light = numbers[index];
      if (!light) return [null, null];
      return [translated(light.label, locale).text, numberAnswer(answers, light.id)];
    });
    return [
      row.reference,
      row.group,
      ...placeCells(row, locale),
      row.position + 1,
      say(`exports:csv.kinds.${row.kind}`),
      dayIn(row.dueOn, row.timeZone),
      row.submittedAt ? dayIn(row.submittedAt, row.timeZone) : null,
      say(`exports:csv.checkInStates.${checkInState(row, now)}`),
      row.answerLanguage,
      say(`exports:csv.consents.${row.storyConsent ?? "NONE"}`),
      ...storyFields.map((field) => words(answers[field])),
      words(row.groupAddition),
      row.themes.map((name) => translated(name, locale).text).join("; "),
      ...numberCells,
    ];
  });
  return [header, ...body];
}

const optionalId = z
  .string()
  .trim()
  .max(100)
  .optional()
  .transform((value) => value || null)
  .catch(null);

/** ?scheme=…&round=… from the download form; anything unreadable means "no filter". */
export const exportFilterSchema = z
  .object({ scheme: optionalId, round: optionalId })
  .transform((filter) => ({ schemeId: filter.scheme, roundId: filter.round }));
