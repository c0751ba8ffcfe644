import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { beforeAll, describe, expect, it } from "vitest";
import { seedDemo } from "../support/demo-world";
import { loader as funderPage } from "~/routes/fund.$funderId";
import { loader as organisationPage } from "~/routes/organisations.$organisationId";
import { loader as panelPage } from "~/routes/panels.$panelId";
import { loader as panelsPage } from "~/routes/panels._index";
import * as roundPanels from "~/routes/fund.$funderId.schemes.$schemeId.rounds.$roundId.panels._index";
import * as newPanel from "~/routes/fund.$funderId.schemes.$schemeId.rounds.$roundId.panels.new";
import * as panelSetup from "~/routes/fund.$funderId.schemes.$schemeId.rounds.$roundId.panels.$panelId._index";
import * as panelSettings from "~/routes/fund.$funderId.schemes.$schemeId.rounds.$roundId.panels.$panelId.settings";
import * as removePanelMember from "~/routes/fund.$funderId.schemes.$schemeId.rounds.$roundId.panels.$panelId.members.$memberId.remove";
import * as panelInvitation from "~/routes/panel-invitations.$token";
import * as rubricCriterion from "~/routes/fund.$funderId.schemes.$schemeId.rounds.$roundId.panels.$panelId.rubric.criteria.$criterionId._index";
import * as rubricCriterionRemove from "~/routes/fund.$funderId.schemes.$schemeId.rounds.$roundId.panels.$panelId.rubric.criteria.$criterionId.remove";
import * as rubricCriterionTranslations from "~/routes/fund.$funderId.schemes.$schemeId.rounds.$roundId.panels.$panelId.rubric.criteria.$criterionId.translations";
import * as rubricCriterionNew from "~/routes/fund.$funderId.schemes.$schemeId.rounds.$roundId.panels.$panelId.rubric.criteria.new";
import * as rubricIndex from "~/routes/fund.$funderId.schemes.$schemeId.rounds.$roundId.panels.$panelId.rubric._index";
import * as rubricPreview from "~/routes/fund.$funderId.schemes.$schemeId.rounds.$roundId.panels.$panelId.rubric.preview";
import * as rubricTranslations from "~/routes/fund.$funderId.schemes.$schemeId.rounds.$roundId.panels.$panelId.rubric.translations";
import { loader as panelConflictsPage } from "~/routes/panels.$panelId_.conflicts";
import { loader as panelAssignmentsPage } from "~/routes/fund.$funderId.schemes.$schemeId.rounds.$roundId.panels.$panelId.assignments";
import { db } from "~/services/platform/db.server";
import { useTestDatabase } from "../support/database";
import { makeRequest, run, signedInCookie, unwrap } from "../support/requests";

useTestDatabase();

const ids = {
  riverside: "",
  otherCouncil: "",
  amalCircle: "",
  ukrainianAssociation: "",
  panel: "",
};
const cookies = new Map<string, string>();

async function as(email: string) {
  if (!cookies.has(email)) {
    const user = await db().user.findUniqueOrThrow({ where: { email } });
    cookies.set(email, await signedInCookie(user.id));
  }
  return cookies.get(email)!;
}

async function visit(
  loader: (args: LoaderFunctionArgs) => Promise<unknown>,
  path: string,
  params: Record<string, string>,
  email: string | null,
) {
  const cookie = email ? await as(email) : null;
  return run(loader, makeRequest(path, { cookie }), params);
}

const funder = (id: string, email: string | null) =>
  visit(funderPage, `/fund/${id}`, { funderId: id }, email);
const organisation = (id: string, email: string | null) =>
  visit(organisationPage, `/organisations/${id}`, { organisationId: id }, email);
const panel = (id: string, email: string | null) =>
  visit(panelPage, `/panels/${id}`, { panelId: id }, email);

function expectForbidden(result: unknown) {
  expect(result).toBeInstanceOf(Response);
  expect((result as Response).status).toBe(403);
}

