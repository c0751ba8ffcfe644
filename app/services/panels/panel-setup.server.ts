import { settingsWarnings, type PanelSettings } from "~/domain/panels/panel-settings";
import type { Locale } from "~/domain/shared/locales";
import { translated } from "~/domain/shared/translated-text";
import { audit } from "~/services/platform/audit.server";
import { db, type Tx } from "~/services/platform/db.server";

/** Creating a round's review panels and changing their settings, for the funder's staff. */

export const panelEntity = (panelId: string) => ({ type: "Panel", id: panelId });

/** The round's panels, oldest first, with the pots each names and its current members. */
export async function roundPanels(roundId: string) {
  const panels = await db().panel.findMany({
    where: { roundId },
    orderBy: { createdAt: "asc" },
    include: {
      pots: { select: { potId: true } },
      _count: { select: { members: { where: { removedAt: null } } } },
    },
  });
  return panels.map((panel) => ({
    id: panel.id,
    name: panel.name,
    potIds: panel.pots.map((pot) => pot.potId),
    memberCount: panel._count.members,
    reviewsNeeded: panel.reviewsNeeded,
    reviewDeadline: panel.reviewDeadline,
  }));
}

const settingsData = (settings: PanelSettings) => ({
  name: settings.name,
  reviewsNeeded: settings.reviewsNeeded,
  communityReviewerRequired: settings.communityReviewerRequired,
  blindReview: settings.blindReview,
  reviewDeadline: settings.reviewDeadline,
  disagreementThreshold: settings.disagreementThreshold,
  communityRanking: settings.communityRanking,
});

/** Only pots of the panel's own round may be covered, whatever the form sent. */
async function coverPots(tx: Tx, panelId: string, roundId: string, potIds: string[]) {
  await tx.panelPot.deleteMany({ where: { panelId } });
  const pots = await tx.pot.findMany({
    where: { roundId, id: { in: potIds } },
    select: { id: true },
  });
  for (const pot of pots) await tx.panelPot.create({ data: { panelId, potId: pot.id } });
  return pots.map((pot) => pot.id);
}

const auditDetail = (settings: PanelSettings, potIds: string[]) => ({
  ...settingsData(settings),
  reviewDeadline: settings.reviewDeadline?.toISOString() ?? null,
  potIds,
});

export async function createPanel(
  actorId: string,
  funderId: string,
  roundId: string,
  settings: PanelSettings,
) {
  return db().$transaction(async (tx) => {
    const panel = await tx.panel.create({ data: { roundId, ...settingsData(settings) } });
    const potIds = await coverPots(tx, panel.id, roundId, settings.potIds);
    await audit(tx, {
      actorId,
      action: "panels.created",
      entity: panelEntity(panel.id),
      funderId,
      detail: auditDetail(settings, potIds),
    });
    return panel;
  });
}

export async function changePanelSettings(
  actorId: string,
  funderId: string,
  panel: { id: string; roundId: string },
  settings: PanelSettings,
) {
  await db().$transaction(async (tx) => {
    await tx.panel.update({ where: { id: panel.id }, data: settingsData(settings) });
    const potIds = await coverPots(tx, panel.id, panel.roundId, settings.potIds);
    await audit(tx, {
      actorId,
      action: "panels.settings-changed",
      entity: panelEntity(panel.id),
      funderId,
      detail: auditDetail(settings, potIds),
    });
  });
}

/**
 * What staff should read about a panel's settings, in words: a deadline before the round
 * closes, pots another panel reads too. Warnings never stop a save.
 */
export async function panelWarnings(
  panel: { id: string; reviewDeadline: Date | null; potIds: string[] },
  round: { id: string; closesAt: Date; pots: { id: string; name: unknown }[] },
  locale: Locale,
) {
  const others = (await roundPanels(round.id)).filter((other) => other.id !== panel.id);
  const potName = (potId: string) =>
    translated(round.pots.find((pot) => pot.id === potId)?.name, locale).text;
  return settingsWarnings({
    panel,
    roundClosesAt: round.closesAt,
    roundPotIds: round.pots.map((pot) => pot.id),
    otherPanels: others,
  }).map((warning) =>
    warning.kind === "deadline-before-close"
      ? { key: "panels:setup.warnings.deadlineBeforeClose" }
      : {
          key: "panels:setup.warnings.potShared",
          values: { pot: potName(warning.potId), panels: warning.otherPanels.join(", ") },
        },
  );
}
