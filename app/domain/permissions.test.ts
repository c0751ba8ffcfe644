import { describe, expect, it } from "vitest";
import { can, type Action, type Actor, type Resource } from "./permissions";

const allActions: Action[] = ["view", "edit", "manage-members", "view-audit", "review", "administer"];

const funderA: Resource = { type: "funder", funderId: "funder-a" };
const funderB: Resource = { type: "funder", funderId: "funder-b" };
const orgA: Resource = { type: "organisation", organisationId: "org-a" };
const orgB: Resource = { type: "organisation", organisationId: "org-b" };
const panelOfA: Resource = { type: "panel", panelId: "panel-a", funderId: "funder-a" };
const otherPanelOfA: Resource = { type: "panel", panelId: "panel-a2", funderId: "funder-a" };
const panelOfB: Resource = { type: "panel", panelId: "panel-b", funderId: "funder-b" };
const platform: Resource = { type: "platform" };

function actor(overrides: Partial<Actor> = {}): Actor {
  return { id: "user-1", isPlatformAdmin: false, funders: [], organisations: [], panels: [], ...overrides };
}

const platformAdmin = actor({ isPlatformAdmin: true });
const funderAdmin = actor({ funders: [{ funderId: "funder-a", role: "ADMIN" }] });
const programmeOfficer = actor({ funders: [{ funderId: "funder-a", role: "PROGRAMME_OFFICER" }] });
const funderViewer = actor({ funders: [{ funderId: "funder-a", role: "VIEWER" }] });
const orgOwner = actor({ organisations: [{ organisationId: "org-a", role: "OWNER" }] });
const orgMember = actor({ organisations: [{ organisationId: "org-a", role: "MEMBER" }] });
const panelChair = actor({ panels: [{ panelId: "panel-a", role: "CHAIR" }] });
const communityReviewer = actor({ panels: [{ panelId: "panel-a", role: "COMMUNITY_REVIEWER" }] });
const nobody = actor();

/** For each actor and resource, exactly the actions allowed; every other action is refused. */
const table: [string, Actor | null, Resource, Action[]][] = [
  ["platform admin", platformAdmin, platform, allActions],
  ["platform admin", platformAdmin, funderB, allActions],
  ["platform admin", platformAdmin, orgB, allActions],
  ["platform admin", platformAdmin, panelOfB, allActions],

  ["funder admin", funderAdmin, funderA, ["view", "edit", "manage-members", "view-audit"]],
  ["funder admin", funderAdmin, funderB, []],
  ["funder admin", funderAdmin, platform, []],
  ["funder admin", funderAdmin, orgA, []],
  ["funder admin", funderAdmin, panelOfA, ["view", "edit", "manage-members"]],
  ["funder admin", funderAdmin, panelOfB, []],

  ["programme officer", programmeOfficer, funderA, ["view", "edit"]],
  ["programme officer", programmeOfficer, funderB, []],
  ["programme officer", programmeOfficer, panelOfA, ["view", "edit", "manage-members"]],
  ["programme officer", programmeOfficer, otherPanelOfA, ["view", "edit", "manage-members"]],
  ["programme officer", programmeOfficer, panelOfB, []],
  ["programme officer", programmeOfficer, orgA, []],

  ["funder viewer", funderViewer, funderA, ["view"]],
  ["funder viewer", funderViewer, funderB, []],
  ["funder viewer", funderViewer, panelOfA, ["view"]],
  ["funder viewer", funderViewer, panelOfB, []],

  ["organisation owner", orgOwner, orgA, ["view", "edit", "manage-members"]],
  ["organisation owner", orgOwner, orgB, []],
  ["organisation owner", orgOwner, funderA, []],
  ["organisation owner", orgOwner, panelOfA, []],

  ["organisation member", orgMember, orgA, ["view", "edit"]],
  ["organisation member", orgMember, orgB, []],

  ["panel chair", panelChair, panelOfA, ["view", "review"]],
  ["panel chair", panelChair, otherPanelOfA, []],
  ["panel chair", panelChair, panelOfB, []],
  ["panel chair", panelChair, funderA, []],
  ["community reviewer", communityReviewer, panelOfA, ["view", "review"]],
  ["community reviewer", communityReviewer, otherPanelOfA, []],

  ["someone with no roles", nobody, platform, []],
  ["someone with no roles", nobody, funderA, []],
  ["someone with no roles", nobody, orgA, []],
  ["someone with no roles", nobody, panelOfA, []],

  ["a signed-out visitor", null, platform, []],
  ["a signed-out visitor", null, funderA, []],
  ["a signed-out visitor", null, orgA, []],
  ["a signed-out visitor", null, panelOfA, []],
];

