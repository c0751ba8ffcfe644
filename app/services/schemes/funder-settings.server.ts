import { audit } from "~/services/platform/audit.server";
import { db } from "~/services/platform/db.server";

/**
 * Funder-wide settings: how long recordings are kept after a decision, and whether its staff
 * and panel chairs must use two-factor sign-in.
 */
export async function saveFunderSettings(
  actorId: string,
  funderId: string,
  settings: { recordingRetentionDays: number; requireTwoFactor: boolean },
) {
  await db().$transaction(async (tx) => {
    const before = await tx.funder.findUniqueOrThrow({
      where: { id: funderId },
      select: { recordingRetentionDays: true, requireTwoFactor: true },
    });
    await tx.funder.update({ where: { id: funderId }, data: settings });
    await audit(tx, {
      actorId,
      action: "schemes.funder-settings-changed",
      entity: { type: "Funder", id: funderId },
      funderId,
      detail: {
        recordingRetentionDays: {
          from: before.recordingRetentionDays,
          to: settings.recordingRetentionDays,
        },
        requireTwoFactor: { from: before.requireTwoFactor, to: settings.requireTwoFactor },
      },
    });
  });
}
