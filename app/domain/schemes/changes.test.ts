import { describe, expect, it } from "vitest";
import { changedFields } from "./changes";

describe("what an edit changed", () => {
  it("lists only the fields that differ, with before and after", () => {
    expect(
      changedFields(
        { slug: "a", published: false, title: { en: "T" } },
        { slug: "b", published: false, title: { en: "T" } },
      ),
    ).toEqual({
      slug: { from: "a", to: "b" },
    });
  });

  it("treats texts with the same content in another key order as unchanged", () => {
    expect(changedFields({ title: { en: "T", ar: "ع" } }, { title: { ar: "ع", en: "T" } })).toEqual(
      {},
    );
  });

  it("writes dates as ISO text and ignores fields not given", () => {
    const before = { opensAt: new Date("2027-01-01T00:00:00Z"), budgetMinor: 5 };
    expect(changedFields(before, { opensAt: new Date("2027-01-02T00:00:00Z") })).toEqual({
      opensAt: { from: "2027-01-01T00:00:00.000Z", to: "2027-01-02T00:00:00.000Z" },
    });
  });

  it("sees a value cleared to nothing", () => {
    expect(
      changedFields<Record<string, unknown>>({ helpText: { en: "Call" } }, { helpText: null }),
    ).toEqual({ helpText: { from: { en: "Call" }, to: null } });
  });
});
