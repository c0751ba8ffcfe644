/**
 * Who may do what. Pure: the caller loads the actor's memberships and describes the resource.
 * Every loader and action asks through `can` (via requirePermission), so this table is the
 * whole access policy.
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
  | { type: "panel"; panelId: string; funderId: string };

export type Action =
  | "view"
  | "edit"
  | "manage-members"
  | "view-audit"
  | "review"
  | "administer";

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
      return (resource.appliedToFunderIds ?? []).some((funderId) => funderRole(actor, funderId) !== undefined);
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
  }
}