beforeAll(async () => {
  await seedDemo(db());
  const otherAdmin = await db().user.create({
    data: { email: "otto@other.example", name: "Otto Admin", locale: "en" },
  });
  const other = await db().funder.create({
    data: {
      slug: "other-council",
      name: "Other Council",
      members: { create: [{ userId: otherAdmin.id, role: "ADMIN" }] },
      schemes: {
        create: [
          {
            slug: "other-scheme",
            currency: "EUR",
            title: { en: "Other scheme" },
            description: { en: "Not Riverside's" },
          },
        ],
      },
    },
  });
  ids.otherCouncil = other.id;
  ids.riverside = (await db().funder.findUniqueOrThrow({ where: { slug: "riverside" } })).id;
  ids.amalCircle = (
    await db().organisation.findFirstOrThrow({ where: { name: "Amal Women's Circle" } })
  ).id;
  ids.ukrainianAssociation = (
    await db().organisation.findFirstOrThrow({
      where: { name: "Ukrainian Women's Association Riverside" },
    })
  ).id;
  ids.panel = (await db().panel.findFirstOrThrow({ where: { name: "2027 review panel" } })).id;
});

describe("funder pages", () => {
  it.each(["grace@example.org", "tomas@example.org", "helen@example.org"])(
    "show Riverside's page to its staff member %s",
    async (email) => {
      const page = (await funder(ids.riverside, email)) as Awaited<ReturnType<typeof funderPage>>;
      expect(page).not.toBeInstanceOf(Response);
      expect(page.name).toBe("Riverside City Council");
      expect(page.schemes.map((scheme) => scheme.title.text)).toEqual([
        "Riverside Together: community integration grants",
      ]);
      expect(page.staff.map((member) => member.role).sort()).toEqual([
        "ADMIN",
        "PROGRAMME_OFFICER",
        "VIEWER",
      ]);
    },
  );

  it.each(["grace@example.org", "tomas@example.org", "helen@example.org"])(
    "refuse Other Council's page to Riverside's %s",
    async (email) => {
      expectForbidden(await funder(ids.otherCouncil, email));
    },
  );

  it("give the same 403 for a funder that does not exist, so nothing leaks", async () => {
    const missing = (await funder("no-such-funder", "grace@example.org")) as Response;
    const offLimits = (await funder(ids.otherCouncil, "grace@example.org")) as Response;
    expectForbidden(missing);
    expect(await missing.text()).toBe(await offLimits.text());
  });

  it("refuse a funder page to people who only apply or review", async () => {
    expectForbidden(await funder(ids.riverside, "amina@example.org"));
    expectForbidden(await funder(ids.riverside, "nadia@example.org"));
  });

  it("show the scheme title in the reader's language", async () => {
    const cookie = await as("grace@example.org");
    const page = (await run(funderPage, makeRequest(`/fund/${ids.riverside}?lng=ar`, { cookie }), {
      funderId: ids.riverside,
    })) as Awaited<ReturnType<typeof funderPage>>;
    expect(page.schemes[0]!.title).toEqual({
      text: "ريفرسايد معًا: منح لدمج المجتمعات",
      locale: "ar",
    });
  });

  it("show Other Council's page to its own admin, and not Riverside's", async () => {
    const page = (await funder(ids.otherCouncil, "otto@other.example")) as Awaited<
      ReturnType<typeof funderPage>
    >;
    expect(page.name).toBe("Other Council");
    expectForbidden(await funder(ids.riverside, "otto@other.example"));
  });
});

describe("organisation pages", () => {
  it("show a member her own organisation", async () => {
    const page = (await organisation(ids.ukrainianAssociation, "iryna@example.org")) as Awaited<
      ReturnType<typeof organisationPage>
    >;
    expect(page.name).toBe("Ukrainian Women's Association Riverside");
    expect(page.members.map((member) => member.name).sort()).toEqual([
      "Iryna Shevchuk",
      "Olena Kovalenko",
    ]);
  });

  it("refuse her another organisation and one that does not exist, alike", async () => {
    expectForbidden(await organisation(ids.amalCircle, "iryna@example.org"));
    expectForbidden(await organisation("no-such-organisation", "iryna@example.org"));
  });

  it("refuse funder staff an organisation that never sent their funder an application", async () => {
    expectForbidden(await organisation(ids.amalCircle, "otto@other.example"));
  });

  it("let funder staff read, not change, the profile of a group that applied to them", async () => {
    const page = (await organisation(ids.amalCircle, "grace@example.org")) as { name: string };
    expect(page.name).toBe("Amal Women's Circle");
  });
});

