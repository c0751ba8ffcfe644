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
