import { describe, expect, it } from "vitest";
import { isRetentionDue, retentionStep } from "./retention";

const kept = { submittedAt: new Date("2027-01-01"), personalDataRemovedAt: null };

describe("what retention does to an application", () => {
  it("deletes a draft nobody sent", () => {
    expect(retentionStep({ status: "DRAFT", submittedAt: null, personalDataRemovedAt: null })).toBe(
      "delete",
    );
  });

  it.each(["WITHDRAWN", "DECLINED", "INELIGIBLE"])(
    "clears the answers of a %s application",
    (status) => {
      expect(retentionStep({ status, ...kept })).toBe("clear");
    },
  );

  it.each(["SUBMITTED", "IN_REVIEW", "RECOMMENDED", "AWARDED", "WAITLISTED"])(
    "keeps a %s application as it is",
    (status) => {
      expect(retentionStep({ status, ...kept })).toBeNull();
    },
  );

  it("does nothing twice to an application already cleared", () => {
    expect(
      retentionStep({ status: "DECLINED", ...kept, personalDataRemovedAt: new Date("2029-01-01") }),
    ).toBeNull();
  });
});

describe("when a round is due", () => {
  const closesAt = new Date("2027-03-31T23:00:00Z");

  it("is due from the same moment N calendar months after closing, not before", () => {
    expect(isRetentionDue(closesAt, 24, new Date("2029-03-31T22:59:59Z"))).toBe(false);
    expect(isRetentionDue(closesAt, 24, new Date("2029-03-31T23:00:00Z"))).toBe(true);
  });

  it("follows the scheme's months", () => {
    const now = new Date("2027-10-01T00:00:00Z");
    expect(isRetentionDue(closesAt, 6, now)).toBe(true);
    expect(isRetentionDue(closesAt, 7, now)).toBe(false);
  });
});
