import { mustUseTwoFactor } from "~/domain/accounts/two-factor";
import type { Actor } from "~/domain/access/permissions";
import { db } from "~/services/platform/db.server";
import { config } from "~/services/platform/env.server";

async function duty(userId: string) {
  const user = await db().user.findUnique({
    where: { id: userId },
    select: {
      isPlatformAdmin: true,
      totpEnabledAt: true,
      funderMemberships: {
        where: { funder: { requireTwoFactor: true } },
        select: { funderId: true },
      },
      panelMemberships: {
        where: {
          role: "CHAIR",
          removedAt: null,
          panel: { round: { scheme: { funder: { requireTwoFactor: true } } } },
        },
        select: { panelId: true },
      },
    },
  });
  if (!user) return { required: false, enabled: false };
  const required = mustUseTwoFactor(
    {
      isPlatformAdmin: user.isPlatformAdmin,
      requiredByFunders: user.funderMemberships.length + user.panelMemberships.length,
    },
    config().demoMode,
  );
  return { required, enabled: user.totpEnabledAt !== null };
}

/** Whether she would be sent straight back to set it up if she switched it off. */
export async function mustUseTwoFactorEvenIfOff(userId: string): Promise<boolean> {
  return (await duty(userId)).required;
}

/**
 * Whether she must set up two-factor sign-in before she may open any page that needs her
 * signed in. Applicant groups and reviewers who chair nothing are never asked, so `actor`
 * (when the caller has it) spares them the query.
 */
export async function mustSetUpTwoFactor(userId: string, actor?: Actor): Promise<boolean> {
  if (
    actor &&
    !actor.isPlatformAdmin &&
    actor.funders.length === 0 &&
    !actor.panels.some((panel) => panel.role === "CHAIR")
  )
    return false;
  const { required, enabled } = await duty(userId);
  return required && !enabled;
}