describe("panel pages", () => {
  it.each(["nadia@example.org", "fatima@example.org", "maria@example.org"])(
    "show the panel to its member %s",
    async (email) => {
      const page = (await panel(ids.panel, email)) as Awaited<ReturnType<typeof panelPage>>;
      expect(page.name).toBe("2027 review panel");
      expect(page.members).toHaveLength(3);
    },
  );

  it("show the panel to the programme officer of its funder", async () => {
    const page = (await panel(ids.panel, "tomas@example.org")) as Awaited<
      ReturnType<typeof panelPage>
    >;
    expect(page.name).toBe("2027 review panel");
  });

  it("refuse the panel to another funder's admin and to applicants", async () => {
    expectForbidden(await panel(ids.panel, "otto@other.example"));
    expectForbidden(await panel(ids.panel, "amina@example.org"));
  });

  it("refuse a panel that does not exist with the same 403", async () => {
    expectForbidden(await panel("no-such-panel", "nadia@example.org"));
    expectForbidden(await panel("no-such-panel", "tomas@example.org"));
  });
});

describe("the list of panels", () => {
  type Panels = Awaited<ReturnType<typeof panelsPage>>;
  const panels = (email: string | null) => visit(panelsPage, "/panels", {}, email);

  it("shows each reviewer only the panels she sits on, with her role and the round's closing date", async () => {
    const chair = (await panels("nadia@example.org")) as Panels;
    expect(chair.panels).toEqual([
      expect.objectContaining({
        id: ids.panel,
        name: "2027 review panel",
        role: "CHAIR",
        closesAt: expect.any(String),
      }),
      expect.objectContaining({ name: "2026 review panel", role: "CHAIR" }),
    ]);
    expect(((await panels("fatima@example.org")) as Panels).panels.map((p) => p.role)).toEqual([
      "COMMUNITY_REVIEWER",
      "COMMUNITY_REVIEWER",
    ]);
    expect(((await panels("joy@example.org")) as Panels).panels.map((p) => p.name)).toEqual([
      "2026 review panel",
    ]);
  });

  it("shows nothing to people on no panel, staff included", async () => {
    expect(((await panels("amina@example.org")) as Panels).panels).toEqual([]);
    expect(((await panels("otto@other.example")) as Panels).panels).toEqual([]);
  });

  it("sends a signed-out visitor to sign in", async () => {
    const response = (await panels(null)) as Response;
    expect(response.status).toBe(302);
    expect(response.headers.get("Location")).toBe(
      `/sign-in?redirectTo=${encodeURIComponent("/panels")}`,
    );
  });
});

describe("signed-out visitors", () => {
  it.each([
    ["funder", () => funder(ids.riverside, null), () => `/fund/${ids.riverside}`],
    [
      "organisation",
      () => organisation(ids.amalCircle, null),
      () => `/organisations/${ids.amalCircle}`,
    ],
    ["panel", () => panel(ids.panel, null), () => `/panels/${ids.panel}`],
  ])("are sent to sign in from a %s page, and back afterwards", async (_label, open, path) => {
    const response = (await open()) as Response;
    expect(response).toBeInstanceOf(Response);
    expect(response.status).toBe(302);
    expect(response.headers.get("Location")).toBe(
      `/sign-in?redirectTo=${encodeURIComponent(path())}`,
    );
  });

  it("are sent to sign in even for a page that does not exist, without learning that", async () => {
    const response = (await funder("no-such-funder", null)) as Response;
    expect(response.status).toBe(302);
    expect(response.headers.get("Location")).toBe(
      `/sign-in?redirectTo=${encodeURIComponent("/fund/no-such-funder")}`,
    );
  });
});

describe("the platform admin", () => {
  it("sees every funder, organisation and panel", async () => {
    const admin = "admin@example.org";
    expect(((await funder(ids.riverside, admin)) as { name: string }).name).toBe(
      "Riverside City Council",
    );
    expect(((await funder(ids.otherCouncil, admin)) as { name: string }).name).toBe(
      "Other Council",
    );
    expect(((await organisation(ids.amalCircle, admin)) as { name: string }).name).toBe(
      "Amal Women's Circle",
    );
    expect(((await organisation(ids.ukrainianAssociation, admin)) as { name: string }).name).toBe(
      "Ukrainian Women's Association Riverside",
    );
    expect(((await panel(ids.panel, admin)) as { name: string }).name).toBe("2027 review panel");
  });

  it("gets the same plain 403 as anyone, not a server error, for records that do not exist", async () => {
    const admin = "admin@example.org";
    for (const result of [
      await funder("no-such-funder", admin),
      await organisation("no-such-organisation", admin),
      await panel("no-such-panel", admin),
    ]) {
      expectForbidden(result);
    }
  });
});

