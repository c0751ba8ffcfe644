import { describe, expect, it } from "vitest";
import {
  isMoneyField,
  potFormSchema,
  potFormValues,
  readPotMoney,
  sameMoneyRules,
  splitAreas,
  type PotMoney,
} from "./pot-form";

const texts = {
  name_en: "Grass-roots groups",
  description_en: "For small groups led by migrant women.",
};
const money = { moneyKind: "share", share: "60", minGrant: "500", maxGrant: "5000" };

describe("the pot form", () => {
  it("reads a share with decimals as basis points", () => {
    const { money: read } = readPotMoney({ ...money, share: "12.5" }, "EUR");
    expect(read).toMatchObject({
      amountMinor: null,
      shareBasisPoints: 1250,
      minGrantMinor: 50_000,
      maxGrantMinor: 500_000,
    });
  });

  it("reads a fixed amount and ignores the share box", () => {
    const { money: read } = readPotMoney(
      { ...money, moneyKind: "amount", amount: "30 000", share: "99" },
      "EUR",
    );
    expect(read).toMatchObject({ amountMinor: 3_000_000, shareBasisPoints: null });
  });

  it("reads each switched-on rule with its fields, and only those", () => {
    const { money: read, issues } = readPotMoney(
      {
        ...money,
        "rule.legalForms": "on",
        "rule.legalForms.ASSOCIATION": "on",
        "rule.legalForms.INFORMAL_GROUP": "on",
        "rule.legalForms.informalNeedsHost": "on",
        "rule.byAndFor": "on",
        "rule.byAndFor.minLeadershipPercent": "٧٥",
        "rule.maxAnnualIncome.amount": "50000",
        "rule.areaServed": "on",
        "rule.areaServed.areas": "Riverside, Northside\nRiverside",
        "rule.minYearsActive": "on",
        "rule.minYearsActive.years": "0",
      },
      "EUR",
    );
    expect(issues).toEqual([]);
    expect(read?.eligibility).toEqual([
      { type: "legalForms", allowed: ["ASSOCIATION", "INFORMAL_GROUP"], informalNeedsHost: true },
      { type: "byAndFor", minLeadershipPercent: 75 },
      { type: "areaServed", areas: ["Riverside", "Northside"] },
      { type: "minYearsActive", years: 0 },
    ]);
  });

  it("reads a floor with its own rule", () => {
    const { money: read } = readPotMoney(
      {
        ...money,
        floor: "on",
        "floor.percent": "60",
        "floor.type": "byAndFor",
        "floor.byAndFor.minLeadershipPercent": "51",
      },
      "EUR",
    );
    expect(read).toMatchObject({
      floorBasisPoints: 6000,
      floorRule: { type: "byAndFor", minLeadershipPercent: 51 },
    });
  });

  it("puts each problem next to its field", () => {
    const { money: read, issues } = readPotMoney(
      {
        minGrant: "abc",
        maxGrant: "0",
        "rule.legalForms": "on",
        "rule.byAndFor": "on",
        "rule.byAndFor.minLeadershipPercent": "120",
        "rule.areaServed": "on",
        "rule.areaServed.areas": " , ",
        "rule.minYearsActive": "on",
        "rule.minYearsActive.years": "two",
        floor: "on",
        "floor.percent": "",
      },
      "EUR",
    );
    expect(read).toBeNull();
    expect(issues).toEqual([
      { field: "moneyKind", key: "schemes:errors.moneyKindRequired" },
      { field: "minGrant", key: "schemes:errors.moneyInvalid" },
      { field: "maxGrant", key: "schemes:errors.amountPositive" },
      { field: "rule.legalForms", key: "schemes:errors.legalFormsNone" },
      { field: "rule.byAndFor.minLeadershipPercent", key: "schemes:errors.wholePercentInvalid" },
      { field: "rule.areaServed.areas", key: "schemes:errors.areasRequired" },
      { field: "rule.minYearsActive.years", key: "schemes:errors.yearsInvalid" },
      { field: "floor.percent", key: "schemes:errors.floorPercentRequired" },
      { field: "floor.type", key: "schemes:errors.floorNeedsRule" },
    ]);
  });

  it("reads only the texts when the money rules are locked", () => {
    const parsed = potFormSchema("EUR", { moneyRules: false }).parse({
      ...texts,
      name_ar: "مجموعات محلية",
    });
    expect(parsed).toEqual({
      name: { en: "Grass-roots groups", ar: "مجموعات محلية" },
      description: { en: "For small groups led by migrant women." },
      money: null,
    });
    expect(potFormSchema("EUR", { moneyRules: true }).safeParse(texts).success).toBe(false);
  });

  it("knows which fields carry money rules", () => {
    expect(
      [
        "amount",
        "share",
        "moneyKind",
        "minGrant",
        "maxGrant",
        "floor",
        "floor.percent",
        "rule.byAndFor",
      ].every(isMoneyField),
    ).toBe(true);
    expect(["name_en", "description_ar", "intent"].some(isMoneyField)).toBe(false);
  });

  it("splits areas on commas, Arabic commas and lines", () => {
    expect(splitAreas("Riverside، Northside\n\nEast End ,")).toEqual([
      "Riverside",
      "Northside",
      "East End",
    ]);
  });

  it("fills the form from a stored pot and reads the same rules back", () => {
    const stored: PotMoney = {
      amountMinor: null,
      shareBasisPoints: 1250,
      minGrantMinor: 50_000,
      maxGrantMinor: 500_050,
      eligibility: [
        { type: "areaServed", areas: ["Riverside"] },
        { type: "byAndFor", minLeadershipPercent: 51 },
        { type: "maxAnnualIncome", amountMinor: 5_000_000 },
      ],
      floorBasisPoints: 6000,
      floorRule: {
        type: "legalForms",
        allowed: ["INFORMAL_GROUP", "ASSOCIATION"],
        informalNeedsHost: false,
      },
    };
    const values = potFormValues(
      { name: { en: "Pot" }, description: { en: "About" }, ...stored },
      "EUR",
    );
    const read = potFormSchema("EUR", { moneyRules: true }).parse(values);
    expect(read.name).toEqual({ en: "Pot" });
    expect(sameMoneyRules(read.money!, stored)).toBe(true);
    expect(sameMoneyRules(read.money!, { ...stored, maxGrantMinor: 500_000 })).toBe(false);
    expect(
      sameMoneyRules(read.money!, { ...stored, eligibility: stored.eligibility.slice(1) }),
    ).toBe(false);
  });
});
