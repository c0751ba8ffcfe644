import { describe, expect, it } from "vitest";
import { invitationExpiry, invitationState } from "./invitations";

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