describe("panel setup pages for funder staff", () => {
  type Address = {
    funderId: string;
    schemeId: string;
    roundId: string;
    panelId: string;
    memberId: string;
  };
  const riverside: Address = { funderId: "", schemeId: "", roundId: "", panelId: "", memberId: "" };
  const other: Address = { funderId: "", schemeId: "", roundId: "", panelId: "", memberId: "" };

  beforeAll(async () => {
    const panel = await db().panel.findUniqueOrThrow({
      where: { id: ids.panel },
      include: { round: true, members: { where: { role: "CHAIR" } } },
    });
    Object.assign(riverside, {
      funderId: ids.riverside,
      schemeId: panel.round.schemeId,
      roundId: panel.roundId,
      panelId: panel.id,
      memberId: panel.members[0]!.id,
    });
    const scheme = await db().scheme.findFirstOrThrow({ where: { funderId: ids.otherCouncil } });
    const round = await db().round.create({
      data: {
        schemeId: scheme.id,
        name: { en: "Other round" },
        opensAt: new Date("2027-01-01T00:00:00Z"),
        closesAt: new Date("2027-02-01T00:00:00Z"),
        budgetMinor: 100_000,
      },
    });
    const otherPanel = await db().panel.create({
      data: {
        roundId: round.id,
        name: "Other panel",
        members: {
          create: {
            userId: (await db().user.findFirstOrThrow({ where: { email: "otto@other.example" } }))
              .id,
            role: "CHAIR",
          },
        },
      },
      include: { members: true },
    });
    Object.assign(other, {
      funderId: ids.otherCouncil,
      schemeId: scheme.id,
      roundId: round.id,
      panelId: otherPanel.id,
      memberId: otherPanel.members[0]!.id,
    });
  });

  type Route = (args: never) => Promise<unknown>;
  const pages: {
    name: string;
    path: (a: Address) => string;
    loader: Route;
    action?: Route;
    viewerMay: boolean;
  }[] = [
    {
      name: "the round's panels",
      path: (a) => `/fund/${a.funderId}/schemes/${a.schemeId}/rounds/${a.roundId}/panels`,
      loader: roundPanels.loader,
      viewerMay: true,
    },
    {
      name: "a new panel",
      path: (a) => `/fund/${a.funderId}/schemes/${a.schemeId}/rounds/${a.roundId}/panels/new`,
      loader: newPanel.loader,
      action: newPanel.action,
      viewerMay: false,
    },
    {
      name: "a panel's setup",
      path: (a) =>
        `/fund/${a.funderId}/schemes/${a.schemeId}/rounds/${a.roundId}/panels/${a.panelId}`,
      loader: panelSetup.loader,
      action: panelSetup.action,
      viewerMay: true,
    },
    {
      name: "a panel's settings",
      path: (a) =>
        `/fund/${a.funderId}/schemes/${a.schemeId}/rounds/${a.roundId}/panels/${a.panelId}/settings`,
      loader: panelSettings.loader,
      action: panelSettings.action,
      viewerMay: false,
    },
    {
      name: "removing a panel member",
      path: (a) =>
        `/fund/${a.funderId}/schemes/${a.schemeId}/rounds/${a.roundId}/panels/${a.panelId}/members/${a.memberId}/remove`,
      loader: removePanelMember.loader,
      action: removePanelMember.action,
      viewerMay: false,
    },
  ];

  async function open(
    route: Route,
    path: string,
    address: Address,
    email: string | null,
    post = false,
  ) {
    const cookie = email ? await as(email) : null;
    const form = post
      ? { intent: "role", memberId: address.memberId, role: "MEMBER", name: "x" }
      : undefined;
    return run(route as never, makeRequest(path, { cookie, form }), { ...address });
  }

  describe.each(pages)("$name", (page) => {
    it.each(["grace@example.org", "tomas@example.org"])(
      "opens for Riverside's %s",
      async (email) => {
        const result = await open(page.loader, page.path(riverside), riverside, email);
        expect(result).not.toBeInstanceOf(Response);
      },
    );

    it("opens for the viewer only where she may look, and never lets her change anything", async () => {
      const result = await open(page.loader, page.path(riverside), riverside, "helen@example.org");
      if (page.viewerMay) expect(result).not.toBeInstanceOf(Response);
      else expectForbidden(result);
      if (page.action)
        expectForbidden(
          await open(page.action, page.path(riverside), riverside, "helen@example.org", true),
        );
    });

    it.each(["otto@other.example", "nadia@example.org", "fatima@example.org", "amina@example.org"])(
      "refuses %s (another funder's staff, panel members, applicants)",
      async (email) => {
        expectForbidden(await open(page.loader, page.path(riverside), riverside, email));
        if (page.action)
          expectForbidden(await open(page.action, page.path(riverside), riverside, email, true));
      },
    );

    it("refuses a record under someone else's address, with ids swapped", async () => {
      const swapped = [
        { ...riverside, funderId: other.funderId },
        { ...riverside, schemeId: other.schemeId },
        { ...riverside, roundId: other.roundId },
        { ...riverside, panelId: other.panelId },
        { ...riverside, memberId: other.memberId },
      ].filter((address) => page.path(address) !== page.path(riverside));
      for (const address of swapped) {
        expectForbidden(await open(page.loader, page.path(address), address, "grace@example.org"));
        if (page.action)
          expectForbidden(
            await open(page.action, page.path(address), address, "grace@example.org", true),
          );
      }
      const ottoOnRiverside = {
        ...other,
        panelId: riverside.panelId,
        memberId: riverside.memberId,
      };
      if (page.path(ottoOnRiverside) !== page.path(other))
        expectForbidden(
          await open(
            page.loader,
            page.path(ottoOnRiverside),
            ottoOnRiverside,
            "otto@other.example",
          ),
        );
    });

    it("sends a signed-out visitor to sign in", async () => {
      const path = page.path(riverside);
      const response = (await open(page.loader, path, riverside, null)) as Response;
      expect(response.status).toBe(302);
      expect(response.headers.get("Location")).toBe(
        `/sign-in?redirectTo=${encodeURIComponent(path)}`,
      );
    });
  });

  it("answers a panel invitation link nobody issued with 404, signed in or not", async () => {
    for (const email of [null, "grace@example.org"]) {
      const result = await open(
        panelInvitation.loader,
        "/panel-invitations/nope",
        riverside,
        email,
      );
      expect((result as { init?: { status?: number } }).init?.status).toBe(404);
    }
  });
});

