import type { LoaderFunctionArgs } from "@remix-run/node";
import { beforeAll, describe, expect, it } from "vitest";
import { seedDemo } from "../../prisma/seed/demo";
import { loader as funderPage } from "~/routes/fund.$funderId";
import { loader as organisationPage } from "~/routes/organisations.$organisationId";
import { loader as panelPage } from "~/routes/panels.$panelId";
import { loader as panelsPage } from "~/routes/panels._index";
import { loader as panelConflictsPage } from "~/routes/panels.$panelId_.conflicts";
import { loader as panelAssignmentsPage } from "~/routes/fund.$funderId.schemes.$schemeId.rounds.$roundId.panels.$panelId.assignments";
import { db } from "~/services/platform/db.server";
import { useTestDatabase } from "../support/database";
import { makeRequest, run, signedInCookie } from "../support/requests";

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

  it("refuse funder staff an organisation they are not a member of", async () => {
    expectForbidden(await organisation(ids.amalCircle, "grace@example.org"));
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
    ]);
    expect(((await panels("fatima@example.org")) as Panels).panels.map((p) => p.role)).toEqual([
      "COMMUNITY_REVIEWER",
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
