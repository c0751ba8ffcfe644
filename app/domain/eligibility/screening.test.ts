import { describe, expect, it } from "vitest";
import type { GroupProfile } from "./eligibility";
import {
  ineligibleReasons,
  potsToTryNext,
  screeningChoices,
  screeningGroup,
  screeningSchema,
} from "./screening";

const parse = (input: Record<string, string>) => screeningSchema.safeParse(input);
const messages = (input: Record<string, string>) => {
  const result = parse(input);
  return result.success
    ? {}
    : Object.fromEntries(result.error.issues.map((i) => [i.path[0], i.message]));
};

describe("a screening as staff send it", () => {
  it("needs a choice", () => {
    expect(messages({})).toEqual({ decision: "eligibility:screening.errors.chooseDecision" });
    expect(messages({ decision: "maybe" })).toEqual({
      decision: "eligibility:screening.errors.chooseDecision",
    });
  });

  it("takes eligible alone, dropping any reason left over from the other choice", () => {
    const result = parse({ decision: "eligible", reason: "duplicate", note: "x" });
    expect(result.success && result.data).toEqual({ decision: "eligible" });
  });

  it("needs a reason from the list when not eligible", () => {
    expect(messages({ decision: "ineligible" })).toEqual({
      reason: "eligibility:screening.errors.chooseReason",
    });
    expect(messages({ decision: "ineligible", reason: "we-do-not-like-it" })).toEqual({
      reason: "eligibility:screening.errors.chooseReason",
    });
  });

  it("needs words of staff's own for 'other', and not for a listed reason", () => {
    expect(messages({ decision: "ineligible", reason: "other", note: "   " })).toEqual({
      note: "eligibility:screening.errors.explainOther",
    });
    const listed = parse({ decision: "ineligible", reason: "outside-area" });
    expect(listed.success && listed.data).toEqual({
      decision: "ineligible",
      reason: "outside-area",
      note: null,
    });
  });

  it("refuses a note too long to read", () => {
    expect(messages({ decision: "ineligible", reason: "other", note: "a".repeat(2001) })).toEqual({
      note: "eligibility:screening.errors.noteTooLong",
    });
  });

  it("lists 'other' last, so staff look at the named reasons first", () => {
    expect(ineligibleReasons.at(-1)).toBe("other");
    expect(new Set(ineligibleReasons).size).toBe(ineligibleReasons.length);
  });
});

describe("where an application stands in screening", () => {
  it("groups sent applications by their status", () => {
    expect(screeningGroup("SUBMITTED")).toBe("to-screen");
    expect(screeningGroup("IN_REVIEW")).toBe("eligible");
    expect(screeningGroup("INELIGIBLE")).toBe("not-eligible");
    expect(screeningGroup("DRAFT")).toBeNull();
    expect(screeningGroup("AWARDED")).toBeNull();
  });

  it("lets staff turn an eligible one away only until a review is in", () => {
    expect(screeningChoices("SUBMITTED", 0).screen).toEqual(["eligible", "ineligible"]);
    expect(screeningChoices("IN_REVIEW", 0).screen).toEqual(["ineligible"]);
    expect(screeningChoices("IN_REVIEW", 1).screen).toEqual([]);
    expect(screeningChoices("INELIGIBLE", 0)).toEqual({ screen: [], reconsider: true });
    expect(screeningChoices("AWARDED", 0)).toEqual({ screen: [], reconsider: false });
  });
});

describe("pots to try next", () => {
  const profile: GroupProfile = {
    legalForm: "INFORMAL_GROUP",
    hasHost: false,
    byAndFor: false,
    leadershipPercent: null,
    annualIncomeMinor: 100_000,
    areaServed: "Riverside",
    yearsActive: null,
  };
  const pots = [
    { potId: "applied", rules: [] },
    { potId: "women-led", rules: [{ type: "byAndFor" as const, minLeadershipPercent: 0 }] },
    { potId: "anyone", rules: [] },
    { potId: "young-groups", rules: [{ type: "minYearsActive" as const, years: 2 }] },
    { potId: "elsewhere", rules: [{ type: "areaServed" as const, areas: ["Hillside"] }] },
  ];

  it("leaves out the pot applied to and the pots whose rules the group fails", () => {
    expect(potsToTryNext(pots, profile, "applied").map((pot) => pot.potId)).toEqual([
      "anyone",
      "young-groups",
    ]);
  });
});
