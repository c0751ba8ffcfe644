import { audit } from "~/services/platform/audit.server";
import { db } from "~/services/platform/db.server";

/** Funder-wide settings; today how long recordings are kept after a decision. */
export async function saveFunderSettings(
  actorId: string,
  funderId: string,
  settings: { recordingRetentionDays: number },
) {
  await db().$transaction(async (tx) => {
    const before = await tx.funder.findUniqueOrThrow({
      where: { id: funderId },
      select: { recordingRetentionDays: true },
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
      },
    });
  });
}
