import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { legalForms } from "~/domain/eligibility/eligibility";
// Every currency a scheme can be set up in.
import { currencies } from "~/domain/schemes/scheme-form";
import {
  deiCodes,
  deiExtensionErrors,
  threeSixtyGivingErrors,
} from "../../../tests/support/three-sixty-giving";
import {
  openDataPackage,
  type OpenDataGrant,
  type OpenDataInput,
  type OpenDataTexts,
} from "./open-data";

const texts: OpenDataTexts = {
  grantTitle: ({ scheme, group }) => `${scheme}: ${group}`,
  grantDescription: ({ funder, scheme, pot, group }) =>
    `A grant from ${funder} to ${group}, from the ${pot} pot of ${scheme}.`,
  leadership: ({ communities, percent }) =>
    ["Led by and for the community it serves.", communities, percent === null ? null : `${percent}`]
      .filter(Boolean)
      .join(" "),
};

const now = new Date("2026-12-07T10:00:00Z");
const funder = {
  name: "Riverside City Council",
  defaultLocale: "en",
  orgIdentifier: "GB-LAE-RIV",
  grantIdPrefix: "360G-riverside",
};
const scheme = {
  id: "s1",
  slug: "community-voices",
  title: { en: "Community Voices", ar: "أصوات المجتمع" },
  currency: "GBP",
  timeZone: "Europe/London",
};

function grant(overrides: Partial<OpenDataGrant> = {}): OpenDataGrant {
  return {
    status: "ACTIVE",
    reference: "RIV-26-4KQ9",
    awardedMinor: 250_000,
    requestedMinor: 300_000,
    paidMinor: 150_000,
    awardedOn: new Date("2026-03-01T23:30:00Z"),
    startsOn: new Date("2026-03-02T12:00:00Z"),
    endsOn: new Date("2027-03-02T12:00:00Z"),
    updatedAt: new Date("2026-04-01T09:00:00Z"),
    pot: { id: "p1", name: { en: "Women-led groups" } },
    organisation: {
      id: "org1",
      name: "Ukrainian Women's Association",
      legalForm: "REGISTERED_CHARITY",
      registrationNumber: "1234567",
      byAndFor: true,
      leadershipPercent: 100,
      communitiesServed: "Ukrainian women in Riverside",
      publishLeadership: false,
    },
    ...overrides,
  };
}

const build = (grants: OpenDataGrant[], input: Partial<OpenDataInput> = {}) =>
  openDataPackage({ funder, scheme, grants, ...input }, texts, now);

function ready(result: ReturnType<typeof build>) {
  if (result.kind !== "ready") throw new Error(`expected a file, got ${result.kind}`);
  return result.data;
}

