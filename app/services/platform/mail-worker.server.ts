import { retryDelayMs, shouldGiveUp } from "~/domain/shared/email-delivery";
import { emailTemplates, type TemplateName } from "../../../emails";
import { db } from "./db.server";
import { config } from "./env.server";
import { log } from "./log.server";
import { deliver } from "./mailer.server";
import { messageFor } from "./outbox.server";

const BATCH_SIZE = 20;
const CLAIM_MS = 2 * 60 * 1000;
const POLL_MS = 2000;

/**
 * Delivers due emails from the outbox. Each email is claimed with a conditional update before
 * sending, so two workers (or two app servers) never send the same email.
 */
export async function deliverDueEmails(
  now = new Date(),
): Promise<{ sent: number; failed: number }> {
  const due = await db().outboundEmail.findMany({
    where: {
      status: "PENDING",
      nextAttemptAt: { lte: now },
      OR: [{ lockedUntil: null }, { lockedUntil: { lt: now } }],
    },
    orderBy: { createdAt: "asc" },
    take: BATCH_SIZE,
  });
  let sent = 0;
  let failed = 0;
  for (const email of due) {
    const claim = await db().outboundEmail.updateMany({
      where: {
        id: email.id,
        status: "PENDING",
        OR: [{ lockedUntil: null }, { lockedUntil: { lt: now } }],
      },
      data: { lockedUntil: new Date(now.getTime() + CLAIM_MS) },
    });
    if (claim.count !== 1) continue;
    try {
      const message = await messageFor(email);
      const messageId = await deliver({
        id: email.id,
        to: email.to,
        subject: message.subject,
        text: message.text,
        html: message.html,
      });
      const wipe = wipedAfterDelivery(email.template, config().demoMode);
      // Only the demo keeps what was sent, for its mailbox to show.
      const keep = !wipe && message.renderedNow;
      await db().outboundEmail.update({
        where: { id: email.id },
        data: {
          status: "SENT",
          sentAt: new Date(),
          messageId,
          attempts: email.attempts + 1,
          lockedUntil: null,
          lastError: null,
          ...(wipe ? { subject: null, textBody: null, htmlBody: null, payload: {} } : {}),
          ...(keep ? { textBody: message.text, htmlBody: message.html } : {}),
        },
      });
      sent += 1;
    } catch (error) {
      const attempts = email.attempts + 1;
      const giveUp = shouldGiveUp(attempts);
      await db().outboundEmail.update({
        where: { id: email.id },
        data: {
          attempts,
          lastError: String((error as Error).message ?? error).slice(0, 1000),
          lockedUntil: null,
          status: giveUp ? "FAILED" : "PENDING",
          nextAttemptAt: new Date(now.getTime() + retryDelayMs(attempts)),
        },
      });
      log().warn(
        {
          component: "mail-worker",
          err: error,
          emailId: email.id,
          template: email.template,
          attempts,
          giveUp,
        },
        "an email could not be delivered",
      );
      failed += 1;
    }
  }
  return { sent, failed };
}

/**
 * A sent email that carries a secret keeps no copy of it. Sign-in codes are wiped in demo mode
 * too: the demo mailbox shows a code only to the browser that asked for it (decision 0037).
 * Invitation links stay readable there, for demo people and addresses the browser signed in as.
 */
function wipedAfterDelivery(template: string, demoMode: boolean): boolean {
  if (template === "sign-in-code") return true;
  return (emailTemplates[template as TemplateName]?.sensitive ?? false) && !demoMode;
}

let timer: NodeJS.Timeout | undefined;
let running = false;

async function tick() {
  if (running) return;
  running = true;
  try {
    await deliverDueEmails();
  } catch (error) {
    log().error({ component: "mail-worker", err: error }, "the mail worker could not deliver");
  } finally {
    running = false;
  }
}

export function startMailWorker() {
  if (timer) return;
  timer = setInterval(tick, POLL_MS);
  timer.unref();
}

/** Delivers soon after a transaction that wrote emails commits, rather than at the next poll. */
export function nudgeMailWorker() {
  if (timer) setImmediate(tick);
}

export function stopMailWorker() {
  if (timer) clearInterval(timer);
  timer = undefined;
}
