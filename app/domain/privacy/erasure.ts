/**
 * Who must hand over before her account can be erased: a group would be left without an owner
 * while others still rely on it, or a funder (or the platform) without an administrator.
 */

export type ErasureBlocker =
  | { kind: "only-owner"; organisationId: string; name: string }
  | { kind: "last-admin"; funderId: string; name: string }
  | { kind: "last-platform-admin" };

export type ErasureFacts = {
  isPlatformAdmin: boolean;
  otherPlatformAdmins: number;
  organisations: {
    organisationId: string;
    name: string;
    role: "OWNER" | "MEMBER";
    otherOwners: number;
    otherMembers: number;
  }[];
  funders: { funderId: string; name: string; role: string; otherAdmins: number }[];
};

export function erasureBlockers(facts: ErasureFacts): ErasureBlocker[] {
  const blockers: ErasureBlocker[] = [];
  for (const membership of facts.organisations) {
    if (membership.role === "OWNER" && membership.otherOwners === 0 && membership.otherMembers > 0)
      blockers.push({
        kind: "only-owner",
        organisationId: membership.organisationId,
        name: membership.name,
      });
  }
  for (const membership of facts.funders) {
    if (membership.role === "ADMIN" && membership.otherAdmins === 0)
      blockers.push({ kind: "last-admin", funderId: membership.funderId, name: membership.name });
  }
  if (facts.isPlatformAdmin && facts.otherPlatformAdmins === 0)
    blockers.push({ kind: "last-platform-admin" });
  return blockers;
}
