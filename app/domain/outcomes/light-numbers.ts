import { translated } from "~/domain/shared/translated-text";

/**
 * The light numbers a round asks about in check-ins (at most two, e.g. women taking part,
 * sessions held), and their totals across the check-ins sent. Round.lightNumbers is
 * [{ id, label: { locale: text } }]; anything else in it is ignored. The database adds them up
 * (only whole numbers from 0 up count), see services/outcomes/light-number-sums.
 */

export type LightNumber = { id: string; label: Record<string, string> };

const idPattern = /^[A-Za-z0-9_-]{1,40}$/;

export function readLightNumbers(value: unknown): LightNumber[] {
  if (!Array.isArray(value)) return [];
  return value
    .filter(
      (entry): entry is LightNumber =>
        !!entry &&
        typeof entry === "object" &&
        typeof (entry as LightNumber).id === "string" &&
        idPattern.test((entry as LightNumber).id) &&
        !!(entry as LightNumber).label &&
        typeof (entry as LightNumber).label === "object",
    )
    .slice(0, 2);
}

export type RoundTotals = {
  roundId: string;
  roundName: { text: string; locale: string };
  numbers: {
    id: string;
    label: { text: string; locale: string };
    total: number;
    checkIns: number;
  }[];
};

/**
 * Per round, each of its light numbers with its label in the reader's language and the sum the
 * database added up (`sums` keyed "roundId:numberId"). A round without light numbers is left out.
 */
export function roundTotals(
  rounds: readonly { id: string; name: { text: string; locale: string }; lightNumbers: unknown }[],
  sums: ReadonlyMap<string, { total: number; checkIns: number }>,
  locale: string,
): RoundTotals[] {
  return rounds.flatMap((round) => {
    const numbers = readLightNumbers(round.lightNumbers);
    if (numbers.length === 0) return [];
    return [
      {
        roundId: round.id,
        roundName: round.name,
        numbers: numbers.map((number) => {
          const sum = sums.get(`${round.id}:${number.id}`);
          return {
            id: number.id,
            label: translated(number.label, locale),
            total: sum?.total ?? 0,
            checkIns: sum?.checkIns ?? 0,
          };
        }),
      },
    ];
  });
}
