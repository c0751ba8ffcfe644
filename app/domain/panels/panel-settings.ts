import { z } from "zod";
import { utcToZonedInput, zonedInputToUtc } from "~/domain/shared/zoned-time";

/**
 * A panel's settings as staff type them. The review deadline is read on the scheme's clocks,
 * like a round's dates. Messages are "panels" translation keys.
 */

export type PanelSettings = {
  name: string;
  /** The pots it covers; none means all the round's pots. */
  potIds: string[];
  reviewsNeeded: number;
  communityReviewerRequired: boolean;
  blindReview: boolean;
  reviewDeadline: Date | null;
  disagreementThreshold: number;
  communityRanking: boolean;
};

export const REVIEWS_NEEDED_DEFAULT = 3;
export const DISAGREEMENT_THRESHOLD_DEFAULT = 40;

/** The checkbox for one pot; each has a name of its own so that plain forms send them all. */
export const potField = (potId: string) => `pot_${potId}`;

const wholeNumber = (min: number, max: number, key: string) =>
  z
    .string()
    .trim()
    .refine((value) => /^\d+$/.test(value) && Number(value) >= min && Number(value) <= max, key)
    .transform(Number);

const ticked = z
  .string()
  .optional()
  .transform((value) => value === "yes");

function readDeadline(value: string | undefined, timeZone: string): Date | null | string {
  if (!value?.trim()) return null;
  const reading = zonedInputToUtc(value, timeZone);
  if (reading.ok) return reading.date;
  return reading.reason === "skipped"
    ? "panels:setup.errors.deadlineSkipped"
    : "panels:setup.errors.deadlineInvalid";
}

export function panelSettingsSchema(timeZone: string, roundPotIds: readonly string[]) {
  const potShape = Object.fromEntries(
    roundPotIds.map((potId) => [potField(potId), z.string().optional()]),
  );
  return z
    .object({
      name: z
        .string()
        .trim()
        .min(1, "panels:setup.errors.nameRequired")
        .max(200, "panels:setup.errors.nameTooLong"),
      reviewsNeeded: wholeNumber(1, 10, "panels:setup.errors.reviewsNeeded"),
      communityReviewerRequired: ticked,
      blindReview: ticked,
      reviewDeadline: z
        .string()
        .optional()
        .transform((value, ctx) => {
          const deadline = readDeadline(value, timeZone);
          if (typeof deadline !== "string") return deadline;
          ctx.addIssue({ code: "custom", message: deadline });
          return z.NEVER;
        }),
      disagreementThreshold: wholeNumber(0, 100, "panels:setup.errors.disagreementThreshold"),
      communityRanking: ticked,
      ...potShape,
    })
    .transform((values): PanelSettings => ({
      name: values.name,
      potIds: roundPotIds.filter(
        (potId) => (values as Record<string, unknown>)[potField(potId)] === "yes",
      ),
      reviewsNeeded: values.reviewsNeeded,
      communityReviewerRequired: values.communityReviewerRequired,
      blindReview: values.blindReview,
      reviewDeadline: values.reviewDeadline,
      disagreementThreshold: values.disagreementThreshold,
      communityRanking: values.communityRanking,
    }));
}

/** The form's values for a stored panel, or the defaults for a new one. */
export function panelSettingsValues(
  panel: Omit<PanelSettings, "potIds"> & { potIds: readonly string[] },
  timeZone: string,
): Record<string, string> {
  const yes = (on: boolean) => (on ? "yes" : "");
  return {
    name: panel.name,
    reviewsNeeded: String(panel.reviewsNeeded),
    communityReviewerRequired: yes(panel.communityReviewerRequired),
    blindReview: yes(panel.blindReview),
    reviewDeadline: panel.reviewDeadline ? utcToZonedInput(panel.reviewDeadline, timeZone) : "",
    disagreementThreshold: String(panel.disagreementThreshold),
    communityRanking: yes(panel.communityRanking),
    ...Object.fromEntries(panel.potIds.map((potId) => [potField(potId), "yes"])),
  };
}

export const newPanelValues = (): Record<string, string> => ({
  name: "",
  reviewsNeeded: String(REVIEWS_NEEDED_DEFAULT),
  disagreementThreshold: String(DISAGREEMENT_THRESHOLD_DEFAULT),
});

/** The pots a panel reads: those it names, or every pot of the round when it names none. */
export function coveredPotIds(panelPotIds: readonly string[], roundPotIds: readonly string[]) {
  return panelPotIds.length > 0 ? [...panelPotIds] : [...roundPotIds];
}

export type SettingsWarning =
  { kind: "deadline-before-close" } | { kind: "pot-shared"; potId: string; otherPanels: string[] };

/**
 * What staff should know but may go ahead with: a review deadline before applications even
 * close, and pots another panel of the round reads as well.
 */
export function settingsWarnings(input: {
  panel: { reviewDeadline: Date | null; potIds: readonly string[] };
  roundClosesAt: Date;
  roundPotIds: readonly string[];
  otherPanels: { name: string; potIds: readonly string[] }[];
}): SettingsWarning[] {
  const warnings: SettingsWarning[] = [];
  if (input.panel.reviewDeadline && input.panel.reviewDeadline < input.roundClosesAt)
    warnings.push({ kind: "deadline-before-close" });
  for (const potId of coveredPotIds(input.panel.potIds, input.roundPotIds)) {
    const otherPanels = input.otherPanels
      .filter((other) => coveredPotIds(other.potIds, input.roundPotIds).includes(potId))
      .map((other) => other.name);
    if (otherPanels.length > 0) warnings.push({ kind: "pot-shared", potId, otherPanels });
  }
  return warnings;
}
