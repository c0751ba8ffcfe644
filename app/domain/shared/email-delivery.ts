/** When the mail worker tries again after a failed delivery, and when it gives up. */

export const MAX_DELIVERY_ATTEMPTS = 8;
const FIRST_RETRY_MS = 30_000;
const LONGEST_WAIT_MS = 60 * 60 * 1000;

/** Exponential backoff: 30 s, 1 min, 2 min ... capped at one hour. */
export function retryDelayMs(attemptsSoFar: number): number {
  return Math.min(FIRST_RETRY_MS * 2 ** Math.max(0, attemptsSoFar - 1), LONGEST_WAIT_MS);
}

export function shouldGiveUp(attemptsSoFar: number): boolean {
  return attemptsSoFar >= MAX_DELIVERY_ATTEMPTS;
}

/** What a failed send tells us, as the SMTP client reports it (nodemailer's error fields). */
export type DeliveryFailure = {
  /** The client's error class: EENVELOPE, EMESSAGE, ECONNECTION, ETIMEDOUT, EAUTH ... */
  code?: unknown;
  /** The SMTP reply code, when the server answered. */
  responseCode?: unknown;
};

/**
 * A 5xx reply to the message itself (its sender, a recipient, or its content) is the server
 * saying "never": trying again would get the same answer, so the email fails at once and a
 * platform admin sees it. Everything else may pass later: 4xx replies ask us to come back,
 * refused connections and timeouts are the server's or the network's moment, and 5xx replies
 * to our greeting or credentials say our set-up is wrong, which an operator can fix while the
 * retries wait. A connection dropped mid-message, or a reply that never came after the
 * message was sent, is also tried again, although the server may have kept it (decision 0041).
 */
export function isPermanentFailure(failure: DeliveryFailure): boolean {
  const reply = typeof failure.responseCode === "number" ? failure.responseCode : 0;
  const aboutTheMessage = failure.code === "EENVELOPE" || failure.code === "EMESSAGE";
  return aboutTheMessage && reply >= 500 && reply < 600;
}
