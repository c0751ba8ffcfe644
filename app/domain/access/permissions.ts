import type { Mover } from "~/domain/applications/state-machine";
import {
  isOpenForSuggestions,
  isReadableByWorkingGroup,
  type VersionStatus,
} from "~/domain/forms/version-lifecycle";

/**
 * Who may do what. Pure: the caller loads the actor's memberships and describes the resource.
 * Every loader and action asks through `can`, by way of a `require<Record>(request, params,
 * action)` entry point (requireScheme, requireFormVersion, requireConsultation,
 * requireApplication…), and services ask again through the same resources; so this table is
 * the whole access policy.
 */

export type FunderRole = "ADMIN" | "PROGRAMME_OFFICER" | "VIEWER";
export type OrganisationRole = "OWNER" | "MEMBER";
export type PanelRole = "CHAIR" | "MEMBER" | "COMMUNITY_REVIEWER" | "SPECIALIST";

export type Actor = {
  id: string;
  isPlatformAdmin: boolean;
  funders: { funderId: string; role: FunderRole }[];
  organisations: { organisationId: string; role: OrganisationRole }[];
  panels: { panelId: string; role: PanelRole }[];
  /** Schemes whose community working group she has joined; none when left out. */
  workingGroups?: { schemeId: string }[];
  /** Funders a platform administrator deactivated: their pages are closed to everyone. */
  closedFunderIds?: string[];
};

export type Resource =
  | { type: "platform" }
  | { type: "funder"; funderId: string }
  | {
      type: "organisation";
      organisationId: string;
      /** Funders whose schemes the organisation has applied to; their staff may view it. */
      appliedToFunderIds?: string[];
    }
  | { type: "panel"; panelId: string; funderId: string }
  | PanelApplicationResource
  | FormVersionResource
  | ConsultationResource
  | ApplicationResource
  | NewApplicationResource
  | GrantResource;

/**
 * A grant and everything hanging off it (tranches, check-ins, conversations). The group reads
 * it and does its part (accepting the conditions, writing check-ins); the funder's staff read
 * it, and admins and programme officers run it (payments, changes, coding, replies).
 */
export type GrantResource = { type: "grant"; organisationId: string; funderId: string };

/** A version of a scheme's application form, as staff write and manage it in the form builder. */
export type FormVersionResource = {
  type: "form-version";
  funderId: string;
  schemeId: string;
  status: VersionStatus;
};

/** A form version as the scheme's community working group reads it and comments on it. */
export type ConsultationResource = {
  type: "consultation";
  schemeId: string;
  status: VersionStatus;
};

export type ApplicationResource = {
  type: "application";
  organisationId: string;
  /** The funder whose pot it is for. */
  funderId: string;
  /** Whether it was ever sent to the funder: a draft withdrawn unsent never was, whatever its status. */
  sent: boolean;
  /** The funder whose staff entered it for the group (recorded as such), or null when the group started it. */
  enteredOnBehalfByFunderId: string | null;
};

/**
 * An application as one panel sees it. Reading, scoring, moderation, comments and exports of a
 * panel's applications all ask about this resource.
 */
export type PanelApplicationResource = {
  type: "panel-application";
  panelId: string;
  funderId: string;
  applicationId: string;
  /** Members given it to review. */
  assignedTo: readonly string[];
  /** Members who declared a conflict with it. */
  conflicted: readonly string[];
};

/** An application about to be started: a group applying to one of a funder's pots. */
export type NewApplicationResource = {
  type: "new-application";
  organisationId: string;
  funderId: string;
  /** Funders the group has sent an application to before. */
  appliedToFunderIds: string[];
};

export type Action =
  | "view"
  | "edit"
  | "manage-members"
  | "view-audit"
  | "review"
  | "administer"
  | "start"
  | "suggest"
  /** Read a panel's scores, reviews and moderation rows. */
  | "moderate"
  /** Write a note to the panel about an application. */
  | "comment"
  /** Draft and confirm the panel's decisions. */
  | "decide";

function funderRole(actor: Actor, funderId: string) {
  return actor.funders.find((membership) => membership.funderId === funderId)?.role;
}

function organisationRole(actor: Actor, organisationId: string) {
  return actor.organisations.find((m) => m.organisationId === organisationId)?.role;
}

