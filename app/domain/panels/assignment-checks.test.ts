import { describe, expect, it } from "vitest";
import { queueState, whyNotAssign } from "./assignment-checks";
import { planFingerprint, potsInScope, seedFromPanelId } from "./review-scope";

describe("adding a reviewer by hand", () => {
  const member = { removed: false };
  it("allows a member with no conflict who does not have it yet", () => {
    expect(whyNotAssign({ member, conflicted: false, alreadyAssigned: false })).toBeNull();
  });
  it.each([
    ["not-a-member", { member: null, conflicted: false, alreadyAssigned: false }],
    ["removed", { member: { removed: true }, conflicted: false, alreadyAssigned: false }],
    ["conflicted", { member, conflicted: true, alreadyAssigned: false }],
    ["already-assigned", { member, conflicted: false, alreadyAssigned: true }],
  ] as const)("refuses: %s", (reason, input) => {
    expect(whyNotAssign(input)).toBe(reason);
  });
  it("names the conflict before the duplicate, since the conflict is what staff must fix", () => {
    expect(whyNotAssign({ member, conflicted: true, alreadyAssigned: true })).toBe("conflicted");
  });
});

describe("a reviewer's queue", () => {
  it("reads no review as to do, a draft as draft, a sent one as done", () => {
    expect(queueState(null)).toBe("to-do");
    expect(queueState({ status: "DRAFT" })).toBe("draft");
    expect(queueState({ status: "SUBMITTED" })).toBe("done");
  });
});

describe("review scope", () => {
  it("covers the whole round when the panel names no pot", () => {
    expect(potsInScope([], ["a", "b"])).toEqual(["a", "b"]);
    expect(potsInScope(["b"], ["a", "b"])).toEqual(["b"]);
  });
  it("seeds the same panel the same way, and two panels differently", () => {
    expect(seedFromPanelId("panel-1")).toBe(seedFromPanelId("panel-1"));
    expect(seedFromPanelId("panel-1")).not.toBe(seedFromPanelId("panel-2"));
  });
});

describe("a plan's fingerprint", () => {
  it("ignores order and changes with any pair", () => {
    const a = { reviewerId: "r1", applicationId: "a1" };
    const b = { reviewerId: "r2", applicationId: "a1" };
    expect(planFingerprint([a, b])).toBe(planFingerprint([b, a]));
    expect(planFingerprint([a, b])).not.toBe(planFingerprint([a]));
  });
});
