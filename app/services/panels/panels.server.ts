import type { Locale } from "~/domain/shared/locales";
import { translated } from "~/domain/shared/translated-text";
import type { LoaderFunctionArgs } from "@remix-run/node";
import { can, type Action } from "~/domain/access/permissions";
import { db } from "~/services/platform/db.server";
import { forbidden, requirePermission } from "~/services/access/permissions.server";
import { requireRound } from "~/services/schemes/scheme-access.server";

/** The panels someone sits on, newest round first, with her role and when the round closes. */
export async function panelsOf(userId: string, locale: Locale) {
  const memberships = await db().panelMember.findMany({
    where: { userId, removedAt: null },
    orderBy: { panel: { round: { closesAt: "desc" } } },
    take: 50,
    select: {
      role: true,
      panel: {
        select: {
          id: true,
          name: true,
          round: { select: { name: true, closesAt: true, scheme: { select: { timeZone: true } } } },
        },
      },
    },
  });
  return memberships.map(({ role, panel }) => ({
    id: panel.id,
    name: panel.name,
    role,
    round: translated(panel.round.name, locale),
    closesAt: panel.round.closesAt.toISOString(),
    timeZone: panel.round.scheme.timeZone,
  }));
}

/**
 * The panel in the address with its round and members, for someone allowed to act on it (its
 * members' own pages); the same 403 whether it is missing or off-limits. Funder pages about a
 * panel enter through requireRoundPanel instead.
 */
export async function requirePanel(request: Request, params: { panelId?: string }, action: Action) {
  const panel = await db().panel.findUnique({
    where: { id: params.panelId ?? "" },
    include: {
      round: {
        include: {
          scheme: { select: { id: true, funderId: true, timeZone: true, title: true } },
          pots: { select: { id: true }, orderBy: { position: "asc" } },
        },
      },
      pots: { select: { potId: true } },
      members: {
        where: { removedAt: null },
        include: { user: { select: { name: true, email: true } } },
      },
    },
  });
  const user = await requirePermission(request, action, () =>
    Promise.resolve(panel ? panelResource(panel.id, panel.round.scheme.funderId) : null),
  );
  if (!panel) throw forbidden();
  return { user, panel };
}

/**
 * The panel in a funder page's address, for the funder's staff: loaded under its round,
 * scheme and funder, then asked of the policy. Panel members do not get these pages, and a
 * panel of another round gets the same 403 as one that does not exist.
 */
export async function requireRoundPanel(
  request: Request,
  params: LoaderFunctionArgs["params"],
  action: Action,
) {
  const access = await requireRound(request, params, "view");
  const panel = await db().panel.findFirst({
    where: { id: params.panelId ?? "", roundId: access.round.id },
    include: {
      pots: { select: { potId: true } },
      members: {
        where: { removedAt: null },
        orderBy: { createdAt: "asc" },
        include: { user: { select: { name: true, email: true } } },
      },
    },
  });
  if (!panel) throw forbidden();
  const resource = panelResource(panel.id, access.funderId);
  if (!can(access.user, action, resource)) throw forbidden();
  return {
    ...access,
    panel: { ...panel, round: access.round },
    canManage: can(access.user, "manage-members", resource),
    canEditPanel: can(access.user, "edit", resource),
  };
}

export const panelResource = (panelId: string, funderId: string) =>
  ({ type: "panel", panelId, funderId }) as const;
/** The panel in the address for one of its members (not removed), with her membership. */
export async function requirePanelMember(request: Request, params: { panelId?: string }) {
  const { user, panel } = await requirePanel(request, params, "review");
  const membership = panel.members.find((member) => member.userId === user.id);
  if (!membership) throw forbidden();
  return { user, panel, membership };
}
