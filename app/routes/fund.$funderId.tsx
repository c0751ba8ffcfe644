import type { LoaderFunctionArgs } from "@remix-run/node";
import { Outlet } from "@remix-run/react";
import { translated } from "~/domain/shared/translated-text";
import { db } from "~/services/platform/db.server";
import { requireFunder } from "~/services/schemes/scheme-access.server";

/**
 * Layout for everything under /fund/:funderId, and the data of its dashboard (the index
 * page): the funder, its schemes and staff, and what the signed-in person may do. Each page
 * below still checks permission in its own loader and action.
 */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const { funderId, locale, canEdit, canViewAudit, canAdminister } = await requireFunder(
    request,
    params,
    "view",
  );
  const funder = await db().funder.findUniqueOrThrow({
    where: { id: funderId },
    include: {
      schemes: {
        include: { _count: { select: { rounds: true } } },
        orderBy: { createdAt: "desc" },
      },
      members: { include: { user: { select: { name: true, email: true } } } },
    },
  });
  return {
    funder: { id: funder.id, name: funder.name },
    name: funder.name,
    canEdit,
    canViewAudit,
    canAdminister,
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