function describeResource(resource: Resource) {
  switch (resource.type) {
    case "platform":
      return "the platform";
    case "funder":
      return resource.funderId;
    case "organisation":
      return resource.organisationId;
    case "panel":
      return `${resource.panelId} (of ${resource.funderId})`;
  }
}

describe("who may do what", () => {
  for (const [label, who, resource, allowed] of table) {
    it(`${label} on ${describeResource(resource)}: ${allowed.length ? allowed.join(", ") : "nothing"}`, () => {
      const granted = allActions.filter((action) => can(who, action, resource));
      expect(granted).toEqual(allowed);
    });
  }

  it("lets a panel member who is also programme staff review her own panel", () => {
    const both = actor({
      funders: [{ funderId: "funder-a", role: "PROGRAMME_OFFICER" }],
      panels: [{ panelId: "panel-a", role: "MEMBER" }],
    });
    expect(can(both, "review", panelOfA)).toBe(true);
    expect(can(both, "review", otherPanelOfA)).toBe(false);
  });

  it("keeps roles at two funders apart", () => {
    const twoHats = actor({
      funders: [
        { funderId: "funder-a", role: "VIEWER" },
        { funderId: "funder-b", role: "ADMIN" },
      ],
    });
    expect(can(twoHats, "edit", funderA)).toBe(false);
    expect(can(twoHats, "edit", funderB)).toBe(true);
    expect(can(twoHats, "view-audit", funderA)).toBe(false);
  });
});

describe("funder staff and the organisations that applied to them", () => {
  const appliedToA: Resource = { type: "organisation", organisationId: "org-b", appliedToFunderIds: ["funder-a"] };
  const appliedToB: Resource = { type: "organisation", organisationId: "org-b", appliedToFunderIds: ["funder-b"] };
  const appliedToBoth: Resource = { type: "organisation", organisationId: "org-b", appliedToFunderIds: ["funder-b", "funder-a"] };

  it.each([
    ["funder admin", funderAdmin],
    ["programme officer", programmeOfficer],
    ["funder viewer", funderViewer],
  ])("lets a %s of a funder applied to view the organisation, and nothing more", (_label, staff) => {
    expect(allActions.filter((action) => can(staff, action, appliedToA))).toEqual(["view"]);
    expect(allActions.filter((action) => can(staff, action, appliedToBoth))).toEqual(["view"]);
  });

  it.each([
    ["funder admin", funderAdmin],
    ["programme officer", programmeOfficer],
    ["funder viewer", funderViewer],
  ])("refuses a %s an organisation that applied only to another funder", (_label, staff) => {
    expect(allActions.filter((action) => can(staff, action, appliedToB))).toEqual([]);
  });

  it("gives nothing to people who are not staff of that funder", () => {
    for (const who of [orgMember, panelChair, communityReviewer, nobody, null]) {
      expect(allActions.filter((action) => can(who, action, appliedToA))).toEqual([]);
    }
  });

  it("keeps a member's own rights when her funder also received an application", () => {
    const memberAndStaff = actor({
      funders: [{ funderId: "funder-a", role: "VIEWER" }],
      organisations: [{ organisationId: "org-b", role: "OWNER" }],
    });
    expect(allActions.filter((action) => can(memberAndStaff, action, appliedToA))).toEqual(["view", "edit", "manage-members"]);
  });

  it("treats an empty list of funders like no applications at all", () => {
    const none: Resource = { type: "organisation", organisationId: "org-b", appliedToFunderIds: [] };
    expect(can(funderAdmin, "view", none)).toBe(false);
  });
});
