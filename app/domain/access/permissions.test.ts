import { describe, expect, it } from "vitest";
import { versionStatuses, type VersionStatus } from "~/domain/forms/version-lifecycle";
import {
  applicationAccess,
  applicationResource,
  can,
  consultationResource,
  formVersionResource,
  type Action,
  type Actor,
  type ApplicationResource,
  type NewApplicationResource,
  type Resource,
} from "./permissions";

const allActions: Action[] = [
  "view",
  "edit",
  "manage-members",
  "view-audit",
  "review",
  "administer",
  "start",
  "suggest",
  "moderate",
  "comment",
  "decide",
];

const funderA: Resource = { type: "funder", funderId: "funder-a" };
const funderB: Resource = { type: "funder", funderId: "funder-b" };
const orgA: Resource = { type: "organisation", organisationId: "org-a" };
const orgB: Resource = { type: "organisation", organisationId: "org-b" };
const panelOfA: Resource = { type: "panel", panelId: "panel-a", funderId: "funder-a" };
const otherPanelOfA: Resource = { type: "panel", panelId: "panel-a2", funderId: "funder-a" };
const panelOfB: Resource = { type: "panel", panelId: "panel-b", funderId: "funder-b" };
const platform: Resource = { type: "platform" };

function actor(overrides: Partial<Actor> = {}): Actor {
  return {
    id: "user-1",
    isPlatformAdmin: false,
    funders: [],
    organisations: [],
    panels: [],
    ...overrides,
  };
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

  [
    "funder admin",
    funderAdmin,
    funderA,
    ["view", "edit", "manage-members", "view-audit", "administer"],
  ],
  ["funder admin", funderAdmin, funderB, []],
  ["funder admin", funderAdmin, platform, []],
  ["funder admin", funderAdmin, orgA, []],
  ["funder admin", funderAdmin, panelOfA, ["view", "edit", "manage-members", "moderate", "decide"]],
  ["funder admin", funderAdmin, panelOfB, []],

  ["programme officer", programmeOfficer, funderA, ["view", "edit", "view-audit"]],
  ["programme officer", programmeOfficer, funderB, []],
  [
    "programme officer",
    programmeOfficer,
    panelOfA,
    ["view", "edit", "manage-members", "moderate", "decide"],
  ],
  [
    "programme officer",
    programmeOfficer,
    otherPanelOfA,
    ["view", "edit", "manage-members", "moderate", "decide"],
  ],
  ["programme officer", programmeOfficer, panelOfB, []],
  ["programme officer", programmeOfficer, orgA, []],

  ["funder viewer", funderViewer, funderA, ["view"]],
  ["funder viewer", funderViewer, funderB, []],
  ["funder viewer", funderViewer, panelOfA, ["view", "moderate"]],
  ["funder viewer", funderViewer, panelOfB, []],

  ["organisation owner", orgOwner, orgA, ["view", "edit", "manage-members"]],
  ["organisation owner", orgOwner, orgB, []],
  ["organisation owner", orgOwner, funderA, []],
  ["organisation owner", orgOwner, panelOfA, []],

  ["organisation member", orgMember, orgA, ["view", "edit"]],
  ["organisation member", orgMember, orgB, []],

  ["panel chair", panelChair, panelOfA, ["view", "review", "moderate", "decide"]],
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
    default:
      return resource.type;
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
  const appliedToA: Resource = {
    type: "organisation",
    organisationId: "org-b",
    appliedToFunderIds: ["funder-a"],
  };
  const appliedToB: Resource = {
    type: "organisation",
    organisationId: "org-b",
    appliedToFunderIds: ["funder-b"],
  };
  const appliedToBoth: Resource = {
    type: "organisation",
    organisationId: "org-b",
    appliedToFunderIds: ["funder-b", "funder-a"],
  };

  it.each([
    ["funder admin", funderAdmin],
    ["programme officer", programmeOfficer],
    ["funder viewer", funderViewer],
  ])(
    "lets a %s of a funder applied to view the organisation, and nothing more",
    (_label, staff) => {
      expect(allActions.filter((action) => can(staff, action, appliedToA))).toEqual(["view"]);
      expect(allActions.filter((action) => can(staff, action, appliedToBoth))).toEqual(["view"]);
    },
  );

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
    expect(allActions.filter((action) => can(memberAndStaff, action, appliedToA))).toEqual([
      "view",
      "edit",
      "manage-members",
    ]);
  });

  it("treats an empty list of funders like no applications at all", () => {
    const none: Resource = {
      type: "organisation",
      organisationId: "org-b",
      appliedToFunderIds: [],
    };
    expect(can(funderAdmin, "view", none)).toBe(false);
  });
});

