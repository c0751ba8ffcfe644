import type { LoaderFunctionArgs } from "@remix-run/node";
import { can } from "~/domain/access/permissions";
import {
  forbidden,
  refusal,
  requirePermission,
  type SignedInUser,
} from "~/services/access/permissions.server";
import { grantResource, requireGrant } from "~/services/grants/grant-access.server";
import {
  loadCheckIn as loadCheckInForStaff,
  type LoadedCheckIn as StaffLoadedCheckIn,
} from "~/services/outcomes/check-in-reading.server";
import { loadCheckIn, roundAsks, type CheckInForPage } from "./check-ins.server";

type Params = LoaderFunctionArgs["params"];

/** A check-in as the funder's staff read it, and whether she may tag it and reply. */
export type StaffCheckIn = { user: SignedInUser; checkIn: StaffLoadedCheckIn; canEdit: boolean };

/**
 * The one way into a check-in for a page, on either side of it.
 *
 * - "group": the group's own pages (/grants/:grantId/check-ins/…), by the grant's access rule
 *   for its members; the check-in must be the grant's. The funder's staff read check-ins on
 *   their own pages, never here.
 * - "staff": the funder's reading pages (/fund/:funderId/check-ins/…): she must work for the
 *   funder in the address, the check-in's grant must be that funder's (another funder's id
 *   answers 403 like one that does not exist), and the policy must allow her the action on the
 *   grant.
 */
export async function requireCheckIn(
  request: Request,
  params: Params,
  action: "view" | "edit",
  side: "group",
): Promise<CheckInForPage>;
export async function requireCheckIn(
  request: Request,
  params: Params,
  action: "view" | "edit",
  side: "staff",
): Promise<StaffCheckIn>;
export async function requireCheckIn(
  request: Request,
  params: Params,
  action: "view" | "edit",
  side: "group" | "staff",
): Promise<CheckInForPage | StaffCheckIn> {
  if (side === "staff") {
    const funderId = params.funderId ?? "";
    const user = await requirePermission(request, "view", { type: "funder", funderId });
    const checkIn = await loadCheckInForStaff(params.checkInId ?? "");
    if (!checkIn || checkIn.grant.funderId !== funderId) throw forbidden();
    const resource = grantResource(checkIn.grant);
    if (!can(user, action, resource)) throw refusal(user, action, resource);
    return { user, checkIn, canEdit: can(user, "edit", resource) };
  }
  const page = await requireGrant(request, params, action);
  if (page.as !== "group") throw forbidden();
  const checkIn = await loadCheckIn(page.grant.id, params.checkInId ?? "");
  if (!checkIn) throw forbidden();
  const asks = await roundAsks(page.grant.application.pot.round.id);
  return { ...page, checkIn, asks };
}
