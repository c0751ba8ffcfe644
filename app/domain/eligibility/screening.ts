import { z } from "zod";
import type { ApplicationStatus } from "~/domain/schemes/ledger";
import { evaluateEligibility, type EligibilityRule, type GroupProfile } from "./eligibility";

/**
 * Screening: before a panel reads anything, staff say whether each sent application is one the
 * scheme can fund. The reasons are a fixed list so that the group is told in plain words, in
 * its own language, why; staff add a note of their own.
 */

export const ineligibleReasons = [
  "not-led-by-community",
  "outside-area",
  "activity-not-funded",
  "amount-outside-limits",
  "incomplete",
  "duplicate",
  "other",
] as const;
export type IneligibleReason = (typeof ineligibleReasons)[number];

export function isIneligibleReason(value: unknown): value is IneligibleReason {
  return typeof value === "string" && (ineligibleReasons as readonly string[]).includes(value);
}

export const NOTE_MAX_LENGTH = 2000;

const errorKey = (name: string) => `eligibility:screening.errors.${name}`;

/** One screening as staff send it; a reason only when not eligible, words of their own for "other". */
export const screeningSchema = z
  .object({
    decision: z.enum(["eligible", "ineligible"], {
      errorMap: () => ({ message: errorKey("chooseDecision") }),
    }),
    reason: z.string().optional(),
    note: z
      .string()
      .trim()
      .max(NOTE_MAX_LENGTH, { message: errorKey("noteTooLong") })
      .optional()
      .default(""),
  })
  .superRefine((input, context) => {
    if (input.decision !== "ineligible") return;
    if (!isIneligibleReason(input.reason)) {
      context.addIssue({ code: "custom", path: ["reason"], message: errorKey("chooseReason") });
    } else if (input.reason === "other" && input.note === "") {
      context.addIssue({ code: "custom", path: ["note"], message: errorKey("explainOther") });
    }
  })
  .transform((input) =>
    input.decision === "eligible"
      ? { decision: "eligible" as const }
      : {
          decision: "ineligible" as const,
          reason: input.reason as IneligibleReason,
          note: input.note === "" ? null : input.note,
        },
  );
export type Screening = z.output<typeof screeningSchema>;

export type ScreeningGroup = "to-screen" | "eligible" | "not-eligible";

/** Where a sent application sits on the screening page; null for anything past screening. */
export function screeningGroup(status: ApplicationStatus): ScreeningGroup | null {
  if (status === "SUBMITTED") return "to-screen";
  if (status === "IN_REVIEW") return "eligible";
  if (status === "INELIGIBLE") return "not-eligible";
  return null;
}

export const screenableStatuses = [
  "SUBMITTED",
  "IN_REVIEW",
  "INELIGIBLE",
] as const satisfies readonly ApplicationStatus[];

/**
 * What staff may do with an application's screening now. Once a reviewer has sent in a review,
 * the panel has spent its time on it: from then on it is the panel's decision, not screening.
 */
export function screeningChoices(
  status: ApplicationStatus,
  submittedReviews: number,
): { screen: readonly Screening["decision"][]; reconsider: boolean } {
  if (status === "SUBMITTED") return { screen: ["eligible", "ineligible"], reconsider: false };
  if (status === "IN_REVIEW" && submittedReviews === 0)
    return { screen: ["ineligible"], reconsider: false };
  if (status === "INELIGIBLE") return { screen: [], reconsider: true };
  return { screen: [], reconsider: false };
}

export type OpenPot = {
  potId: string;
  rules: EligibilityRule[];
};

/**
 * Pots a group turned away could try next: pots of the funder's open rounds other than the one it
 * applied to, whose rules its profile does not fail (a rule it has not answered yet still leaves
 * the door open).
 */
export function potsToTryNext<Pot extends OpenPot>(
  pots: readonly Pot[],
  profile: GroupProfile,
  appliedToPotId: string,
): Pot[] {
  return pots.filter(
    (pot) =>
      pot.potId !== appliedToPotId &&
      !evaluateEligibility(pot.rules, profile).outcomes.some((o) => o.result === "fail"),
  );
}
