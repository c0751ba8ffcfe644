import { roundPhaseWhere } from "~/domain/schemes/round-phase";
import { db } from "~/services/platform/db.server";
import { config } from "~/services/platform/env.server";
import { enqueueEmail } from "~/services/platform/outbox.server";

const DAY = 24 * 60 * 60 * 1000;

/**
 * Reminds organisations with unsent drafts 3 days and 1 day before a round closes. Each
 * reminder has its own outbox key (application, person, which reminder), so running this as
 * often as we like never sends one twice.
 */
export async function queueDeadlineReminders(now = new Date()): Promise<number> {
  const drafts = await db().application.findMany({
    where: {
      status: "DRAFT",
      pot: {
        round: {
          AND: [
            roundPhaseWhere("notClosed", now),
            { closesAt: { lte: new Date(now.getTime() + 3 * DAY) } },
          ],
        },
      },
    },
    include: {
      organisation: { include: { members: { include: { user: true } } } },
      pot: { include: { round: { include: { scheme: true } } } },
    },
  });
  let queued = 0;
  for (const draft of drafts) {
    const round = draft.pot.round;
    const which = round.closesAt.getTime() - now.getTime() <= DAY ? "1d" : "3d";
    await db().$transaction(async (tx) => {
      for (const member of draft.organisation.members) {
        const dedupeKey = `deadline-reminder:${draft.id}:${member.userId}:${which}`;
        if (await tx.outboundEmail.findUnique({ where: { dedupeKey }, select: { id: true } }))
          continue;
        await enqueueEmail(tx, {
          to: member.user.email,
          locale: member.user.locale,
          template: "deadline-reminder",
          payload: {
            applicationId: draft.id,
            organisation: draft.organisation.name,
            scheme: round.scheme.title as Record<string, string>,
            closesAt: round.closesAt.toISOString(),
            timeZone: round.scheme.timeZone,
            link: `${config().appUrl}/applications/${draft.id}`,
          },
          dedupeKey,
        });
        queued += 1;
      }
    });
  }
  return queued;
}
