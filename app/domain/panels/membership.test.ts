import { describe, expect, it } from "vitest";
import { countsTowardScore, panelInvitationExpiry } from "./membership";

const present = { removedAt: null };
const removed = { removedAt: new Date("2027-03-10T12:00:00Z") };

describe("countsTowardScore", () => {
  it("keeps counting a review submitted by a member removed afterwards", () => {
    expect(countsTowardScore({ status: "SUBMITTED", excludedAt: null }, removed)).toBe(true);
  });

  it("stops counting the draft a removed member left behind", () => {
    expect(countsTowardScore({ status: "DRAFT", excludedAt: null }, removed)).toBe(false);
    expect(countsTowardScore({ status: "DRAFT", excludedAt: null }, present)).toBe(true);
  });

  it("never counts a review set aside for a conflict of interest", () => {
    const excludedAt = new Date("2027-03-11T09:00:00Z");
    expect(countsTowardScore({ status: "SUBMITTED", excludedAt }, present)).toBe(false);
    expect(countsTowardScore({ status: "SUBMITTED", excludedAt }, removed)).toBe(false);
  });
});

describe("panelInvitationExpiry", () => {
  it("gives an invitation fourteen days", () => {
    expect(panelInvitationExpiry(new Date("2027-03-01T10:00:00Z")).toISOString()).toBe(
      "2027-03-15T10:00:00.000Z",
    );
  });
});
