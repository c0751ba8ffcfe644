import { describe, expect, it } from "vitest";
import {
  grantIdentifier,
  missingIdentifiers,
  openDataIdentifierFields,
  recipientOrgId,
} from "./identifiers";

const funder = { orgIdentifier: "GB-LAE-RIV", grantIdPrefix: "360G-riverside" };
const group = (legalForm: string, registrationNumber: string | null) => ({
  id: "org1",
  legalForm,
  registrationNumber,
});

describe("open-data identifiers", () => {
  it("names a grant by the funder's prefix and the reference people read out", () => {
    expect(grantIdentifier("360G-riverside", "RIV-26-4KQ9")).toBe("360G-riverside-RIV-26-4KQ9");
  });

  it("gives a UK charity its Charity Commission or Scottish register identifier", () => {
    expect(recipientOrgId(group("REGISTERED_CHARITY", " 1234567 "), funder)).toEqual({
      id: "GB-CHC-1234567",
      charityNumber: "1234567",
    });
    expect(recipientOrgId(group("REGISTERED_CHARITY", "sc012345"), funder).id).toBe(
      "GB-SC-SC012345",
    );
  });

  it("gives a company its Companies House identifier, zero-padded to eight digits", () => {
    expect(recipientOrgId(group("COMPANY", "9668396"), funder)).toEqual({
      id: "GB-COH-09668396",
      companyNumber: "09668396",
    });
  });

  it("keeps a full org-id a group typed itself", () => {
    expect(recipientOrgId(group("REGISTERED_CHARITY", "GB-NIC-100123"), funder).id).toBe(
      "GB-NIC-100123",
    );
  });

  it.each([
    ["INFORMAL_GROUP", null],
    ["INFORMAL_GROUP", "12345"],
    ["ASSOCIATION", "W123456789"],
    ["REGISTERED_CHARITY", null],
    ["REGISTERED_CHARITY", "=HYPERLINK(1)"],
  ])("gives a %s (number %j) an identifier under the funder's prefix", (form, number) => {
    expect(recipientOrgId(group(form, number), funder)).toEqual({ id: "360G-riverside-ORG-org1" });
  });

  it("does not guess a UK register for a funder outside the UK", () => {
    const french = { orgIdentifier: "FR-RNA-W751234567", grantIdPrefix: "360G-paris" };
    expect(recipientOrgId(group("REGISTERED_CHARITY", "1234567"), french).id).toBe(
      "360G-paris-ORG-org1",
    );
  });

  it("says which identifiers are missing", () => {
    expect(missingIdentifiers({ orgIdentifier: null, grantIdPrefix: null })).toEqual([
      "orgIdentifier",
      "grantIdPrefix",
    ]);
    expect(missingIdentifiers(funder)).toEqual([]);
  });

  it("accepts the identifiers in their published forms and refuses others with a message", () => {
    const { orgIdentifier, grantIdPrefix } = openDataIdentifierFields;
    expect(orgIdentifier.parse(" GB-CHC-1234567 ")).toBe("GB-CHC-1234567");
    expect(orgIdentifier.parse("")).toBeNull();
    expect(grantIdPrefix.parse("360G-riverside")).toBe("360G-riverside");
    for (const bad of ["1234567", "gb-chc-1", "GB CHC 1234567"]) {
      const result = orgIdentifier.safeParse(bad);
      expect(result.success).toBe(false);
      expect(result.error?.issues[0]?.message).toBe("exports:identifiers.errors.orgIdentifier");
    }
    for (const bad of ["riverside", "360G_riverside", "360G-"])
      expect(grantIdPrefix.safeParse(bad).success).toBe(false);
  });
});
