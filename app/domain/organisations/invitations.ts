import type { OrganisationRole } from "~/domain/access/permissions";
import { takesLastInCharge } from "~/domain/shared/last-in-charge";

/** Who may stay in charge of an organisation its members join by invitation. */

/** Whether a change would leave the organisation without a coordinator (OWNER). */
export function takesLastOwner(
  members: { id: string; role: OrganisationRole }[],
  change: { memberId: string; role: OrganisationRole | null },
): boolean {
  return takesLastInCharge(members, change, "OWNER");
}
