import type { Locale } from "~/domain/shared/locales";
import { translated } from "~/domain/shared/translated-text";
import { db } from "~/services/platform/db.server";

/** The panels someone sits on, newest round first, with her role and when the round closes. */
export async function panelsOf(userId: string, locale: Locale) {
  const memberships = await db().panelMember.findMany({
    where: { userId },
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