describe("a scheme's 360Giving package", () => {
  it("maps a grant to the standard's fields", () => {
    const data = ready(build([grant()]));
    expect(data.grants).toEqual([
      {
        id: "360G-riverside-RIV-26-4KQ9",
        title: "Community Voices: Ukrainian Women's Association",
        description:
          "A grant from Riverside City Council to Ukrainian Women's Association, from the Women-led groups pot of Community Voices.",
        currency: "GBP",
        amountAppliedFor: 3000,
        amountAwarded: 2500,
        amountDisbursed: 1500,
        // 23:30 UTC on 1 March is still 1 March in London (winter time).
        awardDate: "2026-03-01",
        plannedDates: [{ startDate: "2026-03-02", endDate: "2027-03-02" }],
        recipientOrganization: [
          {
            id: "GB-CHC-1234567",
            charityNumber: "1234567",
            name: "Ukrainian Women's Association",
            organisationType: "Registered Charity",
          },
        ],
        fundingOrganization: [{ id: "GB-LAE-RIV", name: "Riverside City Council" }],
        grantProgramme: [
          { code: "community-voices/p1", title: "Community Voices — Women-led groups" },
        ],
        fromOpenCall: "Yes",
        dateModified: "2026-04-01T09:00:00.000Z",
      },
    ]);
    expect(data.publisher).toEqual({ name: "Riverside City Council", identifier: "GB-LAE-RIV" });
    expect(threeSixtyGivingErrors(data)).toEqual([]);
  });

  it("gives an informal group an identifier under the funder's prefix", () => {
    const informal = grant({
      organisation: {
        ...grant().organisation,
        legalForm: "INFORMAL_GROUP",
        registrationNumber: null,
      },
    });
    const [recipient] = ready(build([informal])).grants[0]!.recipientOrganization as object[];
    expect(recipient).toEqual({
      id: "360G-riverside-ORG-org1",
      name: "Ukrainian Women's Association",
      organisationType: "Community Group",
    });
  });

  it("publishes by-and-for leadership only where the group agreed, in the DEI Extension's fields", () => {
    const agreed = grant({ organisation: { ...grant().organisation, publishLeadership: true } });
    const [withLeadership] = ready(build([agreed])).grants;
    expect(withLeadership!.deiDetails).toEqual({
      leadership: {
        askedStatus: "AS200",
        replyStatus: "RS200",
        availableOptions: ["AO201", "AO300"],
        response: {
          livedExperience:
            "Led by and for the community it serves. Ukrainian women in Riverside 100",
        },
      },
      mission: { askedStatus: "AS100" },
      project: { askedStatus: "AS100" },
    });
    expect(deiExtensionErrors(withLeadership)).toEqual([]);
    expect(ready(build([grant()])).grants[0]).not.toHaveProperty("deiDetails");
  });

  it("leaves out revoked grants and shows what was finally awarded when a grant ended early", () => {
    const data = ready(
      build([
        grant({ reference: "RIV-1", status: "REVOKED" }),
        grant({
          reference: "RIV-2",
          status: "ENDED_EARLY",
          awardedMinor: 90_000,
          paidMinor: 90_000,
        }),
        grant({ reference: "RIV-3", status: "ENDED_EARLY", awardedMinor: 0, paidMinor: 0 }),
      ]),
    );
    expect(data.grants.map((entry) => [entry.id, entry.amountAwarded])).toEqual([
      ["360G-riverside-RIV-2", 900],
    ]);
  });

  it("makes no file when nothing was awarded, and says so", () => {
    expect(build([])).toEqual({ kind: "nothing-to-publish" });
    expect(build([grant({ status: "REVOKED" })])).toEqual({ kind: "nothing-to-publish" });
  });

  it("makes no file until the funder has set its identifiers", () => {
    expect(build([grant()], { funder: { ...funder, grantIdPrefix: null } })).toEqual({
      kind: "missing-identifiers",
      missing: ["grantIdPrefix"],
    });
  });

  it("never carries a person's name, contact details or stories", () => {
    const text = JSON.stringify(ready(build([grant()])));
    for (const key of ["contactName", "email", "telephone", "streetAddress", "postalCode"])
      expect(text).not.toContain(key);
  });
});

const statuses = ["OFFERED", "ACTIVE", "COMPLETED", "ENDED_EARLY", "REVOKED"] as const;
const day = 24 * 60 * 60 * 1000;
const moment = fc.integer({ min: Date.UTC(2015, 0, 1), max: Date.UTC(2035, 0, 1) });