describe("applications", () => {
  type State = "draft" | "draft entered by staff" | "sent" | "withdrawn unsent";
  const states: State[] = ["draft", "draft entered by staff", "sent", "withdrawn unsent"];
  /** Every state, for each pairing of a group (org-a or org-b) and a funder (funder-a or funder-b). */
  const applications = new Map<string, ApplicationResource>();
  for (const organisationId of ["org-a", "org-b"]) {
    for (const funderId of ["funder-a", "funder-b"]) {
      for (const state of states) {
        applications.set(`${state} of ${organisationId} to ${funderId}`, {
          type: "application",
          organisationId,
          funderId,
          sent: state === "sent",
          enteredOnBehalfByFunderId: state === "draft entered by staff" ? funderId : null,
        });
      }
    }
  }
  const all = [...applications.keys()];
  const ofOrgA = all.filter((name) => name.includes("of org-a"));
  /** What staff of funder-a may see: what was sent to it, and drafts it entered itself, from any group. */
  const shownToFunderA = ["org-a", "org-b"].flatMap((org) => [
    `draft entered by staff of ${org} to funder-a`,
    `sent of ${org} to funder-a`,
  ]);

  const table: [string, Actor | null, { view: string[]; edit: string[] }][] = [
    ["platform admin", platformAdmin, { view: all, edit: all }],
    ["funder admin", funderAdmin, { view: shownToFunderA, edit: shownToFunderA }],
    ["programme officer", programmeOfficer, { view: shownToFunderA, edit: shownToFunderA }],
    ["funder viewer", funderViewer, { view: shownToFunderA, edit: [] }],
    ["organisation owner", orgOwner, { view: ofOrgA, edit: ofOrgA }],
    ["organisation member", orgMember, { view: ofOrgA, edit: ofOrgA }],
    ["panel chair", panelChair, { view: [], edit: [] }],
    ["community reviewer", communityReviewer, { view: [], edit: [] }],
    ["someone with no roles", nobody, { view: [], edit: [] }],
    ["a signed-out visitor", null, { view: [], edit: [] }],
  ];

  for (const [label, who, expected] of table) {
    it(`${label}: sees ${expected.view.length} and changes ${expected.edit.length} of ${all.length}`, () => {
      const allowed = (action: Action) =>
        all.filter((name) => can(who, action, applications.get(name)!));
      expect(allowed("view")).toEqual(expected.view);
      expect(allowed("edit")).toEqual(expected.edit);
      // Nothing else is ever granted on an application, to anyone but the platform admin.
      const others = allActions.filter((action) => action !== "view" && action !== "edit");
      if (who !== platformAdmin)
        expect(
          others.filter((action) => all.some((name) => can(who, action, applications.get(name)!))),
        ).toEqual([]);
    });
  }

  it("lets the group act as itself, and staff only in the group's name, on the record", () => {
    const draft = applications.get("draft entered by staff of org-a to funder-a")!;
    expect(applicationAccess(orgMember, "edit", draft)).toEqual({
      mover: "applicant",
      onBehalf: false,
    });
    expect(applicationAccess(programmeOfficer, "edit", draft)).toEqual({
      mover: "staff",
      onBehalf: true,
    });
  });

  it("treats someone who is both in the group and on the funder's staff as the group", () => {
    const both = actor({
      funders: [{ funderId: "funder-a", role: "VIEWER" }],
      organisations: [{ organisationId: "org-a", role: "MEMBER" }],
    });
    expect(
      applicationAccess(both, "edit", applications.get("draft of org-a to funder-a")!),
    ).toEqual({ mover: "applicant", onBehalf: false });
  });

  it("reads who entered it from the record: staff of the application's funder, never another", () => {
    const base = { organisationId: "org-a", funderId: "funder-a", submittedAt: null };
    expect(
      applicationResource({ ...base, enteredOnBehalfById: null }).enteredOnBehalfByFunderId,
    ).toBeNull();
    expect(
      applicationResource({ ...base, enteredOnBehalfById: "user-9" }).enteredOnBehalfByFunderId,
    ).toBe("funder-a");
    expect(
      applicationResource({ ...base, enteredOnBehalfById: null, submittedAt: new Date() }).sent,
    ).toBe(true);
  });

  describe("starting one", () => {
    const start = (
      appliedToFunderIds: string[],
      organisationId = "org-b",
    ): NewApplicationResource => ({
      type: "new-application",
      organisationId,
      funderId: "funder-a",
      appliedToFunderIds,
    });

    it("lets members start one for their own group, whoever the funder", () => {
      expect(applicationAccess(orgOwner, "start", start([], "org-a"))).toEqual({
        mover: "applicant",
        onBehalf: false,
      });
      expect(applicationAccess(orgMember, "start", start([], "org-a"))).toEqual({
        mover: "applicant",
        onBehalf: false,
      });
      expect(applicationAccess(orgMember, "start", start([]))).toBeNull();
    });

    it.each([
      ["funder admin", funderAdmin],
      ["programme officer", programmeOfficer],
    ])(
      "lets a %s start one on the group's behalf only for a group that applied to the funder before",
      (_label, staff) => {
        expect(applicationAccess(staff, "start", start(["funder-a"]))).toEqual({
          mover: "staff",
          onBehalf: true,
        });
        expect(applicationAccess(staff, "start", start([]))).toBeNull();
        expect(applicationAccess(staff, "start", start(["funder-b"]))).toBeNull();
      },
    );

    it("never lets a viewer, another funder's staff or a stranger start one", () => {
      const otherStaff = actor({ funders: [{ funderId: "funder-b", role: "ADMIN" }] });
      for (const who of [funderViewer, otherStaff, panelChair, nobody, null]) {
        expect(applicationAccess(who, "start", start(["funder-a", "funder-b"]))).toBeNull();
      }
    });

    it("is only ever asked as start, and start means nothing on an existing application", () => {
      expect(can(programmeOfficer, "edit", start(["funder-a"]))).toBe(false);
      expect(can(orgOwner, "start", applications.get("draft of org-a to funder-a")!)).toBe(false);
    });
  });
});

