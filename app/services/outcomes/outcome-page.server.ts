import type { LoaderFunctionArgs } from "@remix-run/node";
import { readOutcomeFilters } from "~/domain/outcomes/outcome-filters";
import type { FieldErrors } from "~/domain/shared/validation";
import { requireFunder } from "~/services/schemes/scheme-access.server";
import { inScope, outcomeChoices } from "./outcome-views.server";

/**
 * What every outcome page starts with: the funder's staff only (any role reads), the filters
 * from the address, and the schemes, rounds and pots to choose from. A scheme, round or pot id
 * that is not this funder's matches nothing, so it shows an empty view, never another funder's.
 */
export async function outcomePageStart(
  request: Request,
  params: LoaderFunctionArgs["params"],
  now: Date,
) {
  const { funder, locale } = await requireFunder(request, params, "view");
  const read = readOutcomeFilters(new URL(request.url).searchParams, now);
  const choices = await outcomeChoices(funder.id, locale);
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
  return { funder, locale, ...read, errors, scope, schemes, filterChoices };
}
