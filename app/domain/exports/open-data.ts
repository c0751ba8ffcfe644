import { minorDigits } from "~/domain/shared/money";
import { translated } from "~/domain/shared/translated-text";
import {
  grantIdentifier,
  missingIdentifiers,
  recipientOrgId,
  type FunderIdentifiers,
} from "./identifiers";

/**
 * A scheme's awarded grants as a 360Giving Data Standard package. Only what a funder publishes
 * about a grant goes in: who funded whom, how much, when, and from which scheme and pot. No
 * person's name, no contact details, no story, no answer from the application. A group's
 * by-and-for leadership is added only where the group ticked that it may be published.
 */

export type OpenDataGrant = {
  status: "OFFERED" | "ACTIVE" | "COMPLETED" | "ENDED_EARLY" | "REVOKED";
  reference: string;
  /** What was finally awarded: after a variation or an early end, the lower amount. */
  awardedMinor: number | null;
  requestedMinor: number;
  paidMinor: number;
  awardedOn: Date;
  startsOn: Date;
  endsOn: Date;
  updatedAt: Date;
  pot: { id: string; name: unknown };
  organisation: {
    id: string;
    name: string;
    legalForm: string;
    registrationNumber: string | null;
    byAndFor: boolean;
    leadershipPercent: number | null;
    communitiesServed: string | null;
    publishLeadership: boolean;
  };
};

export type OpenDataInput = {
  funder: FunderIdentifiers & { name: string; defaultLocale: string };
  scheme: { id: string; slug: string; title: unknown; currency: string; timeZone: string };
  grants: readonly OpenDataGrant[];
};

/** The few sentences open data needs, in the funder's own language. */
export type OpenDataTexts = {
  grantTitle: (values: { scheme: string; group: string }) => string;
  grantDescription: (values: {
    funder: string;
    scheme: string;
    pot: string;
    group: string;
  }) => string;
  leadership: (values: { communities: string | null; percent: number | null }) => string;
};

export type OpenDataResult =
  | { kind: "missing-identifiers"; missing: ("orgIdentifier" | "grantIdPrefix")[] }
  | { kind: "nothing-to-publish" }
  | { kind: "ready"; grantCount: number; data: ThreeSixtyGivingPackage };

export type ThreeSixtyGivingPackage = {
  title: string;
  identifier: string;
  issued: string;
  publisher: { name: string; identifier: string };
  grants: Record<string, unknown>[];
};

/** Revoked grants are not published; a grant ended before any money was paid awarded nothing. */
export function publishable(grant: OpenDataGrant): boolean {
  return grant.status !== "REVOKED" && (grant.awardedMinor ?? 0) > 0;
}

/** The day a moment falls on in the scheme's time zone, as YYYY-MM-DD. */
export function dayIn(date: Date, timeZone: string): string {
  const format = (zone: string) =>
    new Intl.DateTimeFormat("en-CA", {
      timeZone: zone,
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
    }).format(date);
  try {
    return format(timeZone);
  } catch {
    return format("UTC");
  }
}

/** The standard asks for titles under 140 characters; long names are cut on a whole character. */
function shortTitle(text: string): string {
  const characters = [...text];
  return characters.length <= 139 ? text : `${characters.slice(0, 138).join("")}…`;
}

const amount = (minor: number, currency: string) => {
  const digits = minorDigits(currency);
  return Number((minor / 10 ** digits).toFixed(digits));
};

/**
 * The DEI Extension's leadership area: the question was asked while applying; the group
 * answered either that it is led by and for its community (with its own words) or, when it
 * did not say so, that the answer is general. Mission and project were not asked.
 */
function deiDetails(organisation: OpenDataGrant["organisation"], texts: OpenDataTexts) {
  const notAsked = { askedStatus: "AS100" };
  const leadership = organisation.byAndFor
    ? {
        askedStatus: "AS200",
        replyStatus: "RS200",
        availableOptions: ["AO201", "AO300"],
        response: {
          livedExperience: texts.leadership({
            communities: organisation.communitiesServed,
            percent: organisation.leadershipPercent,
          }),
        },
      }
    : { askedStatus: "AS200", replyStatus: "RS201", availableOptions: ["AO201", "AO300"] };
  return { leadership, mission: notAsked, project: notAsked };
}

export function openDataPackage(
  input: OpenDataInput,
  texts: OpenDataTexts,
  now: Date,
): OpenDataResult {
  const missing = missingIdentifiers(input.funder);
  if (missing.length > 0) return { kind: "missing-identifiers", missing };
  const identifiers = {
    orgIdentifier: input.funder.orgIdentifier!,
    grantIdPrefix: input.funder.grantIdPrefix!,
  };
  const grants = input.grants.filter(publishable);
  if (grants.length === 0) return { kind: "nothing-to-publish" };

  const locale = input.funder.defaultLocale;
  const { scheme } = input;
  const schemeTitle = translated(scheme.title, locale).text;
  const funder = { id: identifiers.orgIdentifier, name: input.funder.name };
  const published = [...grants]
    .sort((a, b) => a.reference.localeCompare(b.reference))
    .map((grant) => {
      const potName = translated(grant.pot.name, locale).text;
      const group = grant.organisation.name;
      const recipient = recipientOrgId(grant.organisation, identifiers);
      const organisationType =
        grant.organisation.legalForm === "REGISTERED_CHARITY"
          ? "Registered Charity"
          : grant.organisation.legalForm === "COMPANY"
            ? "Registered Company"
            : grant.organisation.legalForm === "INFORMAL_GROUP"
              ? "Community Group"
              : undefined;
      return {
        id: grantIdentifier(identifiers.grantIdPrefix, grant.reference),
        title: shortTitle(texts.grantTitle({ scheme: schemeTitle, group })),
        description: texts.grantDescription({
          funder: input.funder.name,
          scheme: schemeTitle,
          pot: potName,
          group,
        }),
        currency: scheme.currency,
        amountAppliedFor: amount(grant.requestedMinor, scheme.currency),
        amountAwarded: amount(grant.awardedMinor!, scheme.currency),
        amountDisbursed: amount(grant.paidMinor, scheme.currency),
        awardDate: dayIn(grant.awardedOn, scheme.timeZone),
        plannedDates: [
          {
            startDate: dayIn(grant.startsOn, scheme.timeZone),
            endDate: dayIn(grant.endsOn, scheme.timeZone),
          },
        ],
        recipientOrganization: [
          { ...recipient, name: group, ...(organisationType ? { organisationType } : {}) },
        ],
        fundingOrganization: [funder],
        grantProgramme: [
          {
            code: `${scheme.slug}/${grant.pot.id}`,
            title: `${schemeTitle} — ${potName}`,
          },
        ],
        fromOpenCall: "Yes",
        dateModified: grant.updatedAt.toISOString(),
        ...(grant.organisation.publishLeadership
          ? { deiDetails: deiDetails(grant.organisation, texts) }
          : {}),
      };
    });
  return {
    kind: "ready",
    grantCount: published.length,
    data: {
      title: `${input.funder.name}: ${schemeTitle}`,
      identifier: `${identifiers.grantIdPrefix}-${scheme.slug}`,
      issued: now.toISOString(),
      publisher: { name: input.funder.name, identifier: identifiers.orgIdentifier },
      grants: published,
    },
  };
}
