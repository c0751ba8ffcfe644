import { isIneligibleReason, potsToTryNext } from "~/domain/eligibility/screening";
import { translated } from "~/domain/shared/translated-text";
import { openPotsOf } from "~/services/applications/apply-on-behalf.server";
import type { Db, Tx } from "~/services/platform/db.server";
import { organisationProfile, potRules } from "~/services/schemes/schemes.server";

type Texts = Record<string, string>;

export type NextSteps = {
  /** Pots of the funder's open rounds the group's profile does not rule out, on public schemes. */
  pots: { potId: string; schemeSlug: string; scheme: Texts; pot: Texts }[];
  /** How to get help from the scheme, per language; null when the scheme has not said. */
  help: Texts | null;
};

const texts = (value: unknown): Texts =>
  value && typeof value === "object" && !Array.isArray(value) ? (value as Texts) : {};

/** What a group turned away at screening can do next, in the funder's own words. */
export async function nextStepsFor(
  application: {
    potId: string;
    organisation: Parameters<typeof organisationProfile>[0];
    pot: { round: { scheme: { funderId: string; helpText: unknown } } };
  },
  now = new Date(),
  client?: Db | Tx,
): Promise<NextSteps> {
  const { scheme } = application.pot.round;
  const open = (await openPotsOf(scheme.funderId, now, client)).filter(
    (pot) => pot.round.scheme.published,
  );
  const candidates = open.map((pot) => ({ potId: pot.id, rules: potRules(pot), pot }));
  const next = potsToTryNext(
    candidates,
    organisationProfile(application.organisation),
    application.potId,
  );
  const help = texts(scheme.helpText);
  return {
    pots: next.map(({ pot }) => ({
      potId: pot.id,
      schemeSlug: pot.round.scheme.slug,
      scheme: texts(pot.round.scheme.title),
      pot: texts(pot.name),
    })),
    help: Object.values(help).some((text) => text.trim()) ? help : null,
  };
}

/**
 * Why an application was turned away at screening and what the group can do next, in the
 * reader's language, for the group's own page; null unless it was.
 */
export async function turnedAway(
  application: Parameters<typeof nextStepsFor>[0] & {
    status: string;
    ineligibleReason: string | null;
    ineligibleNote: string | null;
  },
  locale: string,
) {
  if (application.status !== "INELIGIBLE" || !isIneligibleReason(application.ineligibleReason))
    return null;
  const next = await nextStepsFor(application);
  return {
    reason: application.ineligibleReason,
    note: application.ineligibleNote,
    otherPots: next.pots.map((pot) => ({
      potId: pot.potId,
      href: `/schemes/${pot.schemeSlug}`,
      pot: translated(pot.pot, locale),
      scheme: translated(pot.scheme, locale),
    })),
    help: next.help ? translated(next.help, locale) : null,
  };
}
