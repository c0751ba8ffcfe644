import { describe, expect, it } from "vitest";
import {
  areasToChooseFrom,
  evaluateEligibility,
  findListedArea,
  type GroupProfile,
} from "./eligibility";

const group = (areaServed: string | null): GroupProfile => ({
  legalForm: "ASSOCIATION",
  hasHost: false,
  byAndFor: true,
  leadershipPercent: 100,
  annualIncomeMinor: 0,
  areaServed,
  yearsActive: 3,
});

describe("choosing one of the funder's areas", () => {
  const rules = [{ type: "areaServed" as const, areas: ["Riverside", " Northgate "] }];

  it("offers the funder's areas when the group's words for its area did not match", () => {
    expect(areasToChooseFrom(evaluateEligibility(rules, group("ريفرسايد")).outcomes)).toEqual([
      "Riverside",
      "Northgate",
    ]);
    expect(areasToChooseFrom(evaluateEligibility(rules, group(null)).outcomes)).toEqual([
      "Riverside",
      "Northgate",
    ]);
  });

  it("offers nothing when the area already matches or the pot has no area rule", () => {
    expect(areasToChooseFrom(evaluateEligibility(rules, group("riverside")).outcomes)).toEqual([]);
    expect(
      areasToChooseFrom(
        evaluateEligibility([{ type: "minYearsActive", years: 5 }], group("x")).outcomes,
      ),
    ).toEqual([]);
  });

  it("accepts a listed area however it is cased or spaced, in the list's spelling, and nothing else", () => {
    expect(findListedArea(" RIVERSIDE ", ["Riverside"])).toBe("Riverside");
    expect(findListedArea("River side", ["Riverside"])).toBeUndefined();
  });
});