describe("form versions in the builder", () => {
  /** A version of funder-a's scheme in every status; the status never changes who may work on it. */
  const version = (status: VersionStatus) =>
    formVersionResource({ schemeId: "scheme-a", status }, "funder-a");
  const workingGroupMember = actor({ workingGroups: [{ schemeId: "scheme-a" }] });
  const otherFunderAdmin = actor({ funders: [{ funderId: "funder-b", role: "ADMIN" }] });

  const table: [string, Actor | null, Action[]][] = [
    ["platform admin", platformAdmin, allActions],
    ["funder admin", funderAdmin, ["view", "edit"]],
    ["programme officer", programmeOfficer, ["view", "edit"]],
    // Drafts are staff's work in progress: a viewer reads the funder, not its unfinished forms.
    ["funder viewer", funderViewer, []],
    ["another funder's admin", otherFunderAdmin, []],
    ["a working-group member of the scheme", workingGroupMember, []],
    ["organisation owner", orgOwner, []],
    ["panel chair", panelChair, []],
    ["someone with no roles", nobody, []],
    ["a signed-out visitor", null, []],
  ];

  for (const [label, who, allowed] of table) {
    for (const status of versionStatuses) {
      it(`${label} on a ${status} version: ${allowed.length ? allowed.join(", ") : "nothing"}`, () => {
        expect(allActions.filter((action) => can(who, action, version(status)))).toEqual(allowed);
      });
    }
  }

  it("keeps a version of another funder's scheme closed to this funder's staff", () => {
    const ofB = formVersionResource({ schemeId: "scheme-b", status: "DRAFT" }, "funder-b");
    for (const who of [funderAdmin, programmeOfficer, funderViewer])
      expect(allActions.filter((action) => can(who, action, ofB))).toEqual([]);
  });
});

