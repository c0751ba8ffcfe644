import { beforeAll, describe, expect, it } from "vitest";
import { seedDemo } from "../support/demo-world";
import {
  action as assignmentsAction,
  loader as assignmentsPage,
} from "~/routes/fund.$funderId.schemes.$schemeId.rounds.$roundId.panels.$panelId.assignments";
import { action as conflictsAction } from "~/routes/panels.$panelId_.conflicts";
import { db } from "~/services/platform/db.server";
import { translatorFor } from "~/services/platform/i18n.server";
import { useTestDatabase } from "../support/database";
import {
  assignmentsPath,
  call,
  demoPanel,
  expectStatus,
  payload,
  screenEligible,
  signIns,
} from "../support/panels";

useTestDatabase();

const as = signIns();
let demo: Awaited<ReturnType<typeof demoPanel>>;
const association = "Ukrainian Women's Association Riverside";
const centre = "Riverside Community Centre";

type Page = Awaited<ReturnType<typeof assignmentsPage>>;
type ActionResult = {
  errors?: Record<string, { key: string }>;
  plan?: {
    applications: {
      id: string;
      added: string[];
      shortfall?: { assigned: number; needed: number; reasons: string[] };
    }[];
  };
  fingerprint?: string;
  changed?: boolean;
};

type Params = typeof demo.params;
const open = async (email: string | null, params: Params = demo.params) =>
  call(assignmentsPage, assignmentsPath(params), params, await as(email));
const post = async (email: string | null, form: Record<string, string>, params = demo.params) =>
  call(assignmentsAction, assignmentsPath(params), params, await as(email), form);

beforeAll(async () => {
  await seedDemo(db());
  demo = await demoPanel();
  await screenEligible(demo.params, (await as("tomas@example.org"))!, [
    demo.byGroup(association).id,
    demo.byGroup(centre).id,
  ]);
});

describe("sharing out a panel's applications", () => {
  it("shows members, their conflicts not declared yet, and the applications with no reviewers", async () => {
    const page = (await open("tomas@example.org")) as Page;
    expect(page.members.map((m) => [m.name, m.role, m.conflictsChecked, m.load])).toEqual(
      expect.arrayContaining([
        ["Nadia Rahimi", "CHAIR", false, 0],
        ["Fatima Diallo", "COMMUNITY_REVIEWER", false, 0],
        ["María López", "SPECIALIST", false, 0],
      ]),
    );
    expect(page.applications.map((a) => a.reviewers.length)).toEqual([0, 0]);
    expect(page.canEdit).toBe(true);
  });

  it("never gives an application to a member who declared a conflict with its group", async () => {
    const declared = await call(
      conflictsAction,
      `/panels/${demo.panel.id}/conflicts`,
      { panelId: demo.panel.id },
      await as("nadia@example.org"),
      {
        intent: "declare",
        organisationId: demo.byGroup(association).organisationId,
        kind: "FAMILY",
      },
    );
    expectStatus(declared, 302);

    const proposal = payload<ActionResult>(await post("tomas@example.org", { intent: "plan" }));
    const forAssociation = proposal.data.plan!.applications.find(
      (a) => a.id === demo.byGroup(association).id,
    )!;
    expect(forAssociation.added).not.toContain("Nadia Rahimi");
    expect(forAssociation.added.sort()).toEqual(["Fatima Diallo", "María López"]);
    // Three reviews are needed and one of three members has a conflict.
    expect(forAssociation.shortfall).toMatchObject({
      assigned: 2,
      needed: 3,
      reasons: ["conflicts"],
    });
    const t = await translatorFor("en");
    expect(t("panels:assignments.reasons.conflicts")).toBe(
      "Too many members have declared a conflict with this group.",
    );
    // Proposing saves nothing.
    expect(await db().reviewAssignment.count({ where: { panelId: demo.panel.id } })).toBe(0);
  });

  it("saves nothing when the panel changed since the proposal, and shows the new one", async () => {
    const stale = payload<ActionResult>(
      await post("tomas@example.org", { intent: "save", fingerprint: "not-this-plan" }),
    );
    expect(stale.data.changed).toBe(true);
    expect(stale.data.plan).toBeDefined();
    expect(await db().reviewAssignment.count({ where: { panelId: demo.panel.id } })).toBe(0);
  });

  it("saves the proposal it showed", async () => {
    const proposal = payload<ActionResult>(await post("tomas@example.org", { intent: "plan" }));
    const saved = await post("tomas@example.org", {
      intent: "save",
      fingerprint: proposal.data.fingerprint!,
    });
    expectStatus(saved, 302);
    expect((saved as Response).headers.get("Location")).toBe(
      `${assignmentsPath(demo.params)}?saved=plan`,
    );
    const nadia = await demo.userId("nadia@example.org");
    const assigned = await db().reviewAssignment.findMany({ where: { panelId: demo.panel.id } });
    expect(assigned).toHaveLength(5);
    expect(
      assigned.some((a) => a.userId === nadia && a.applicationId === demo.byGroup(association).id),
    ).toBe(false);
    const page = (await open("grace@example.org")) as Page;
    expect(page.applications.find((a) => a.id === demo.byGroup(centre).id)!.reviewers).toHaveLength(
      3,
    );
  });
});

