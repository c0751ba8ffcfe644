import type { Mover } from "~/domain/applications/state-machine";

/**
 * Who may do what. Pure: the caller loads the actor's memberships and describes the resource.
 * Every loader and action asks through `can` (via requirePermission, or requireApplication for
 * an application), so this table is the whole access policy.
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
  | ApplicationResource
  | NewApplicationResource;

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

/** An application about to be started: a group applying to one of a funder's pots. */
export type NewApplicationResource = {
  type: "new-application";
  organisationId: string;
  funderId: string;
  /** Funders the group has sent an application to before. */
  appliedToFunderIds: string[];
};

export type Action =
  "view" | "edit" | "manage-members" | "view-audit" | "review" | "administer" | "start";

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
  ADMIN: new Set(["view", "edit", "manage-members", "view-audit"]),
  PROGRAMME_OFFICER: new Set(["view", "edit"]),
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
  if (!actor) return null;
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

export function can(actor: Actor | null, action: Action, resource: Resource): boolean {
  if (!actor) return false;
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
      if (action === "review" || action === "view") {
        if (panelRole(actor, resource.panelId)) return true;
      }
      // Programme staff run panels; they do not score on them unless they are members.
      const staffRole = funderRole(actor, resource.funderId);
      if (!staffRole) return false;
      if (action === "view") return true;
      if (action === "edit" || action === "manage-members") {
        return staffRole === "ADMIN" || staffRole === "PROGRAMME_OFFICER";
      }
      return false;
    }
    case "application":
    case "new-application":
      return applicationAccess(actor, action, resource) !== null;
  }
}