describe("a panel's rubric pages", () => {
  type Handler = (args: LoaderFunctionArgs & ActionFunctionArgs) => Promise<unknown>;
  const pages: [string, Handler, "view" | "edit"][] = [
    ["the rubric", rubricIndex.loader, "view"],
    ["moving a criterion", rubricIndex.action, "edit"],
    ["the preview", rubricPreview.loader, "view"],
    ["the translations", rubricTranslations.loader, "view"],
    ["a new criterion", rubricCriterionNew.loader, "edit"],
    ["adding a criterion", rubricCriterionNew.action, "edit"],
    ["a criterion", rubricCriterion.loader, "edit"],
    ["changing a criterion", rubricCriterion.action, "edit"],
    ["removing a criterion", rubricCriterionRemove.loader, "edit"],
    ["confirming the removal", rubricCriterionRemove.action, "edit"],
    ["a criterion's translations", rubricCriterionTranslations.loader, "edit"],
    ["saving a criterion's translations", rubricCriterionTranslations.action, "edit"],
  ];
  async function open(handler: Handler, email: string | null, funderId = ids.riverside) {
    const round = await db().panel.findUniqueOrThrow({
      where: { id: ids.panel },
      select: { round: { select: { id: true, schemeId: true } } },
    });
    const params = {
      funderId,
      schemeId: round.round.schemeId,
      roundId: round.round.id,
      panelId: ids.panel,
      // Removing is the one post that needs nothing typed: it names a criterion that is not there.
      criterionId: handler === rubricCriterionRemove.action ? "c99" : "c1",
    };
    const path = `/fund/${funderId}/schemes/${params.schemeId}/rounds/${params.roundId}/panels/${ids.panel}/rubric`;
    // Posts carry nothing valid, so a page that lets her in answers 400 and changes nothing.
    const form = handler.name === "action" ? { nothing: "" } : undefined;
    const cookie = email ? await as(email) : null;
    return run(handler, makeRequest(path, { cookie, form }), params);
  }
  const status = (result: unknown) =>
    result instanceof Response ? result.status : unwrap(result).status;

  it.each(pages)("%s: open to the funder's admin and programme officer", async (_, handler) => {
    for (const email of ["grace@example.org", "tomas@example.org"]) {
      expect([200, 400]).toContain(status(await open(handler, email)));
    }
  });

  it.each(pages)("%s: the viewer only reads", async (_, handler, action) => {
    const result = await open(handler, "helen@example.org");
    if (action === "view") expect(status(result)).toBe(200);
    else expectForbidden(result);
  });

  it.each(pages)(
    "%s: refused to panel members, applicants and another funder",
    async (_, handler) => {
      expectForbidden(await open(handler, "nadia@example.org"));
      expectForbidden(await open(handler, "amina@example.org"));
      expectForbidden(await open(handler, "otto@other.example"));
      expectForbidden(await open(handler, "otto@other.example", ids.otherCouncil));
    },
  );

  it.each(pages)("%s: sends a signed-out visitor to sign in", async (_, handler) => {
    expect(status(await open(handler, null))).toBe(302);
  });
});

