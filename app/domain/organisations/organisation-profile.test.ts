import { describe, expect, it } from "vitest";
import { parseForm } from "~/domain/shared/validation";
import {
  parseWholeNumber,
  profileChanges,
  profileFormSchema,
  profileFormValues,
  type OrganisationProfile,
} from "./organisation-profile";

function form(fields: Record<string, string>) {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) data.append(name, value);
  return data;
}

const amina = {
  name: "Amal Women's Circle",
  legalForm: "INFORMAL_GROUP",
  registrationNumber: "",
  hostOrganisationName: "Riverside Community Centre",
  annualIncome: "3000",
  incomeCurrency: "EUR",
  areaServed: "Riverside",
  communitiesServed: "Arabic-speaking women",
  languagesUsed: "Arabic, English",
  byAndFor: "yes",
  leadershipPercent: "100",
  yearsActive: "2",
};

function parse(fields: Record<string, string>) {
  return parseForm(profileFormSchema, form(fields));
}

describe("reading the organisation profile form", () => {
  it("reads an informal group without a registration number", () => {
    const result = parse(amina);
    expect(result).toEqual({
      ok: true,
      data: {
        name: "Amal Women's Circle",
        legalForm: "INFORMAL_GROUP",
        registrationNumber: null,
        hostOrganisationName: "Riverside Community Centre",
        annualIncomeMinor: 300_000,
        incomeCurrency: "EUR",
        areaServed: "Riverside",
        communitiesServed: "Arabic-speaking women",
        languagesUsed: "Arabic, English",
        byAndFor: true,
        leadershipPercent: 100,
        yearsActive: 2,
        publishLeadership: false,
      },
    });
  });

  it("needs only a name and a kind of group", () => {
    const result = parse({ name: "  New group ", legalForm: "ASSOCIATION", incomeCurrency: "EUR" });
    expect(result.ok && result.data).toMatchObject({
      name: "New group",
      annualIncomeMinor: null,
      incomeCurrency: null,
      byAndFor: false,
      leadershipPercent: null,
      yearsActive: null,
    });
  });

  it("takes 'we have no income yet' as an income of 0, and 0 years as a new group", () => {
    const result = parse({ ...amina, annualIncome: "", noIncome: "yes", yearsActive: "0" });
    expect(result.ok && result.data).toMatchObject({
      annualIncomeMinor: 0,
      incomeCurrency: "EUR",
      yearsActive: 0,
    });
  });

  it("reads numbers typed with Arabic-Indic or Persian digits", () => {
    const result = parse({
      ...amina,
      annualIncome: "١٢٥٠",
      leadershipPercent: "۸۰٪",
      yearsActive: "٣",
    });
    expect(result.ok && result.data).toMatchObject({
      annualIncomeMinor: 125_000,
      leadershipPercent: 80,
      yearsActive: 3,
    });
  });

  it("shows every problem at once, each next to its field, and keeps what was typed", () => {
    const result = parse({
      ...amina,
      name: " ",
      legalForm: "",
      annualIncome: "lots",
      leadershipPercent: "120",
      yearsActive: "two",
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toEqual({
      name: { key: "organisations:errors.nameRequired" },
      legalForm: { key: "organisations:errors.legalFormRequired" },
      annualIncome: { key: "organisations:errors.incomeInvalid" },
      leadershipPercent: { key: "organisations:errors.leadershipInvalid" },
      yearsActive: { key: "organisations:errors.yearsInvalid" },
    });
    expect(result.values.annualIncome).toBe("lots");
    expect(result.values.hostOrganisationName).toBe("Riverside Community Centre");
  });

  it("asks to choose between an amount and 'no income yet'", () => {
    const result = parse({ ...amina, annualIncome: "500", noIncome: "yes" });
    expect(!result.ok && result.errors.annualIncome?.key).toBe(
      "organisations:errors.incomeAndNoIncome",
    );
  });

  it("refuses a currency that is not offered and a kind of group that does not exist", () => {
    const result = parse({ ...amina, incomeCurrency: "XYZ", legalForm: "CLUB" });
    expect(!result.ok && Object.keys(result.errors).sort()).toEqual([
      "incomeCurrency",
      "legalForm",
    ]);
  });

  it("never throws on a request with fields missing", () => {
    const result = parse({});
    expect(result.ok).toBe(false);
    expect(!result.ok && result.errors.name?.key).toBe("organisations:errors.nameRequired");
  });
});

describe("parseWholeNumber", () => {
  it.each([
    ["42", 42],
    [" 7 ", 7],
    ["0", 0],
    ["٤٢", 42],
    ["۴۲", 42],
    ["60%", 60],
    ["", null],
    ["1.5", null],
    ["-3", null],
    ["ten", null],
    ["1e3", null],
  ])("reads %j as %j", (input, expected) => {
    expect(parseWholeNumber(input)).toBe(expected);
  });
});

describe("publishing the group's leadership", () => {
  it("is off unless the group ticks it, and the tick reads back", () => {
    const base = {
      name: "Amal Women's Circle",
      legalForm: "INFORMAL_GROUP",
      incomeCurrency: "EUR",
    };
    const unticked = parse(base);
    expect(unticked.ok && unticked.data.publishLeadership).toBe(false);
    const ticked = parse({ ...base, publishLeadership: "yes" });
    expect(ticked.ok && ticked.data.publishLeadership).toBe(true);
    expect(ticked.ok && profileFormValues(ticked.data).publishLeadership).toBe("yes");
  });
});

describe("editing a profile", () => {
  const stored: OrganisationProfile = {
    name: "Amal Women's Circle",
    legalForm: "INFORMAL_GROUP",
    registrationNumber: null,
    hostOrganisationName: "Riverside Community Centre",
    annualIncomeMinor: 300_050,
    incomeCurrency: "EUR",
    areaServed: "Riverside",
    communitiesServed: null,
    languagesUsed: "ar, en",
    byAndFor: true,
    leadershipPercent: null,
    yearsActive: 0,
    publishLeadership: true,
  };

  it("fills the form with the stored profile, which reads back unchanged", () => {
    const values = profileFormValues(stored);
    expect(values.annualIncome).toBe("3000.5");
    expect(values.yearsActive).toBe("0");
    const result = parse(values);
    expect(result.ok && result.data).toEqual(stored);
  });

  it("lists exactly what changed", () => {
    const after = { ...stored, name: "Amal Circle", byAndFor: false };
    expect(profileChanges(stored, after)).toEqual({
      name: { from: "Amal Women's Circle", to: "Amal Circle" },
      byAndFor: { from: true, to: false },
    });
    expect(profileChanges(stored, { ...stored })).toEqual({});
  });
});
