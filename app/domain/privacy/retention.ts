import { subMonths } from "date-fns";

/**
 * How long a scheme keeps what applicants wrote in applications that came to nothing: drafts
 * never sent, and applications withdrawn, declined or found ineligible. The clock starts when
 * the round closes, the same moment for every application of the round.
 */

export const MIN_RETENTION_MONTHS = 6;
export const MAX_RETENTION_MONTHS = 120;
export const DEFAULT_RETENTION_MONTHS = 24;

/** What retention does to one application once its round's months have passed. */
export type RetentionStep = "delete" | "clear" | null;

/** Sent applications that ended without money: their answers and files go, their numbers stay. */
export const clearedStatuses = ["WITHDRAWN", "DECLINED", "INELIGIBLE"] as const;

export function retentionStep(application: {
  status: string;
  submittedAt: Date | null;
  personalDataRemovedAt: Date | null;
}): RetentionStep {
  // A draft nobody sent was never part of the round: nothing of it needs keeping.
  if (application.status === "DRAFT" && application.submittedAt === null) return "delete";
  if (
    (clearedStatuses as readonly string[]).includes(application.status) &&
    application.personalDataRemovedAt === null
  ) {
    return "clear";
  }
  return null;
}

/** Rounds that closed at or before this moment are due under a retention of `months`. */
export function retentionCutoff(now: Date, months: number): Date {
  return subMonths(now, months);
}

export function isRetentionDue(closesAt: Date, months: number, now: Date): boolean {
  return closesAt.getTime() <= retentionCutoff(now, months).getTime();
}