function panelRole(actor: Actor, panelId: string) {
  return actor.panels.find((membership) => membership.panelId === panelId)?.role;
}

const funderStaffMay: Record<FunderRole, ReadonlySet<Action>> = {
  // Funder-wide settings (how long recordings are kept) are for admins alone. Officers, who run
  // rounds, panels and working groups, read the audit log of what they and others changed.
  ADMIN: new Set(["view", "edit", "manage-members", "view-audit", "administer"]),
  PROGRAMME_OFFICER: new Set(["view", "edit", "view-audit"]),
  VIEWER: new Set(["view"]),
};

const organisationMemberMay: Record<OrganisationRole, ReadonlySet<Action>> = {
  OWNER: new Set(["view", "edit", "manage-members"]),
  MEMBER: new Set(["view", "edit"]),
};

/** How she may act on an application: as the group, or as funder staff working for it (recorded as such). */
export type ApplicationAccess = { mover: Extract<Mover, "applicant" | "staff">; onBehalf: boolean };

const asGroup: ApplicationAccess = { mover: "applicant", onBehalf: false };
const asStaff: ApplicationAccess = { mover: "staff", onBehalf: true };

/** The application as the policy sees it. */
export function applicationResource(application: {
  organisationId: string;
  funderId: string;
  submittedAt: Date | null;
  enteredOnBehalfById: string | null;
}): ApplicationResource {
  return {
    type: "application",
    organisationId: application.organisationId,
    funderId: application.funderId,
    sent: application.submittedAt !== null,
    // Staff can only ever start an application for a pot of their own funder (see "start" below).
    enteredOnBehalfByFunderId: application.enteredOnBehalfById ? application.funderId : null,
  };
}

/**
 * Who may read, change or start an application, and in whose name. An application belongs to
 * the group: until it is sent, the funder sees nothing of it (answers, people, files), unless
 * its own staff entered it for the group. Staff may start one for a group only when the group
 * has sent this funder an application before, so that nobody can act for a group that has
 * never dealt with them.
 */
export function applicationAccess(
  actor: Actor | null,
  action: Action,
  resource: ApplicationResource | NewApplicationResource,
): ApplicationAccess | null {
  if (!actor || closedByDeactivation(actor, action, resource)) return null;
  const starting = resource.type === "new-application";
  if (starting ? action !== "start" : action !== "view" && action !== "edit") return null;
  // The platform admin supports groups and acts as one, as she does on their profiles.
  if (actor.isPlatformAdmin) return asGroup;

  const memberRole = organisationRole(actor, resource.organisationId);
  if (memberRole)
    return organisationMemberMay[memberRole].has(action === "view" ? "view" : "edit")
      ? asGroup
      : null;

  const staffRole = funderRole(actor, resource.funderId);
  if (!staffRole || !funderStaffMay[staffRole].has(action === "view" ? "view" : "edit"))
    return null;
  if (starting) return resource.appliedToFunderIds.includes(resource.funderId) ? asStaff : null;
  if (!resource.sent && resource.enteredOnBehalfByFunderId !== resource.funderId) return null;
  return asStaff;
}

/** A form version as the builder's policy sees it; `funderId` is the funder of its scheme. */
export function formVersionResource(
  version: { schemeId: string; status: VersionStatus },
  funderId: string,
): FormVersionResource {
  return { type: "form-version", funderId, schemeId: version.schemeId, status: version.status };
}

/** A form version as the working group's policy sees it. */
export function consultationResource(version: {
  schemeId: string;
  status: VersionStatus;
}): ConsultationResource {
  return { type: "consultation", schemeId: version.schemeId, status: version.status };
}

/**
 * The working group is its own door: membership of one scheme's group, and nothing else,
 * opens that scheme's forms once staff have opened them for consultation; comments only while
 * the consultation is open. Staff (and the platform admin) read forms in the builder instead.
 */
function consultationAllows(actor: Actor, action: Action, resource: ConsultationResource) {
  const member = (actor.workingGroups ?? []).some((group) => group.schemeId === resource.schemeId);
  if (!member) return false;
  if (action === "view") return isReadableByWorkingGroup(resource.status);
  if (action === "suggest") return isOpenForSuggestions(resource.status);
  return false;
}

