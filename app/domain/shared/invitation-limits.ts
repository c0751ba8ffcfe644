/**
 * How many invitations may be sent, so that nobody can use Withfund to mail strangers in bulk
 * (decision 0039). Every kind of invitation counts: joining a group, a panel, a working group
 * or a funder's team. A person is limited per hour and per day across all kinds; the group or
 * the funder the invitations are for is limited per day, whoever sends them.
 */

export type InvitationKind = "organisation" | "panel" | "working-group" | "funder-team";

/** Whose invitations they are: a group's, or a funder's (its panels, working groups and team). */
export type InvitationOwner = "organisation" | "funder";

export const ownerOf: Record<InvitationKind, InvitationOwner> = {
  organisation: "organisation",
  panel: "funder",
  "working-group": "funder",
  "funder-team": "funder",
};

const HOUR_MS = 60 * 60 * 1000;
const DAY_MS = 24 * HOUR_MS;

export const invitationLimits = {
  senderPerHour: 20,
  senderPerDay: 60,
  /** A group has a handful of coordinators and members. */
  organisationPerDay: 20,
  /** A funder sets up panels and working groups of several dozen people at once. */
  funderPerDay: 200,
} as const;

export type InvitationLimit = "sender-hour" | "sender-day" | "organisation-day" | "funder-day";

/** Only the last day matters; older invitations need not be read. */
export function limitWindowStart(now: Date): Date {
  return new Date(now.getTime() - DAY_MS);
}

/**
 * The first limit one more invitation would go over, or null when it may be sent.
 * `sentBySender` are the times of the sender's invitations of the last day (at most
 * `senderPerDay` of them need be given), `sentForOwner` the number the group or funder sent
 * in the last day.
 */
export function invitationLimitReached(input: {
  kind: InvitationKind;
  sentBySender: readonly Date[];
  sentForOwner: number;
  now: Date;
}): InvitationLimit | null {
  const hourAgo = input.now.getTime() - HOUR_MS;
  const lastHour = input.sentBySender.filter((at) => at.getTime() > hourAgo).length;
  if (lastHour >= invitationLimits.senderPerHour) return "sender-hour";
  if (input.sentBySender.length >= invitationLimits.senderPerDay) return "sender-day";
  const owner = ownerOf[input.kind];
  const ownerLimit =
    owner === "organisation" ? invitationLimits.organisationPerDay : invitationLimits.funderPerDay;
  if (input.sentForOwner >= ownerLimit) return `${owner}-day`;
  return null;
}

/** The translated error shown by the email field. */
export function invitationLimitErrorKey(limit: InvitationLimit) {
  return `common:invitationLimits.${limit}` as const;
}
