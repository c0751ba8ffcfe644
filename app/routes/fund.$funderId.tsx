import type { LoaderFunctionArgs } from "@remix-run/node";
import { Outlet } from "@remix-run/react";
import { can } from "~/domain/access/permissions";
import { translated } from "~/domain/shared/translated-text";
import { db } from "~/services/platform/db.server";
import { localeOf } from "~/services/platform/i18n.server";
import { forbidden, requirePermission } from "~/services/access/permissions.server";

/**
 * Layout for everything under /fund/:funderId, and the data of its dashboard (the index
 * page): the funder, its schemes and staff, and what the signed-in person may do. Each page
 * below still checks permission in its own loader and action.
 */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const funderId = params.funderId ?? "";
  const resource = { type: "funder" as const, funderId };
  const user = await requirePermission(request, "view", resource);
  const locale = await localeOf(request);
  const funder = await db().funder.findUnique({
    where: { id: funderId },
    include: {
      schemes: {
        include: { _count: { select: { rounds: true } } },
        orderBy: { createdAt: "desc" },
      },
      members: { include: { user: { select: { name: true, email: true } } } },
    },
  });
  // Only a platform admin gets this far for a missing funder; she gets the same 403 as anyone.
  if (!funder) throw forbidden();
  return {
    funder: { id: funder.id, name: funder.name },
    name: funder.name,
    canEdit: can(user, "edit", resource),
    canViewAudit: can(user, "view-audit", resource),
    schemes: funder.schemes.map((scheme) => ({
      id: scheme.id,
      title: translated(scheme.title, locale),
      rounds: scheme._count.rounds,
      published: scheme.published,
    })),
    staff: funder.members.map((member) => ({
      id: member.id,
      name: member.user.name ?? member.user.email,
      role: member.role,
    })),
  };
}

export default function FunderLayout() {
  return <Outlet />;
}
