import { describe, expect, it } from "vitest";
import { erasureBlockers, type ErasureFacts } from "./erasure";

const nobody: ErasureFacts = {
  isPlatformAdmin: false,
  otherPlatformAdmins: 0,
  organisations: [],
  funders: [],
};
const group = { organisationId: "o1", name: "Amal", otherOwners: 0, otherMembers: 2 };

describe("what stops an erasure", () => {
  it("lets a person with no responsibilities go", () => {
    expect(erasureBlockers(nobody)).toEqual([]);
  });

  it("stops the only owner of a group others still belong to", () => {
    expect(erasureBlockers({ ...nobody, organisations: [{ ...group, role: "OWNER" }] })).toEqual([
      { kind: "only-owner", organisationId: "o1", name: "Amal" },
    ]);
  });

  it("lets an owner go when another owner stays, or when she is the group's only member", () => {
    const shared = { ...group, role: "OWNER" as const, otherOwners: 1 };
    const alone = { ...group, role: "OWNER" as const, otherMembers: 0 };
    expect(erasureBlockers({ ...nobody, organisations: [shared, alone] })).toEqual([]);
    expect(erasureBlockers({ ...nobody, organisations: [{ ...group, role: "MEMBER" }] })).toEqual(
      [],
    );
  });

  it("stops the last admin of a funder and the last platform admin", () => {
    expect(
      erasureBlockers({
        isPlatformAdmin: true,
        otherPlatformAdmins: 0,
        organisations: [],
        funders: [
          { funderId: "f1", name: "Riverside", role: "ADMIN", otherAdmins: 0 },
          { funderId: "f2", name: "Harbour", role: "ADMIN", otherAdmins: 1 },
          { funderId: "f3", name: "Hill", role: "VIEWER", otherAdmins: 0 },
        ],
      }),
    ).toEqual([
      { kind: "last-admin", funderId: "f1", name: "Riverside" },
      { kind: "last-platform-admin" },
    ]);
  });
});
