import { requirePermission } from "~/services/access/permissions.server";

/** The admin area's way in: the platform resource, which only platform administrators hold. */
export function requirePlatformAdmin(request: Request) {
  return requirePermission(request, "administer", { type: "platform" });
}
