import { data } from "@remix-run/node";
import type { InvitationState } from "~/domain/organisations/invitations";

/** What every invitation link's page (group, panel, funder team) shares on the server. */

export type ClosedState = "unknown" | Exclude<InvitationState, "pending">;

/** 404 for a link we never issued; 410 for one that worked once and no longer does. */
export function closedInvitation(state: ClosedState) {
  return data({ state, invitation: null, signedInAs: null } as const, {
    status: state === "unknown" ? 404 : 410,
  });
}