describe("changing assignments by hand", () => {
  const field = () => `reviewer-${demo.byGroup(association).id}`;
  const change = async (
    intent: string,
    email: string,
    applicationId = demo.byGroup(association).id,
  ) =>
    payload<ActionResult>(
      await post("tomas@example.org", {
        intent,
        applicationId,
        userId: await demo.userId(email),
      }),
    );

  it("refuses a member with a conflict, with a message next to the application", async () => {
    const refused = await change("add", "nadia@example.org");
    expect(refused.status).toBe(400);
    expect(refused.data.errors![field()]!.key).toBe("panels:assignments.errors.conflicted");
  });

  it("refuses to give the same application to someone twice", async () => {
    const refused = await change("add", "maria@example.org");
    expect(refused.data.errors![field()]!.key).toBe("panels:assignments.errors.already-assigned");
  });

  it("asks for a member when none was chosen", async () => {
    const refused = payload<ActionResult>(
      await post("tomas@example.org", {
        intent: "add",
        applicationId: demo.byGroup(association).id,
      }),
    );
    expect(refused.data.errors![field()]!.key).toBe("panels:assignments.errors.chooseReviewer");
  });

  it("removes a reviewer and adds her back", async () => {
    const removed = await post("tomas@example.org", {
      intent: "remove",
      applicationId: demo.byGroup(association).id,
      userId: await demo.userId("maria@example.org"),
    });
    expectStatus(removed, 302);
    const again = await change("remove", "maria@example.org");
    expect(again.data.errors![field()]!.key).toBe("panels:assignments.errors.not-assigned");
    expectStatus(
      await post("tomas@example.org", {
        intent: "add",
        applicationId: demo.byGroup(association).id,
        userId: await demo.userId("maria@example.org"),
      }),
      302,
    );
    expect(
      await db().auditEvent.count({
        where: { action: { in: ["panels.assignment-added", "panels.assignment-removed"] } },
      }),
    ).toBe(2);
  });

  it("refuses a member removed from the panel, and someone not on it", async () => {
    const fatima = await demo.userId("fatima@example.org");
    await db().reviewAssignment.deleteMany({ where: { userId: fatima } });
    await db().panelMember.updateMany({
      where: { userId: fatima },
      data: { removedAt: new Date() },
    });
    expect((await change("add", "fatima@example.org")).data.errors![field()]!.key).toBe(
      "panels:assignments.errors.removed",
    );
    expect((await change("add", "grace@example.org")).data.errors![field()]!.key).toBe(
      "panels:assignments.errors.not-a-member",
    );
    const page = (await open("tomas@example.org")) as Page;
    expect(page.members.map((m) => m.name)).not.toContain("Fatima Diallo");
    await db().panelMember.updateMany({ where: { userId: fatima }, data: { removedAt: null } });
  });

  it("does not give out a sent application still waiting to be screened, and says how many wait", async () => {
    const waiting = await db().application.create({
      data: {
        reference: "RIV-27-WAIT",
        potId: demo.byGroup(centre).potId,
        organisationId: demo.byGroup(centre).organisationId,
        status: "SUBMITTED",
        answers: {},
        submittedAt: new Date(),
        createdById: await demo.userId("tomas@example.org"),
      },
    });
    const page = (await open("tomas@example.org")) as Page;
    expect(page.awaitingScreening).toBe(1);
    expect(page.applications.map((a) => a.id)).not.toContain(waiting.id);
    expectStatus(
      await post("tomas@example.org", {
        intent: "add",
        applicationId: waiting.id,
        userId: await demo.userId("maria@example.org"),
      }),
      403,
    );
    const proposal = payload<ActionResult>(await post("tomas@example.org", { intent: "plan" }));
    expect(proposal.data.plan!.applications.map((a) => a.id)).not.toContain(waiting.id);
    await db().application.delete({ where: { id: waiting.id } });
  });

  it("refuses an application that is not the panel's", async () => {
    const amal = await db().application.findFirstOrThrow({ where: { status: "DRAFT" } });
    expectStatus(
      await post("tomas@example.org", {
        intent: "add",
        applicationId: amal.id,
        userId: await demo.userId("maria@example.org"),
      }),
      403,
    );
  });
});

describe("who may open the assignment page", () => {
  beforeAll(async () => {
    const otherAdmin = await db().user.create({
      data: { email: "otto@other.example", name: "Otto Admin", locale: "en" },
    });
    await db().funder.create({
      data: {
        slug: "other-council",
        name: "Other Council",
        members: { create: [{ userId: otherAdmin.id, role: "ADMIN" }] },
      },
    });
  });

  it("lets a viewer look without changing anything", async () => {
    const page = (await open("helen@example.org")) as Page;
    expect(page.canEdit).toBe(false);
    expectStatus(await post("helen@example.org", { intent: "plan" }), 403);
  });

  it.each([
    "otto@other.example",
    "nadia@example.org",
    "fatima@example.org",
    "amina@example.org",
    "olena@example.org",
  ])("refuses %s, who is not the funder's staff", async (email) => {
    expectStatus(await open(email), 403);
    expectStatus(await post(email, { intent: "plan" }), 403);
  });

  it("refuses the panel under another funder, scheme or round in the address", async () => {
    const otherFunder = await db().funder.findUniqueOrThrow({ where: { slug: "other-council" } });
    const swapped: Params[] = [
      { ...demo.params, funderId: otherFunder.id },
      { ...demo.params, roundId: "another-round" },
      { ...demo.params, schemeId: "another-scheme" },
      { ...demo.params, panelId: "no-such-panel" },
    ];
    for (const params of swapped) {
      expectStatus(await open("grace@example.org", params), 403);
      expectStatus(await post("grace@example.org", { intent: "plan" }, params), 403);
    }
    expectStatus(
      await open("otto@other.example", { ...demo.params, funderId: otherFunder.id }),
      403,
    );
  });

  it("sends a signed-out visitor to sign in", async () => {
    const result = await open(null);
    expectStatus(result, 302);
    expect((result as Response).headers.get("Location")).toBe(
      `/sign-in?redirectTo=${encodeURIComponent(assignmentsPath(demo.params))}`,
    );
    expectStatus(await post(null, { intent: "plan" }), 302);
  });
});
