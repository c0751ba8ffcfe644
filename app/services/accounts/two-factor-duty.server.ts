import { mustUseTwoFactor } from "~/domain/accounts/two-factor";
import type { SignedInUser } from "~/services/access/signed-in.server";
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
 * signed in. The signed-in person (when the caller has her) already carries what decides it,
 * read with the rest of who she is; only sign-in itself, before she is loaded, asks apart.
 */
export async function mustSetUpTwoFactor(
  userId: string,
  signedIn?: SignedInUser,
): Promise<boolean> {
  const { required, enabled } = signedIn
    ? {
        required: mustUseTwoFactor(signedIn.twoFactor, config().demoMode),
        enabled: signedIn.twoFactor.enabled,
      }
    : await duty(userId);
  return required && !enabled;
}
