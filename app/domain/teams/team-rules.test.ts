import { describe, expect, it } from "vitest";
import { takesLastAdmin } from "./team-rules";

const team = [
  { id: "grace", role: "ADMIN" as const },
  { id: "tomas", role: "PROGRAMME_OFFICER" as const },
];

describe("the last administrator", () => {
  it("can be neither demoted nor removed", () => {
    expect(takesLastAdmin(team, { memberId: "grace", role: "VIEWER" })).toBe(true);
    expect(takesLastAdmin(team, { memberId: "grace", role: null })).toBe(true);
  });

  it("can step down once someone else is an administrator", () => {
    const two = [...team, { id: "helen", role: "ADMIN" as const }];
    expect(takesLastAdmin(two, { memberId: "grace", role: "VIEWER" })).toBe(false);
    expect(takesLastAdmin(two, { memberId: "grace", role: null })).toBe(false);
  });

  it("does not hold back changes to other people", () => {
    expect(takesLastAdmin(team, { memberId: "tomas", role: null })).toBe(false);
    expect(takesLastAdmin(team, { memberId: "tomas", role: "ADMIN" })).toBe(false);
    expect(takesLastAdmin(team, { memberId: "grace", role: "ADMIN" })).toBe(false);
  });
});