describe("consultations with the working group", () => {
  const consultation = (status: VersionStatus, schemeId = "scheme-a") =>
    consultationResource({ schemeId, status });
  const member = actor({ workingGroups: [{ schemeId: "scheme-a" }] });
  const memberElsewhere = actor({ workingGroups: [{ schemeId: "scheme-b" }] });
  const adminAndMember = actor({
    isPlatformAdmin: true,
    workingGroups: [{ schemeId: "scheme-a" }],
  });
  const staffAndMember = actor({
    funders: [{ funderId: "funder-a", role: "ADMIN" }],
    workingGroups: [{ schemeId: "scheme-a" }],
  });

  const forMembers: Record<VersionStatus, Action[]> = {
    DRAFT: [],
    CONSULTATION: ["view", "suggest"],
    PUBLISHED: ["view"],
    RETIRED: ["view"],
  };
  const nothing: Record<VersionStatus, Action[]> = {
    DRAFT: [],
    CONSULTATION: [],
    PUBLISHED: [],
    RETIRED: [],
  };

  const table: [string, Actor | null, Record<VersionStatus, Action[]>][] = [
    ["a member of the scheme's group", member, forMembers],
    ["a member who is also platform admin", adminAndMember, forMembers],
    ["a member who is also the funder's admin", staffAndMember, forMembers],
    ["a member of another scheme's group", memberElsewhere, nothing],
    // Staff and the platform admin read forms in the builder, not as the working group.
    ["platform admin", platformAdmin, nothing],
    ["funder admin", funderAdmin, nothing],
    ["programme officer", programmeOfficer, nothing],
    ["funder viewer", funderViewer, nothing],
    ["organisation owner", orgOwner, nothing],
    ["someone with no roles", nobody, nothing],
    ["a signed-out visitor", null, nothing],
  ];

  for (const [label, who, expected] of table) {
    for (const status of versionStatuses) {
      const allowed = expected[status];
      it(`${label} on a ${status} version: ${allowed.length ? allowed.join(", ") : "nothing"}`, () => {
        expect(allActions.filter((action) => can(who, action, consultation(status)))).toEqual(
          allowed,
        );
      });
    }
  }

  it("gives a member nothing on another scheme's forms", () => {
    for (const status of versionStatuses)
      expect(
        allActions.filter((action) => can(member, action, consultation(status, "scheme-b"))),
      ).toEqual([]);
  });
});

