import type { Action } from "~/domain/access/permissions";
import { requirePermission } from "./permissions.server";

/**
 * The entry point of the service's own pages (the outbox, funders): the record is the platform
 * itself, which has no id in the address, so the policy decides on the person alone.
 */
export function requirePlatform(request: Request, action: Action) {
  return requirePermission(request, action, { type: "platform" });
}
