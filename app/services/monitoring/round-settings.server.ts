import type { RoundSettings } from "~/domain/monitoring/round-settings";
import type { SignedInUser } from "~/services/access/permissions.server";
import { audit } from "~/services/platform/audit.server";
import { db } from "~/services/platform/db.server";

/** Saves a round's monitoring defaults; grants made afterwards take their check-ins from it. */
export async function saveRoundSettings(
  actor: SignedInUser,
  round: { id: string; funderId: string },
  settings: RoundSettings,
) {
  await db().$transaction(async (tx) => {
    await tx.round.update({
      where: { id: round.id },
      data: {
        checkInPlan: settings.checkInPlan,
        lightNumbers: settings.lightNumbers,
        mscEnabled: settings.mscEnabled,
      },
    });
    await audit(tx, {
      actorId: actor.id,
      action: "monitoring.round-settings-changed",
      entity: { type: "Round", id: round.id },
      funderId: round.funderId,
      detail: {
        checkInPlan: settings.checkInPlan,
        lightNumbers: settings.lightNumbers.length,
        mscEnabled: settings.mscEnabled,
      },
    });
  });
}
