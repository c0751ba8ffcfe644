import { can, type Actor } from "~/domain/access/permissions";
import { db, type Tx } from "~/services/platform/db.server";
import { guardedChange, guardedChangeWithin } from "~/services/platform/guarded-change.server";
import { nudgeMailWorker } from "~/services/platform/mail-worker.server";
import { emailTemplates } from "../../../emails";

export const FAILED_PAGE_SIZE = 50;
/** One press of "retry all" puts back at most this many, to keep its transaction short. */
export const RETRY_ALL_LIMIT = 500;

/**
 * Emails the mail worker gave up on, newest failure first. Only what an operator needs to act
 * on: never the subject or the body, which may hold a sign-in code or an invitation link.
 */
export async function failedEmails(page: number) {
  const where = { status: "FAILED" as const };
  const [total, emails] = await Promise.all([
    db().outboundEmail.count({ where }),
    db().outboundEmail.findMany({
      where,
      orderBy: [{ updatedAt: "desc" }, { id: "asc" }],
      skip: (page - 1) * FAILED_PAGE_SIZE,
      take: FAILED_PAGE_SIZE,
      select: {
        id: true,
        to: true,
        template: true,
        locale: true,
        lastError: true,
        attempts: true,
        createdAt: true,
        updatedAt: true,
      },
    }),
  ]);
  return {
    total,
    pages: Math.max(1, Math.ceil(total / FAILED_PAGE_SIZE)),
    // A template renamed since the email was written is shown by its stored name.
    emails: emails.map((email) => ({ ...email, known: email.template in emailTemplates })),
  };
}

type RetryableEmail = {
  id: string;
  status: "PENDING" | "SENT" | "FAILED";
  template: string;
  attempts: number;
  lastError: string | null;
};

/**
 * Puts a failed email back in the queue with a fresh round of attempts, audited. Only a FAILED
 * email can be retried, so a double press never queues a sent one again.
 */
function retry(actor: Actor, emailId: string, everyFailed: boolean) {
  return {
    actorId: actor.id,
    load: (tx: Tx): Promise<RetryableEmail | null> =>
      tx.outboundEmail.findUnique({
        where: { id: emailId },
        select: { id: true, status: true, template: true, attempts: true, lastError: true },
      }),
    allowed: () => can(actor, "administer", { type: "platform" }),
    from: ["FAILED"] as const,
    update: (tx: Tx, email: RetryableEmail) =>
      tx.outboundEmail.updateMany({
        where: { id: email.id, status: "FAILED" },
        data: { status: "PENDING", attempts: 0, nextAttemptAt: new Date(), lockedUntil: null },
      }),
    audit: (email: RetryableEmail) => ({
      action: "outbox.email-retried" as const,
      entity: { type: "email", id: email.id },
      detail: {
        template: email.template,
        attemptsBefore: email.attempts,
        lastError: email.lastError,
        ...(everyFailed ? { retryAll: true } : {}),
      },
    }),
  };
}

export async function retryFailedEmail(actor: Actor, emailId: string) {
  const outcome = await guardedChange(db(), retry(actor, emailId, false));
  if (outcome.ok) nudgeMailWorker();
  return outcome;
}

/** Retries every failed email (up to RETRY_ALL_LIMIT), each audited; returns how many. */
export async function retryAllFailedEmails(actor: Actor): Promise<number> {
  if (!can(actor, "administer", { type: "platform" })) return 0;
  const failed = await db().outboundEmail.findMany({
    where: { status: "FAILED" },
    orderBy: { updatedAt: "asc" },
    take: RETRY_ALL_LIMIT,
    select: { id: true },
  });
  const retried = await db().$transaction(async (tx) => {
    let count = 0;
    for (const { id } of failed) {
      const outcome = await guardedChangeWithin(tx, retry(actor, id, true));
      if (outcome.ok) count += 1;
    }
    return count;
  });
  if (retried > 0) nudgeMailWorker();
  return retried;
}
