import type { ApplicationStatus } from "~/domain/schemes/ledger";
import { roundHasClosed } from "~/domain/schemes/round-phase";

/**
 * The life of an application: which status may follow which, and who may move it. Every
 * transition goes through `transition`, and the service records each one in the audit log.
 * Panel review and grant management add their decision states through the same table.
 */

export type Mover = "applicant" | "staff" | "system";

type Rule = { to: ApplicationStatus; by: Mover[]; beforeClose?: boolean };

const rules: Record<ApplicationStatus, Rule[]> = {
  DRAFT: [
    { to: "SUBMITTED", by: ["applicant", "staff"], beforeClose: true },
    { to: "WITHDRAWN", by: ["applicant", "staff"] },
  ],
  SUBMITTED: [
    { to: "WITHDRAWN", by: ["applicant"], beforeClose: true },
    { to: "WITHDRAWN", by: ["staff"] },
    { to: "INELIGIBLE", by: ["staff"] },
    { to: "IN_REVIEW", by: ["staff", "system"] },
  ],
  IN_REVIEW: [
    { to: "RECOMMENDED", by: ["staff"] },
    // A panel's confirmed award; recommending first is the ledger page's way, not the panel's.
    { to: "AWARDED", by: ["staff"] },
    { to: "DECLINED", by: ["staff"] },
    { to: "WAITLISTED", by: ["staff"] },
    { to: "INELIGIBLE", by: ["staff"] },
  ],
  RECOMMENDED: [
    { to: "AWARDED", by: ["staff"] },
    { to: "DECLINED", by: ["staff"] },
    { to: "WAITLISTED", by: ["staff"] },
  ],
  WAITLISTED: [
    { to: "AWARDED", by: ["staff"] },
    { to: "DECLINED", by: ["staff"] },
  ],
  AWARDED: [{ to: "DECLINED", by: ["staff"] }],
  DECLINED: [],
  WITHDRAWN: [],
  INELIGIBLE: [{ to: "SUBMITTED", by: ["staff"] }],
};

export type TransitionRefusal = "not-allowed" | "wrong-person" | "round-closed" | "same-status";

export type TransitionResult =
  { ok: true; to: ApplicationStatus } | { ok: false; reason: TransitionRefusal };

export function transition(
  from: ApplicationStatus,
  to: ApplicationStatus,
  mover: Mover,
  context: { now: Date; closesAt: Date },
): TransitionResult {
  if (from === to) return { ok: false, reason: "same-status" };
  const candidates = rules[from].filter((rule) => rule.to === to);
  if (candidates.length === 0) return { ok: false, reason: "not-allowed" };
  const mine = candidates.filter((rule) => rule.by.includes(mover));
  if (mine.length === 0) return { ok: false, reason: "wrong-person" };
  if (mine.every((rule) => rule.beforeClose) && roundHasClosed(context, context.now))
    return { ok: false, reason: "round-closed" };
  return { ok: true, to };
}

/** Answers can change only while a draft. */
export function isEditable(status: ApplicationStatus): boolean {
  return status === "DRAFT";
}

export function nextStatuses(from: ApplicationStatus, mover: Mover): ApplicationStatus[] {
  return [...new Set(rules[from].filter((rule) => rule.by.includes(mover)).map((rule) => rule.to))];
}