/**
 * A member who declared a conflict learns nothing more of that application, whatever else she
 * is. Otherwise members read, score and comment on what they were given; the chair reads every
 * application of her panel, moderates and decides; the funder's staff run the panel: admins
 * and programme officers assign, screen, reopen, comment and decide ("edit", "decide"),
 * viewers read and see the moderation.
 */
function panelApplicationAllows(actor: Actor, action: Action, resource: PanelApplicationResource) {
  if (resource.conflicted.includes(actor.id)) return false;
  if (actor.isPlatformAdmin) return true;
  const role = panelRole(actor, resource.panelId);
  const assigned = role !== undefined && resource.assignedTo.includes(actor.id);
  if (assigned && (action === "view" || action === "review" || action === "comment")) return true;
  if (role === "CHAIR" && chairMay.has(action)) return true;
  const staffRole = funderRole(actor, resource.funderId);
  if (!staffRole) return false;
  if (action === "view" || action === "moderate") return true;
  return (
    (staffRole === "ADMIN" || staffRole === "PROGRAMME_OFFICER") &&
    (action === "edit" || action === "comment" || action === "decide")
  );
}

const chairMay: ReadonlySet<Action> = new Set(["view", "moderate", "comment", "decide"]);

/** What a refusal says when the funder is deactivated, so the error page can explain it. */
export const FUNDER_DEACTIVATED = "funder-deactivated";

/** The funder a resource belongs to, when it belongs to one. */
export function funderOf(resource: Resource): string | null {
  return "funderId" in resource ? resource.funderId : null;
}

/**
 * A deactivated funder keeps its data, but nobody works in it: not its staff, not its panels,
 * not the platform administrator (she reactivates it from the admin area first). A group still
 * reads its own applications to it, which are the group's.
 */
export function closedByDeactivation(actor: Actor, action: Action, resource: Resource): boolean {
  const funderId = funderOf(resource);
  if (!funderId || !(actor.closedFunderIds ?? []).includes(funderId)) return false;
  if ((resource.type === "application" || resource.type === "grant") && action === "view")
    return organisationRole(actor, resource.organisationId) === undefined;
  return true;
}

export function can(actor: Actor | null, action: Action, resource: Resource): boolean {
  if (!actor) return false;
  if (closedByDeactivation(actor, action, resource)) return false;
  if (resource.type === "consultation") return consultationAllows(actor, action, resource);
  if (resource.type === "panel-application") return panelApplicationAllows(actor, action, resource);
  if (actor.isPlatformAdmin) return true;

  switch (resource.type) {
    case "platform":
      return false;
    case "funder": {
      const role = funderRole(actor, resource.funderId);
      return role ? funderStaffMay[role].has(action) : false;
    }
    case "organisation": {
      const role = organisationRole(actor, resource.organisationId);
      if (role) return organisationMemberMay[role].has(action);
      // A funder needs to read the profile of a group that applied to it, never to change it.
      if (action !== "view") return false;
      return (resource.appliedToFunderIds ?? []).some(
        (funderId) => funderRole(actor, funderId) !== undefined,
      );
    }
    case "panel": {
      const role = panelRole(actor, resource.panelId);
      if (role && (action === "review" || action === "view")) return true;
      if (role === "CHAIR" && (action === "moderate" || action === "decide")) return true;
      // Programme staff run panels; they do not score on them unless they are members.
      const staffRole = funderRole(actor, resource.funderId);
      if (!staffRole) return false;
      if (action === "view" || action === "moderate") return true;
      if (action === "edit" || action === "manage-members" || action === "decide") {
        return staffRole === "ADMIN" || staffRole === "PROGRAMME_OFFICER";
      }
      return false;
    }
    case "form-version": {
      // Drafts are work in progress: the builder, reading included, is for staff who may
      // change the funder's schemes. Whether the questions may still change is the version's
      // lifecycle (isEditable), not a permission.
      const role = funderRole(actor, resource.funderId);
      if (!role || !funderStaffMay[role].has("edit")) return false;
      return action === "view" || action === "edit";
    }
    case "application":
    case "new-application":
      return applicationAccess(actor, action, resource) !== null;
    case "grant": {
      if (action !== "view" && action !== "edit") return false;
      const memberRole = organisationRole(actor, resource.organisationId);
      if (memberRole) return organisationMemberMay[memberRole].has(action);
      const staffRole = funderRole(actor, resource.funderId);
      return staffRole ? funderStaffMay[staffRole].has(action) : false;
    }
  }
}
