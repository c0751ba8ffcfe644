import { describe, expect, it } from "vitest";
import { parseRoundSettings, planChoiceOf, readLightNumbers } from "./round-settings";
import { parseScheduleChange } from "./schedule";

const form = (fields: Record<string, string>) => {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) data.append(name, value);
  return data;
};

describe("a round's monitoring settings", () => {
  it("stores a named plan or the funder's own points, as shares of the grant period", () => {
    const quarterly = parseRoundSettings(form({ plan: "quarterly" }));
    expect(quarterly.ok && quarterly.settings.checkInPlan).toEqual([2500, 5000, 7500, 10000]);
    const custom = parseRoundSettings(form({ plan: "custom", customPlan: "60, 30، 100" }));
    expect(custom.ok && custom.settings.checkInPlan).toEqual([3000, 6000, 10000]);
    expect(planChoiceOf([5000, 10000])).toBe("midAndEnd");
    expect(planChoiceOf([3000, 10000])).toBe("custom");
  });

  it("refuses a plan it cannot read, and asks for a plan at all", () => {
    const bad = parseRoundSettings(form({ plan: "custom", customPlan: "0, 150" }));
    expect(!bad.ok && Object.keys(bad.errors)).toEqual(["customPlan"]);
    const none = parseRoundSettings(form({}));
    expect(!none.ok && Object.keys(none.errors)).toEqual(["plan"]);
  });

  it("keeps up to two light numbers, each with a label in any of the six languages", () => {
    const parsed = parseRoundSettings(
      form({
        plan: "midAndEnd",
        "number.0.en": "Women taking part",
        "number.0.uk": "Жінки, що беруть участь",
        "number.1.ar": "الجلسات",
        msc: "on",
      }),
    );
    expect(parsed.ok && parsed.settings).toEqual({
      checkInPlan: [5000, 10000],
      lightNumbers: [
        { id: "n1", label: { en: "Women taking part", uk: "Жінки, що беруть участь" } },
        { id: "n2", label: { ar: "الجلسات" } },
      ],
      mscEnabled: true,
    });
    expect(readLightNumbers([{ id: "n1", label: { en: "A", xx: "B" } }, 3, { id: 4 }])).toEqual([
      { id: "n1", label: { en: "A" } },
    ]);
  });
});

describe("changing a grant's check-in dates", () => {
  const grant = {
    startsOn: new Date("2027-01-01T12:00:00Z"),
    endsOn: new Date("2027-12-31T12:00:00Z"),
    totalCount: 2,
  };
  it("adds or moves on a whole day inside the grant's period (and a while after)", () => {
    const added = parseScheduleChange(form({ intent: "add", newDueOn: "2027-06-30" }), grant);
    expect(added.ok && added.change).toEqual({
      kind: "add",
      dueOn: new Date("2027-06-30T12:00:00Z"),
    });
    const moved = parseScheduleChange(
      form({ intent: "move", checkInId: "c1", "dueOn.c1": "2028-02-01" }),
      grant,
    );
    expect(moved.ok && moved.change.kind).toBe("move");
  });

  it("says what is wrong with a date by its field", () => {
    const outside = parseScheduleChange(form({ intent: "add", newDueOn: "2026-01-01" }), grant);
    expect(!outside.ok && outside.errors.newDueOn?.key).toBe("monitoring:schedule.errors.outside");
    const nonsense = parseScheduleChange(form({ intent: "add", newDueOn: "2027-02-30" }), grant);
    expect(!nonsense.ok && nonsense.errors.newDueOn?.key).toBe("monitoring:schedule.errors.date");
  });
});
