import type { LoaderFunctionArgs } from "@remix-run/node";
import { readOutcomeFilters } from "~/domain/outcomes/outcome-filters";
import type { FieldErrors } from "~/domain/shared/validation";
import { requireFunder } from "~/services/schemes/scheme-access.server";
import { outcomeFingerprint } from "./outcome-fingerprint.server";
import { keptOutcomeChoices } from "./outcome-kept.server";
import { inScope } from "./outcome-views.server";

/**
 * What every outcome page starts with: the funder's staff only (any role reads), the filters
 * from the address, and the schemes, rounds and pots to choose from. A scheme, round or pot id
 * that is not this funder's matches nothing, so it shows an empty view, never another funder's.
 * The fingerprint of the funder's outcome records is read here, once and before anything is
 * counted, for the kept counts (outcome-kept) to be checked against.
 */
export async function outcomePageStart(
  request: Request,
  params: LoaderFunctionArgs["params"],
  now: Date,
) {
  const { funder, locale } = await requireFunder(request, params, "view");
  const records = { funderId: funder.id, fingerprint: await outcomeFingerprint(funder.id) };
  const read = readOutcomeFilters(new URL(request.url).searchParams, now);
  const choices = await keptOutcomeChoices(records, locale);
  const errors: FieldErrors = Object.fromEntries(
    Object.entries(read.errors).map(([field, key]) => [field, { key }]),
  );
  const scope = inScope(choices, read.filters);
  const filterChoices = {
    schemes: choices.map((scheme) => ({ id: scheme.id, ...scheme.title })),
    rounds: choices.flatMap((scheme) =>
      scheme.rounds.map((round) => ({ id: round.id, ...round.name, scheme: scheme.title.text })),
    ),
    pots: choices.flatMap((scheme) =>
      scheme.rounds.flatMap((round) =>
        round.pots.map((pot) => ({ id: pot.id, ...pot.name, round: round.name.text })),
      ),
    ),
  };
  const schemes = choices
    .filter((scheme) => !read.filters.schemeId || scheme.id === read.filters.schemeId)
    .map(({ id, currency }) => ({ id, currency }));
  return { funder, locale, records, ...read, errors, scope, schemes, filterChoices };
}
