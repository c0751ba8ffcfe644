import { describe, expect, it } from "vitest";
import { parseForm } from "~/domain/shared/validation";
import { panelSettingsSchema, potField, settingsWarnings } from "./panel-settings";

const form = (values: Record<string, string>) => {
  const data = new FormData();
  for (const [name, value] of Object.entries(values)) data.set(name, value);
  return data;
};

const valid = {
  name: "Spring panel",
  reviewsNeeded: "3",
  disagreementThreshold: "40",
  reviewDeadline: "2027-04-01T17:00",
};

describe("panelSettingsSchema", () => {
  const schema = panelSettingsSchema("Europe/Dublin", ["pot-a", "pot-b"]);

  it("reads the deadline on the scheme's clocks and the ticked pots", () => {
    const result = parseForm(
      schema,
      form({ ...valid, [potField("pot-b")]: "yes", blindReview: "yes" }),
    );
    expect(result).toMatchObject({
      ok: true,
      data: {
        potIds: ["pot-b"],
        reviewsNeeded: 3,
        blindReview: true,
        communityRanking: false,
        reviewDeadline: new Date("2027-04-01T16:00:00Z"),
      },
    });
  });

  it.each(["0", "11", "2.5", "three", ""])("refuses %j reviews per application", (value) => {
    const result = parseForm(schema, form({ ...valid, reviewsNeeded: value }));
    expect(result.ok ? null : result.errors.reviewsNeeded?.key).toBe(
      "panels:setup.errors.reviewsNeeded",
    );
  });

  it("refuses a threshold above 100 and a deadline that is not a date", () => {
    const result = parseForm(
      schema,
      form({ ...valid, disagreementThreshold: "101", reviewDeadline: "soon" }),
    );
    expect(result.ok ? {} : Object.keys(result.errors).sort()).toEqual([
      "disagreementThreshold",
      "reviewDeadline",
    ]);
  });
});

describe("settingsWarnings", () => {
  const roundClosesAt = new Date("2027-03-01T12:00:00Z");
  const roundPotIds = ["pot-a", "pot-b"];

  it("warns of a deadline before the round closes", () => {
    expect(
      settingsWarnings({
        panel: { reviewDeadline: new Date("2027-02-20T12:00:00Z"), potIds: ["pot-a"] },
        roundClosesAt,
        roundPotIds,
        otherPanels: [],
      }),
    ).toEqual([{ kind: "deadline-before-close" }]);
  });

  it("names the other panels reading the same pot; a panel naming no pot reads them all", () => {
    expect(
      settingsWarnings({
        panel: { reviewDeadline: null, potIds: ["pot-b"] },
        roundClosesAt,
        roundPotIds,
        otherPanels: [
          { name: "Everything", potIds: [] },
          { name: "Only A", potIds: ["pot-a"] },
        ],
      }),
    ).toEqual([{ kind: "pot-shared", potId: "pot-b", otherPanels: ["Everything"] }]);
  });
});