describe("a panel's applications", () => {
  const reviewing = (overrides: { assignedTo?: string[]; conflicted?: string[] } = {}) =>
    ({
      type: "panel-application",
      panelId: "panel-a",
      funderId: "funder-a",
      applicationId: "application-1",
      assignedTo: overrides.assignedTo ?? [],
      conflicted: overrides.conflicted ?? [],
    }) satisfies Resource;
  const assigned = reviewing({ assignedTo: ["user-1"] });
  const conflicted = reviewing({ assignedTo: ["user-1"], conflicted: ["user-1"] });
  const ofB: Resource = { ...assigned, panelId: "panel-b", funderId: "funder-b" };
  const staffAndConflicted = actor({
    funders: [{ funderId: "funder-a", role: "ADMIN" }],
    panels: [{ panelId: "panel-a", role: "MEMBER" }],
  });

  it.each([
    [
      "panel chair, assigned",
      panelChair,
      assigned,
      ["view", "review", "moderate", "comment", "decide"],
    ],
    ["community reviewer, assigned", communityReviewer, assigned, ["view", "review", "comment"]],
    ["community reviewer, not assigned", communityReviewer, reviewing(), []],
    [
      "panel chair, not assigned",
      panelChair,
      reviewing(),
      ["view", "moderate", "comment", "decide"],
    ],
    ["panel chair, assigned but conflicted", panelChair, conflicted, []],
    ["panel chair, assigned on another funder's panel", panelChair, ofB, []],
    ["funder admin", funderAdmin, reviewing(), ["view", "edit", "moderate", "comment", "decide"]],
    [
      "programme officer",
      programmeOfficer,
      reviewing(),
      ["view", "edit", "moderate", "comment", "decide"],
    ],
    ["funder viewer", funderViewer, reviewing(), ["view", "moderate"]],
    ["funder admin of another funder", funderAdmin, ofB, []],
    ["staff who declared a conflict as a member", staffAndConflicted, conflicted, []],
    ["platform admin", platformAdmin, reviewing(), allActions],
    ["platform admin who declared a conflict", platformAdmin, conflicted, []],
    ["organisation owner", orgOwner, assigned, []],
    ["someone with no roles", nobody, assigned, []],
    ["a signed-out visitor", null, assigned, []],
  ] as const)("%s: exactly %j", (_label, who, resource, allowed) => {
    expect(allActions.filter((action) => can(who, action, resource))).toEqual(allowed);
  });
});

describe("grants", () => {
  const grantOfA: Resource = { type: "grant", organisationId: "org-a", funderId: "funder-a" };

  it("lets the group read its grant and do its part, and nobody in another group", () => {
    const member = actor({ organisations: [{ organisationId: "org-a", role: "MEMBER" }] });
    const stranger = actor({ organisations: [{ organisationId: "org-b", role: "OWNER" }] });
    expect(can(member, "view", grantOfA)).toBe(true);
    expect(can(member, "edit", grantOfA)).toBe(true);
    expect(can(stranger, "view", grantOfA)).toBe(false);
  });

  it("lets every role of the funder read it, and only admins and officers run it", () => {
    const as = (role: "ADMIN" | "PROGRAMME_OFFICER" | "VIEWER", funderId = "funder-a") =>
      actor({ funders: [{ funderId, role }] });
    expect(can(as("VIEWER"), "view", grantOfA)).toBe(true);
    expect(can(as("VIEWER"), "edit", grantOfA)).toBe(false);
    expect(can(as("PROGRAMME_OFFICER"), "edit", grantOfA)).toBe(true);
    expect(can(as("ADMIN"), "edit", grantOfA)).toBe(true);
    expect(can(as("ADMIN", "funder-b"), "view", grantOfA)).toBe(false);
    for (const action of allActions.filter((a) => a !== "view" && a !== "edit"))
      expect(can(as("ADMIN"), action, grantOfA)).toBe(false);
  });

  it("keeps a deactivated funder's grants readable by the group and closed to its staff", () => {
    const closed = { closedFunderIds: ["funder-a"] };
    const member = actor({
      ...closed,
      organisations: [{ organisationId: "org-a", role: "OWNER" }],
    });
    const admin = actor({ ...closed, funders: [{ funderId: "funder-a", role: "ADMIN" }] });
    expect(can(member, "view", grantOfA)).toBe(true);
    expect(can(member, "edit", grantOfA)).toBe(false);
    expect(can(admin, "view", grantOfA)).toBe(false);
  });
});
