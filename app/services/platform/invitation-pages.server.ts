import { data } from "@remix-run/node";
import type { ClosedInvitationState } from "~/domain/shared/invitations";

/** What every invitation link's page (group, panel, working group, funder team) shares on the server. */

/** 404 for a link we never issued; 410 for one that worked once and no longer does. */
export function closedInvitation(state: ClosedInvitationState) {
  return data({ state, invitation: null, signedInAs: null } as const, {
    status: state === "unknown" ? 404 : 410,
  });
}
