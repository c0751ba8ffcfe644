import { audit } from "~/services/platform/audit.server";
import { db } from "~/services/platform/db.server";

/**
 * Funder-wide settings: how long recordings are kept after a decision, whether its staff
 * and panel chairs must use two-factor sign-in, and its open-data identifiers.
 */
export async function saveFunderSettings(
  actorId: string,
  funderId: string,
  settings: {
    recordingRetentionDays: number;
    requireTwoFactor: boolean;
    orgIdentifier?: string | null;
    grantIdPrefix?: string | null;
  },
) {
  await db().$transaction(async (tx) => {
    const before = await tx.funder.findUniqueOrThrow({
      where: { id: funderId },
      select: {
        recordingRetentionDays: true,
        requireTwoFactor: true,
        orgIdentifier: true,
        grantIdPrefix: true,
      },
    });
    await tx.funder.update({ where: { id: funderId }, data: settings });
    await audit(tx, {
      actorId,
      action: "schemes.funder-settings-changed",
      entity: { type: "Funder", id: funderId },
      funderId,
      // Only what changed, so the audit log reads as what the admin did.
      detail: Object.fromEntries(
        (["recordingRetentionDays", "requireTwoFactor", "orgIdentifier", "grantIdPrefix"] as const)
          .filter((name) => settings[name] !== undefined && before[name] !== settings[name])
          .map((name) => [name, { from: before[name], to: settings[name] }]),
      ),
    });
  });
}
