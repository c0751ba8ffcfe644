/**
 * Whether staff may give an application to a reviewer by hand: the same rules the planner
 * keeps, each with its own reason so the page can say what is wrong.
 */

export type AddRefusal = "not-a-member" | "removed" | "conflicted" | "already-assigned";

export function whyNotAssign(input: {
  member: { removed: boolean } | null;
  conflicted: boolean;
  alreadyAssigned: boolean;
}): AddRefusal | null {
  if (!input.member) return "not-a-member";
  if (input.member.removed) return "removed";
  if (input.conflicted) return "conflicted";
  if (input.alreadyAssigned) return "already-assigned";
  return null;
}

export type QueueState = "to-do" | "draft" | "done";

/** Where a reviewer stands with one application she was given. */
export function queueState(review: { status: "DRAFT" | "SUBMITTED" } | null): QueueState {
  if (!review) return "to-do";
  return review.status === "SUBMITTED" ? "done" : "draft";
}
