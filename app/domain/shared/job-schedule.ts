import { retryDelayMs } from "./email-delivery";

/** When a recurring job runs again: one interval after a run that worked, counted from its start. */
export function nextRunAfterSuccess(startedAt: Date, everyMs: number): Date {
  return new Date(startedAt.getTime() + everyMs);
}

/**
 * After a failed run, sooner: the same back-off as a failed email (30 s, then doubling), but
 * never later than the job's own rhythm, so a failing job is tried at least as often as a
 * healthy one runs.
 */
export function nextRunAfterFailure(startedAt: Date, everyMs: number, failuresSoFar: number): Date {
  return new Date(startedAt.getTime() + Math.min(retryDelayMs(failuresSoFar), everyMs));
}
