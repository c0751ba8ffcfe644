import type { ApplicationStatus } from "~/domain/schemes/ledger";
import { roundHasClosed } from "~/domain/schemes/round-phase";

/**
 * An application's status as a sentence an applicant understands ("Draft — not sent yet,
 * closes on 12 March"), never the internal status name. The date to put into the sentence is
 * returned as an instant; the page formats it in the scheme's time zone and her language.
 */

export type StatusWords = {
  /** Translation key in the "applications" namespace. */
  key: string;
  /** The instant for {{date}}, when the sentence has one. */
  date: Date | null;
  /** Whether the time of day matters too (a closing time, the moment it was sent). */
  withTime: boolean;
  /** How the page should mark it: still to do, waiting, good news, or finished without money. */
  tone: "todo" | "waiting" | "good" | "ended";
};

export function statusWords(
  application: { status: ApplicationStatus; submittedAt: Date | null },
  round: { closesAt: Date; decisionAt: Date | null },
  now: Date,
): StatusWords {
  const closed = roundHasClosed(round, now);
  switch (application.status) {
    case "DRAFT":
      return closed
        ? {
            key: "applications:status.draftClosed",
            date: round.closesAt,
            withTime: true,
            tone: "ended",
          }
        : { key: "applications:status.draft", date: round.closesAt, withTime: true, tone: "todo" };
    case "SUBMITTED":
      return {
        key: "applications:status.submitted",
        date: application.submittedAt,
        withTime: true,
        tone: "waiting",
      };
    case "IN_REVIEW":
    case "RECOMMENDED":
      // A panel's recommendation is not a decision; telling a group early would raise false hopes.
      return round.decisionAt
        ? {
            key: "applications:status.inReviewWithDate",
            date: round.decisionAt,
            withTime: false,
            tone: "waiting",
          }
        : { key: "applications:status.inReview", date: null, withTime: false, tone: "waiting" };
    case "WAITLISTED":
      return {
        key: "applications:status.waitlisted",
        date: null,
        withTime: false,
        tone: "waiting",
      };
    case "AWARDED":
      return { key: "applications:status.awarded", date: null, withTime: false, tone: "good" };
    case "DECLINED":
      return { key: "applications:status.declined", date: null, withTime: false, tone: "ended" };
    case "WITHDRAWN":
      return { key: "applications:status.withdrawn", date: null, withTime: false, tone: "ended" };
    case "INELIGIBLE":
      return { key: "applications:status.ineligible", date: null, withTime: false, tone: "ended" };
  }
}
