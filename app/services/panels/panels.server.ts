import type { Locale } from "~/domain/shared/locales";
import { translated } from "~/domain/shared/translated-text";
import { can, type Action } from "~/domain/access/permissions";
import { db } from "~/services/platform/db.server";
import { forbidden, requirePermission } from "~/services/access/permissions.server";

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

type PanelParams = { panelId?: string; funderId?: string; schemeId?: string; roundId?: string };

/**
 * The panel in the address with its round and members, for someone allowed to act on it; the
 * same 403 whether it is missing or off-limits. Under a funder's pages the panel must belong to
 * the funder, scheme and round the address names.
 */
export async function requirePanel(request: Request, params: PanelParams, action: Action) {
  const underFunder = params.funderId !== undefined || params.roundId !== undefined;
  const panel = await db().panel.findFirst({
    where: {
      id: params.panelId ?? "",
      ...(underFunder
        ? {
            roundId: params.roundId ?? "",
            round: { schemeId: params.schemeId ?? "", scheme: { funderId: params.funderId ?? "" } },
          }
        : {}),
    },
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
    Promise.resolve(
      panel
        ? { type: "panel" as const, panelId: panel.id, funderId: panel.round.scheme.funderId }
        : null,
    ),
  );
  if (!panel) throw forbidden();
  // A funder's pages are for its staff: panel members who are not staff stay on /panels.
  if (underFunder && !can(user, "view", { type: "funder", funderId: params.funderId ?? "" }))
    throw forbidden();
  return { user, panel };
}

/** The panel in the address for one of its members (not removed), with her membership. */
export async function requirePanelMember(request: Request, params: PanelParams) {
  const { user, panel } = await requirePanel(request, params, "review");
  const membership = panel.members.find((member) => member.userId === user.id);
  if (!membership) throw forbidden();
  return { user, panel, membership };
}
