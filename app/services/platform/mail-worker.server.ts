import {
  isPermanentFailure,
  retryDelayMs,
  shouldGiveUp,
  type DeliveryFailure,
} from "~/domain/shared/email-delivery";
import { emailTemplates, type TemplateName } from "../../../emails";
import { db } from "./db.server";
import { config } from "./env.server";
import { log } from "./log.server";
import { deliver } from "./mailer.server";
import { messageFor } from "./outbox.server";

type OutgoingMessage = Awaited<ReturnType<typeof messageFor>>;

const BATCH_SIZE = 20;
const CLAIM_MS = 2 * 60 * 1000;
const POLL_MS = 2000;
/** Writing "sent" is tried this many times, since failing to write it means sending again. */
const RECORD_TRIES = 3;
const RECORD_PAUSE_MS = 250;

type DueEmail = Awaited<ReturnType<typeof dueEmails>>[number];

function dueEmails(now: Date) {
  return db().outboundEmail.findMany({
    where: {
      status: "PENDING",
      nextAttemptAt: { lte: now },
      OR: [{ lockedUntil: null }, { lockedUntil: { lt: now } }],
    },
    orderBy: { createdAt: "asc" },
    take: BATCH_SIZE,
  });
}

/**
 * A conditional update that only one worker can win. The claim runs from the moment it is
 * taken, not from the start of the batch: sends before it in the batch may have waited on a
 * slow server, and a claim that ran out early would let another worker send the same email.
 */
async function claim(email: DueEmail, now: Date): Promise<boolean> {
  const from = Math.max(now.getTime(), Date.now());
  const claimed = await db().outboundEmail.updateMany({
    where: {
      id: email.id,
      status: "PENDING",
      OR: [{ lockedUntil: null }, { lockedUntil: { lt: now } }],
    },
    data: { lockedUntil: new Date(from + CLAIM_MS) },
  });
  return claimed.count === 1;
}

/**
 * The SMTP server has taken the email, so it must be recorded as sent: if the write failed and
 * the claim ran out, another attempt would send it twice. A database that stays unreachable
 * leaves the email claimed, and it is sent again once the claim runs out (decision 0041).
 */
async function recordSent(email: DueEmail, messageId: string, message: OutgoingMessage) {
  const wipe = wipedAfterDelivery(email.template, config().demoMode);
  // Only the demo keeps what was sent, for its mailbox to show.
  const keep = !wipe && message.renderedNow;
  for (let attempt = 1; ; attempt++) {
    try {
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
      return;
    } catch (error) {
      if (attempt >= RECORD_TRIES) throw error;
      await new Promise((resolve) => setTimeout(resolve, RECORD_PAUSE_MS * attempt));
    }
  }
}

async function recordFailure(email: DueEmail, error: unknown, now: Date) {
  const attempts = email.attempts + 1;
  const giveUp = isPermanentFailure(error as DeliveryFailure) || shouldGiveUp(attempts);
  await db().outboundEmail.update({
    where: { id: email.id },
    data: {
      attempts,
      lastError: String((error as Error)?.message ?? error).slice(0, 1000),
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
}

/**
 * Delivers due emails from the outbox. Each email is claimed before sending, so two workers
 * (or two app servers) never send the same email. A 5xx answer about the message fails it at
 * once; other failures are tried again with backoff, up to MAX_DELIVERY_ATTEMPTS.
 */
export async function deliverDueEmails(
  now = new Date(),
): Promise<{ sent: number; failed: number }> {
  let sent = 0;
  let failed = 0;
  for (const email of await dueEmails(now)) {
    if (!(await claim(email, now))) continue;
    let messageId: string;
    let message: OutgoingMessage;
    try {
      message = await messageFor(email);
      messageId = await deliver({
        id: email.id,
        to: email.to,
        subject: message.subject,
        text: message.text,
        html: message.html,
      });
    } catch (error) {
      await recordFailure(email, error, now);
      failed += 1;
      continue;
    }
    await recordSent(email, messageId, message);
    sent += 1;
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