describe("panel conflicts and assignment pages", () => {
  const conflicts = (panelId: string, email: string | null) =>
    visit(panelConflictsPage, `/panels/${panelId}/conflicts`, { panelId }, email);
  const assignments = async (email: string | null, swap: Record<string, string> = {}) => {
    const panelRecord = await db().panel.findUniqueOrThrow({
      where: { id: ids.panel },
      include: { round: { include: { scheme: true } } },
    });
    const params = {
      funderId: panelRecord.round.scheme.funderId,
      schemeId: panelRecord.round.schemeId,
      roundId: panelRecord.roundId,
      panelId: panelRecord.id,
      ...swap,
    };
    const path = `/fund/${params.funderId}/schemes/${params.schemeId}/rounds/${params.roundId}/panels/${params.panelId}/assignments`;
    return visit(panelAssignmentsPage, path, params, email);
  };

  it.each(["nadia@example.org", "fatima@example.org", "maria@example.org"])(
    "show the conflicts page to the panel's member %s",
    async (email) => {
      const page = (await conflicts(ids.panel, email)) as Awaited<
        ReturnType<typeof panelConflictsPage>
      >;
      expect(page.organisations.length).toBeGreaterThan(0);
    },
  );

  it.each(["tomas@example.org", "otto@other.example", "amina@example.org", "admin@example.org"])(
    "refuse the conflicts page to %s, who is not on the panel",
    async (email) => {
      expectForbidden(await conflicts(ids.panel, email));
    },
  );

  it("refuse the conflicts page of a panel that does not exist with the same 403", async () => {
    expectForbidden(await conflicts("no-such-panel", "nadia@example.org"));
  });

  it.each(["grace@example.org", "tomas@example.org", "helen@example.org", "admin@example.org"])(
    "show the assignment page to %s",
    async (email) => {
      const page = (await assignments(email)) as Awaited<ReturnType<typeof panelAssignmentsPage>>;
      expect(page.panel.name).toBe("2027 review panel");
    },
  );

  it.each(["otto@other.example", "nadia@example.org", "amina@example.org"])(
    "refuse the assignment page to %s",
    async (email) => {
      expectForbidden(await assignments(email));
    },
  );

  it("refuse the assignment page under another funder's address", async () => {
    expectForbidden(await assignments("grace@example.org", { funderId: ids.otherCouncil }));
    expectForbidden(await assignments("otto@other.example", { funderId: ids.otherCouncil }));
  });

  it("send signed-out visitors to sign in from both pages", async () => {
    for (const result of [await conflicts(ids.panel, null), await assignments(null)]) {
      expect((result as Response).status).toBe(302);
    }
  });
});
