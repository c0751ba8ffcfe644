/**
 * How far what a group shared may travel. A group chooses per story (and its quote) and per
 * photo: funder only, the funder's reports, or public. Every view beyond the funder's own
 * reading of a check-in asks here, at the moment it renders, so withdrawn or narrowed consent
 * takes effect at once.
 */

export type ShareConsent = "FUNDER_ONLY" | "FUNDER_REPORTS" | "PUBLIC";

/**
 * Who will see it:
 * - `staff`: the funder's staff reading the check-in itself (coding, replying);
 * - `reports`: anything made to show others: the story wall, highlights, the printed portfolio
 *   summary, exported files;
 * - `public`: open data and anything published.
 */
export type Audience = "staff" | "reports" | "public";

const reach: Record<ShareConsent, number> = { FUNDER_ONLY: 0, FUNDER_REPORTS: 1, PUBLIC: 2 };
const needs: Record<Audience, number> = { staff: 0, reports: 1, public: 2 };

/** Whether content with this consent may be shown to this audience. No consent recorded: staff only. */
export function mayAppear(consent: ShareConsent | null | undefined, audience: Audience): boolean {
  if (audience === "staff") return true;
  if (!consent) return false;
  return reach[consent] >= needs[audience];
}
