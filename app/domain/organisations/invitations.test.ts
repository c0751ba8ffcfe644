import { describe, expect, it } from "vitest";
import { takesLastOwner } from "./invitations";

describe("keeping an owner", () => {
  const members = [
    { id: "a", role: "OWNER" as const },
    { id: "b", role: "MEMBER" as const },
  ];

  it("refuses to demote or remove the only owner", () => {
    expect(takesLastOwner(members, { memberId: "a", role: "MEMBER" })).toBe(true);
    expect(takesLastOwner(members, { memberId: "a", role: null })).toBe(true);
  });

  it("allows it when another owner stays", () => {
    const two = [...members, { id: "c", role: "OWNER" as const }];
    expect(takesLastOwner(two, { memberId: "a", role: "MEMBER" })).toBe(false);
    expect(takesLastOwner(two, { memberId: "a", role: null })).toBe(false);
  });

  it("does not stand in the way of changes to members or promotions", () => {
    expect(takesLastOwner(members, { memberId: "b", role: null })).toBe(false);
    expect(takesLastOwner(members, { memberId: "b", role: "OWNER" })).toBe(false);
    expect(takesLastOwner(members, { memberId: "a", role: "OWNER" })).toBe(false);
  });
});
