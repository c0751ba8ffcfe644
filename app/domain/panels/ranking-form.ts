import type { FieldErrors } from "~/domain/shared/validation";

/**
 * A community reviewer's top picks, as the ranking page posts them: one choice per place
 * ("1st choice", "2nd choice"…), each an application she has submitted a review for. Places
 * left empty are skipped, so she may rank fewer than the places offered.
 */

export const MAX_PICKS = 5;

export const placeField = (place: number) => `place-${place}`;

const errorKey = (key: string) => `panels:ranking.errors.${key}`;

export type RankingCheck =
  | { ok: true; picks: string[] }
  | { ok: false; errors: FieldErrors; values: Record<string, string> };

/** How many places the page offers: five, or fewer when she has reviewed fewer. */
export function placesOffered(reviewed: number) {
  return Math.min(MAX_PICKS, reviewed);
}

export function checkRanking(
  posted: (place: number) => string,
  rankable: readonly string[],
): RankingCheck {
  const errors: FieldErrors = {};
  const values: Record<string, string> = {};
  const picks: string[] = [];
  const placeOf = new Map<string, number>();
  for (let place = 1; place <= placesOffered(rankable.length); place++) {
    const id = posted(place).trim();
    values[placeField(place)] = id;
    if (!id) continue;
    if (!rankable.includes(id))
      errors[placeField(place)] = { key: errorKey("notRankable"), values: { place } };
    else if (placeOf.has(id))
      errors[placeField(place)] = {
        key: errorKey("duplicate"),
        values: { place, first: placeOf.get(id) },
      };
    else {
      placeOf.set(id, place);
      picks.push(id);
    }
  }
  return Object.keys(errors).length > 0 ? { ok: false, errors, values } : { ok: true, picks };
}