const generatedGrant = fc
  .record({
    status: fc.constantFrom(...statuses),
    awardedMinor: fc.option(fc.integer({ min: 0, max: 2_000_000_000 })),
    requestedMinor: fc.integer({ min: 0, max: 2_000_000_000 }),
    paidMinor: fc.integer({ min: 0, max: 2_000_000_000 }),
    awardedOn: moment,
    startsOn: moment,
    length: fc.integer({ min: 1, max: 1500 }),
    potName: fc.string({ unit: "grapheme", maxLength: 40 }),
    organisation: fc.record({
      id: fc.stringMatching(/^c[a-z0-9]{8,24}$/),
      name: fc.string({ unit: "grapheme", minLength: 1, maxLength: 300 }),
      legalForm: fc.constantFrom(...legalForms),
      registrationNumber: fc.option(fc.string({ unit: "grapheme", maxLength: 30 })),
      byAndFor: fc.boolean(),
      leadershipPercent: fc.option(fc.integer({ min: 0, max: 100 })),
      communitiesServed: fc.option(fc.string({ unit: "grapheme", maxLength: 500 })),
      publishLeadership: fc.boolean(),
    }),
  })
  .map(({ awardedOn, startsOn, length, potName, ...rest }): Omit<OpenDataGrant, "reference"> => ({
    ...rest,
    awardedOn: new Date(awardedOn),
    startsOn: new Date(startsOn),
    endsOn: new Date(startsOn + length * day),
    updatedAt: new Date(awardedOn),
    pot: { id: "pot", name: { en: potName } },
  }));

const portfolio = fc.record({
  grants: fc.array(generatedGrant, { maxLength: 12 }),
  currency: fc.constantFrom(...currencies),
  timeZone: fc.constantFrom(
    "Europe/London",
    "Asia/Tehran",
    "Pacific/Kiritimati",
    "UTC",
    "Nowhere/Else",
  ),
  schemeTitle: fc.string({ unit: "grapheme", maxLength: 120 }),
  funderName: fc.string({ unit: "grapheme", minLength: 1, maxLength: 120 }),
});

describe("the official schema, as the tests hold it", () => {
  it("refuses a package with no grants, which is why none is ever made", () => {
    expect(threeSixtyGivingErrors({ grants: [] })).not.toEqual([]);
  });

  it("refuses a grant without an amount or with a currency outside ISO 4217", () => {
    const [published] = ready(build([grant()])).grants;
    expect(
      threeSixtyGivingErrors({ grants: [{ ...published, amountAwarded: undefined }] }),
    ).not.toEqual([]);
    expect(threeSixtyGivingErrors({ grants: [{ ...published, currency: "XYZ" }] })).not.toEqual([]);
  });
});

describe("generated portfolios", () => {
  it("always give either a valid package or a clear reason there is none", () => {
    fc.assert(
      fc.property(portfolio, (generated) => {
        const grants = generated.grants.map((entry, index) => ({
          ...entry,
          reference: `RIV-${index}`,
        }));
        const result = openDataPackage(
          {
            funder: { ...funder, name: generated.funderName },
            scheme: {
              ...scheme,
              title: { en: generated.schemeTitle },
              currency: generated.currency,
              timeZone: generated.timeZone,
            },
            grants,
          },
          texts,
          now,
        );
        const expected = grants.filter(
          (entry) => entry.status !== "REVOKED" && (entry.awardedMinor ?? 0) > 0,
        );
        if (expected.length === 0) {
          expect(result).toEqual({ kind: "nothing-to-publish" });
          return;
        }
        const data = ready(result);
        expect(threeSixtyGivingErrors(data)).toEqual([]);
        expect(data.grants).toHaveLength(expected.length);
        for (const published of data.grants) {
          expect([...(published.title as string)].length).toBeLessThan(140);
          const source = grants.find(
            (entry) => `360G-riverside-${entry.reference}` === published.id,
          )!;
          if (!source.organisation.publishLeadership) {
            expect(published).not.toHaveProperty("deiDetails");
            continue;
          }
          expect(deiExtensionErrors(published)).toEqual([]);
          const dei = published.deiDetails as Record<string, Record<string, unknown>>;
          for (const area of Object.values(dei)) {
            expect(deiCodes.askedStatus).toContain(area.askedStatus);
            if (area.replyStatus) expect(deiCodes.replyStatus).toContain(area.replyStatus);
            for (const option of (area.availableOptions as string[] | undefined) ?? [])
              expect(deiCodes.availableOptions).toContain(option);
          }
        }
      }),
      { numRuns: 150 },
    );
  });
});
