import type { FunderRole } from "~/domain/access/permissions";
import { takesLastInCharge } from "~/domain/shared/last-in-charge";

/** Rules for a funder's team: who is on it and who stays in charge of it. */

export const teamRoles = [
  "ADMIN",
  "PROGRAMME_OFFICER",
  "VIEWER",
] as const satisfies readonly FunderRole[];

/**
 * Whether changing one person's role (or removing her: role null) would leave the funder with
 * no administrator, so that nobody could invite or remove people any more.
 */
export function takesLastAdmin(
  members: readonly { id: string; role: FunderRole }[],
  change: { memberId: string; role: FunderRole | null },
): boolean {
  return takesLastInCharge(members, change, "ADMIN");
}
