import { reminderDue, reminderKey, reminderWindow } from "~/domain/monitoring/reminders";
import { db } from "~/services/platform/db.server";
import { config } from "~/services/platform/env.server";
import { enqueueEmail } from "~/services/platform/outbox.server";

/**
 * Reminds a group's members of a check-in some days before it is due and once after it when
 * it is still not sent, each in her own language. Safe to run as often as the scheduler likes:
 * each email's outbox key names the check-in, the reminder and the due date.
 */
export async function queueCheckInReminders(now = new Date()): Promise<number> {
  const window = reminderWindow(now);
  const checkIns = await db().checkIn.findMany({
    where: {
      kind: "CHECK_IN",
      submittedAt: null,
      dueOn: { gte: window.from, lte: window.to },
      grant: { status: { in: ["ACTIVE", "COMPLETED"] } },
    },
    include: {
      grant: {
        select: {
          id: true,
          status: true,
          application: {
            select: {
              organisation: {
                select: { name: true, members: { include: { user: true } } },
              },
              pot: { select: { round: { select: { scheme: true } } } },
            },
          },
        },
      },
    },
  });
  let queued = 0;
  for (const checkIn of checkIns) {
    const which = reminderDue({ ...checkIn, grantStatus: checkIn.grant.status }, now);
    if (!which) continue;
    const { organisation, pot } = checkIn.grant.application;
    const scheme = pot.round.scheme;
    await db().$transaction(async (tx) => {
      for (const member of organisation.members) {
        const dedupeKey = reminderKey(checkIn.id, which, checkIn.dueOn, member.userId);
        if (await tx.outboundEmail.findUnique({ where: { dedupeKey }, select: { id: true } }))
          continue;
        await enqueueEmail(tx, {
          to: member.user.email,
          locale: member.user.locale,
          template: "check-in-reminder",
          payload: {
            which,
            organisation: organisation.name,
            scheme: scheme.title as Record<string, string>,
            dueOn: checkIn.dueOn.toISOString(),
            timeZone: scheme.timeZone,
            link: `${config().appUrl}/grants/${checkIn.grant.id}/check-ins/${checkIn.id}`,
          },
          dedupeKey,
        });
        queued += 1;
      }
    });
  }
  return queued;
}
