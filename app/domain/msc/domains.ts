import { z } from "zod";
import { textFieldsShape, textsFrom, type Texts } from "~/domain/schemes/translated-fields";

/**
 * Domains of change for a round's Most Significant Change (Davies and Dart): staff name three
 * to five broad kinds of change the stories are read in, and every round also has "any other
 * change" for stories that fit none, which is not a row and cannot be removed.
 */

export const fewestDomains = 3;
export const mostDomains = 5;

/** The form field holding a domain's name, one per language ("name_ar"). */
export const domainNameField = "name";

export const domainNameSchema = z.object(
  textFieldsShape(domainNameField, {
    required: true,
    maxLength: 120,
    requiredKey: "msc:domains.errors.nameRequired",
  }),
);

/** The names a form gave, blank languages left out so readers fall back to English. */
export function domainNames(values: Record<string, unknown>): Texts {
  return textsFrom(values, domainNameField);
}

/** Why another domain cannot be added, or null when it can. */
export function addDomainRefusal(existing: number): "too-many" | null {
  return existing >= mostDomains ? "too-many" : null;
}

/**
 * Why Most Significant Change cannot be switched on yet, or null: a selection round needs its
 * three domains at least, so stories can be read side by side.
 */
export function switchOnRefusal(domains: number): "too-few-domains" | null {
  return domains < fewestDomains ? "too-few-domains" : null;
}

/**
 * Why a domain cannot be removed: stories told in it or a selection made in it would lose
 * the domain they were told and chosen in.
 */
export function removeDomainRefusal(use: { stories: number; selections: number }): "in-use" | null {
  return use.stories > 0 || use.selections > 0 ? "in-use" : null;
}
