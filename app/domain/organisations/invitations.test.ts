import { describe, expect, it } from "vitest";
import { invitationExpiry, invitationState, takesLastOwner } from "./invitations";

const now = new Date("2027-03-10T12:00:00Z");

describe("invitation links", () => {
  it("work for seven days", () => {
    expect(invitationExpiry(now).toISOString()).toBe("2027-03-17T12:00:00.000Z");
  });

  const pending = { acceptedAt: null, revokedAt: null, expiresAt: invitationExpiry(now) };

  it("are pending until they expire, and expired from the expiry moment on", () => {
    expect(invitationState(pending, now)).toBe("pending");
    expect(invitationState(pending, new Date("2027-03-17T11:59:59Z"))).toBe("pending");
    expect(invitationState(pending, new Date("2027-03-17T12:00:00Z"))).toBe("expired");
  });

  it("say they were used or cancelled even once their time is up", () => {
    const later = new Date("2027-04-01T00:00:00Z");
    expect(invitationState({ ...pending, acceptedAt: now }, later)).toBe("accepted");
    expect(invitationState({ ...pending, revokedAt: now }, later)).toBe("revoked");
  });
});

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
