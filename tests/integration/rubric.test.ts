import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { beforeAll, describe, expect, it } from "vitest";
import { seedDemo } from "../support/demo-world";
import * as criterionPage from "~/routes/fund.$funderId.schemes.$schemeId.rounds.$roundId.panels.$panelId.rubric.criteria.$criterionId._index";
import * as removePage from "~/routes/fund.$funderId.schemes.$schemeId.rounds.$roundId.panels.$panelId.rubric.criteria.$criterionId.remove";
import * as criterionTranslations from "~/routes/fund.$funderId.schemes.$schemeId.rounds.$roundId.panels.$panelId.rubric.criteria.$criterionId.translations";
import * as newCriterion from "~/routes/fund.$funderId.schemes.$schemeId.rounds.$roundId.panels.$panelId.rubric.criteria.new";
import * as rubricPage from "~/routes/fund.$funderId.schemes.$schemeId.rounds.$roundId.panels.$panelId.rubric._index";
import * as previewPage from "~/routes/fund.$funderId.schemes.$schemeId.rounds.$roundId.panels.$panelId.rubric.preview";
import * as translationsPage from "~/routes/fund.$funderId.schemes.$schemeId.rounds.$roundId.panels.$panelId.rubric.translations";
import { readCriteria } from "~/domain/panels/rubric";
import { freezeRubricVersion } from "~/services/panels/rubric.server";
import { db } from "~/services/platform/db.server";
import { useTestDatabase } from "../support/database";
import { makeRequest, run, signedInCookie, unwrap } from "../support/requests";

useTestDatabase();

type Handler = (args: LoaderFunctionArgs & ActionFunctionArgs) => Promise<unknown>;
type FormReply = { errors: Record<string, { key: string }>; values: Record<string, string> };

const ids = { funder: "", scheme: "", round: "", panel: "", demoPanel: "", otherFunder: "" };
const cookies = new Map<string, string>();

async function as(email: string) {
  if (!cookies.has(email)) {
    const user = await db().user.findUniqueOrThrow({ where: { email } });
    cookies.set(email, await signedInCookie(user.id));
  }
  return cookies.get(email)!;
}

function params(extra: Record<string, string> = {}, panelId = ids.panel) {
  return {
    funderId: ids.funder,
    schemeId: ids.scheme,
    roundId: ids.round,
    panelId,
    ...extra,
  };
}

const base = () =>
  `/fund/${ids.funder}/schemes/${ids.scheme}/rounds/${ids.round}/panels/${ids.panel}/rubric`;

async function call(
  handler: Handler,
  email: string | null,
  options: {
    path?: string;
    form?: Record<string, string>;
    params?: Record<string, string>;
    query?: string;
  } = {},
) {
  const cookie = email ? await as(email) : null;
  const path = `${options.path ?? base()}${options.query ?? ""}`;
  return run(
    handler,
    makeRequest(path, { cookie, form: options.form }),
    options.params ?? params(),
  );
}

const criterion = (change: Record<string, string> = {}) => ({
  title: "Need",
  guidance: "Who is this for, and how do they know?",
  weight: "30",
  scaleMin: "1",
  scaleMax: "3",
  commentRequiredAtOrBelow: "1",
  "descriptor.1": "Little evidence of need",
  "descriptor.2": "Some evidence",
  "descriptor.3": "Clear evidence from the community",
  ...change,
});

async function versions() {
  const rows = await db().rubricVersion.findMany({
    where: { panelId: ids.panel },
    orderBy: { version: "asc" },
  });
  return rows.map((row) => ({ ...row, criteria: readCriteria(row.criteria) }));
}

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
    },
  });
  ids.otherFunder = other.id;
  const demoPanel = await db().panel.findFirstOrThrow({
    where: { name: "2027 review panel" },
    include: { round: { include: { scheme: true } } },
  });
  ids.demoPanel = demoPanel.id;
  ids.round = demoPanel.roundId;
  ids.scheme = demoPanel.round.schemeId;
  ids.funder = demoPanel.round.scheme.funderId;
  ids.panel = (await db().panel.create({ data: { roundId: ids.round, name: "Test panel" } })).id;
});

describe("the demo panel's rubric", () => {
  it("has four criteria on a 1–5 scale, complete in English, Arabic, Persian and Spanish", async () => {
    const page = unwrap<Awaited<ReturnType<typeof translationsPage.loader>>>(
      await call(translationsPage.loader, "grace@example.org", {
        params: params({}, ids.demoPanel),
      }),
    ).data;
    expect(page.criteria.map((c) => c.title.text)).toEqual([
      "Need",
      "Led by and for the community",
      "Plan",
      "Value for money",
    ]);
    expect(page.complete).toEqual(["en", "ar", "fa", "es"]);
  });
});

describe("building a rubric", () => {
  it("starts empty and says reviewers cannot score yet", async () => {
    const page = unwrap<Awaited<ReturnType<typeof rubricPage.loader>>>(
      await call(rubricPage.loader, "grace@example.org"),
    ).data;
    expect(page.criteria).toEqual([]);
    expect(page.problems).toEqual(["panels:rubric.errors.noCriteria"]);
  });

  it("adds criteria as version 1, with their share of the total weight", async () => {
    const added = (await call(newCriterion.action, "grace@example.org", {
      path: `${base()}/criteria/new`,
      form: criterion(),
    })) as Response;
    expect(added.status).toBe(302);
    expect(added.headers.get("Location")).toBe(`${base()}?done=saved#criterion-c1`);
    await call(newCriterion.action, "tomas@example.org", {
      path: `${base()}/criteria/new`,
      query: "?lng=es",
      form: criterion({
        title: "Plan",
        guidance: "",
        weight: "10",
        commentRequiredAtOrBelow: "",
        "descriptor.1": "Débil",
        "descriptor.2": "Aceptable",
        "descriptor.3": "Sólido",
      }),
    });
    const [v1] = await versions();
    expect(v1!.version).toBe(1);
    expect(v1!.criteria.map((c) => c.title)).toEqual([{ en: "Need" }, { es: "Plan" }]);
    const page = unwrap<Awaited<ReturnType<typeof rubricPage.loader>>>(
      await call(rubricPage.loader, "helen@example.org"),
    ).data;
    expect(page.shares).toEqual({ c1: 75, c2: 25 });
    expect(page.problems).toEqual([]);
    expect(page.page.canEdit).toBe(false);
    const audit = await db().auditEvent.findMany({
      where: { entityId: v1!.id },
      orderBy: { createdAt: "asc" },
    });
    expect(audit.map((row) => row.action)).toEqual([
      "panels.rubric-version-created",
      "panels.rubric-changed",
      "panels.rubric-changed",
    ]);
  });

  it.each([
    [{ weight: "0" }, "weight", "weightRange"],
    [{ scaleMin: "3", scaleMax: "3" }, "scaleMax", "scaleOrder"],
    [{ scaleMin: "4", scaleMax: "2" }, "scaleMax", "scaleOrder"],
    [{ "descriptor.2": "" }, "descriptor.2", "descriptorRequired"],
    [{ commentRequiredAtOrBelow: "5" }, "commentRequiredAtOrBelow", "commentThresholdOutside"],
  ])("refuses %o with an error on %s and keeps what was typed", async (change, field, key) => {
    const before = await versions();
    const form = criterion({ ...change, title: "Typed title" });
    const reply = unwrap<FormReply>(
      await call(criterionPage.action, "grace@example.org", {
        path: `${base()}/criteria/c1`,
        params: params({ criterionId: "c1" }),
        form,
      }),
    );
    expect(reply.status).toBe(400);
    expect(reply.data.errors[field]).toEqual({ key: `panels:rubric.errors.${key}` });
    expect(reply.data.values).toMatchObject(form);
    expect(await versions()).toEqual(before);
  });

  it("refuses a criterion that is not in the rubric, keeping what was typed", async () => {
    const form = criterion({ title: "Typed title" });
    const reply = unwrap<FormReply>(
      await call(criterionPage.action, "grace@example.org", {
        path: `${base()}/criteria/c99`,
        params: params({ criterionId: "c99" }),
        form,
      }),
    );
    expect(reply.status).toBe(400);
    expect(reply.data.errors.id).toEqual({ key: "panels:rubric.errors.noSuchCriterion" });
    expect(reply.data.values).toMatchObject(form);
    const moved = unwrap<FormReply>(
      await call(rubricPage.action, "grace@example.org", { form: { id: "c99", direction: "up" } }),
    );
    expect(moved.status).toBe(400);
    expect(moved.data.errors.id).toEqual({ key: "panels:rubric.errors.noSuchCriterion" });
    const missingPage = (await call(criterionPage.loader, "grace@example.org", {
      params: params({ criterionId: "c99" }),
    })) as Response;
    expect(missingPage.status).toBe(404);
  });

  it("shows the boxes of a changed scale without saving", async () => {
    const before = await versions();
    const reply = unwrap<FormReply>(
      await call(criterionPage.action, "grace@example.org", {
        params: params({ criterionId: "c1" }),
        form: criterion({ scaleMax: "5", intent: "scale" }),
      }),
    );
    expect(reply.data.errors).toEqual({});
    expect(reply.data.values.scaleMax).toBe("5");
    expect(await versions()).toEqual(before);
  });

  it("moves a criterion up", async () => {
    const moved = (await call(rubricPage.action, "grace@example.org", {
      form: { id: "c2", direction: "up" },
    })) as Response;
    expect(moved.status).toBe(302);
    expect((await versions())[0]!.criteria.map((c) => c.id)).toEqual(["c2", "c1"]);
  });
});

describe("translations", () => {
  it("shows a text missing in her language beside its box", async () => {
    const page = unwrap<Awaited<ReturnType<typeof criterionPage.loader>>>(
      await call(criterionPage.loader, "tomas@example.org", {
        query: "?lng=es",
        params: params({ criterionId: "c1" }),
      }),
    ).data;
    expect(page.values.title).toBe("");
    expect(page.elsewhere.title).toEqual({ text: "Need", locale: "en" });
  });

  it("reports which languages have every text", async () => {
    const saved = (await call(criterionTranslations.action, "grace@example.org", {
      params: params({ criterionId: "c2" }),
      form: {
        "title.en": "Plan",
        "title.es": "Plan",
        "descriptor.1.en": "Weak",
        "descriptor.1.es": "Débil",
        "descriptor.2.en": "Fair",
        "descriptor.2.es": "Aceptable",
        "descriptor.3.es": "Sólido",
      },
    })) as Response;
    expect(saved.status).toBe(302);
    const page = unwrap<Awaited<ReturnType<typeof translationsPage.loader>>>(
      await call(translationsPage.loader, "helen@example.org"),
    ).data;
    const plan = page.criteria.find((c) => c.id === "c2")!;
    const byLocale = Object.fromEntries(plan.languages.map((l) => [l.locale, l]));
    expect(byLocale.es).toMatchObject({ done: 4, total: 4, complete: true });
    expect(byLocale.en).toMatchObject({ done: 3, total: 4, complete: false });
    expect(byLocale.ar).toMatchObject({ done: 0, complete: false });
    // "Need" is written in English only, so no language is complete for the whole rubric.
    expect(page.complete).toEqual([]);
  });

  it("refuses a text left empty in every language, on the box of her language", async () => {
    const reply = unwrap<FormReply>(
      await call(criterionTranslations.action, "tomas@example.org", {
        query: "?lng=es",
        params: params({ criterionId: "c2" }),
        form: { "title.es": "Plan", "descriptor.1.es": "Débil", "descriptor.2.es": "Aceptable" },
      }),
    );
    expect(reply.status).toBe(400);
    expect(reply.data.errors["descriptor.3.es"]).toEqual({
      key: "panels:rubric.errors.descriptorRequired",
    });
  });

  it("previews the rubric in the language asked for", async () => {
    const page = unwrap<Awaited<ReturnType<typeof previewPage.loader>>>(
      await call(previewPage.loader, "helen@example.org", { query: "?language=fa" }),
    ).data;
    expect(page.language).toBe("fa");
    expect(page.criteria).toHaveLength(2);
  });
});

describe("freezing", () => {
  it("makes the next edit version 2 and leaves version 1 as reviewers scored it", async () => {
    const [v1] = await versions();
    expect(await db().$transaction((tx) => freezeRubricVersion(tx, v1!.id))).toBe(true);
    expect(await db().$transaction((tx) => freezeRubricVersion(tx, v1!.id))).toBe(false);
    const [frozen] = await versions();
    expect(frozen!.frozenAt).toBeInstanceOf(Date);
    const page = unwrap<Awaited<ReturnType<typeof rubricPage.loader>>>(
      await call(rubricPage.loader, "grace@example.org"),
    ).data;
    expect(page.page).toMatchObject({ frozen: true, version: 1 });

    const saved = (await call(criterionPage.action, "grace@example.org", {
      params: params({ criterionId: "c1" }),
      form: criterion({ title: "Need, in the community's words", weight: "40" }),
    })) as Response;
    expect(saved.headers.get("Location")).toBe(`${base()}?done=new-version&version=2#criterion-c1`);
    const [first, second] = await versions();
    expect(first).toEqual(frozen);
    expect(first!.criteria.find((c) => c.id === "c1")!.title).toEqual({ en: "Need" });
    expect(second!.version).toBe(2);
    expect(second!.frozenAt).toBeNull();
    expect(second!.criteria.find((c) => c.id === "c1")).toMatchObject({
      title: { en: "Need, in the community's words" },
      weight: 40,
    });

    // Version 2 is not frozen: the next edit changes it in place.
    await call(removePage.action, "grace@example.org", { params: params({ criterionId: "c2" }) });
    const after = await versions();
    expect(after).toHaveLength(2);
    expect(after[1]!.criteria.map((c) => c.id)).toEqual(["c1"]);
    expect(after[0]!.criteria).toEqual(v1!.criteria);
  });
});

describe("who may see and change a rubric", () => {
  it("lets a viewer read it but not change it", async () => {
    expect(
      unwrap<{ criteria: unknown[] }>(await call(rubricPage.loader, "helen@example.org")).status,
    ).toBe(200);
    expectForbidden(await call(newCriterion.action, "helen@example.org", { form: criterion() }));
    expectForbidden(
      await call(criterionPage.loader, "helen@example.org", {
        params: params({ criterionId: "c1" }),
      }),
    );
  });

  it("refuses panel members and applicants on these staff pages", async () => {
    expectForbidden(await call(rubricPage.loader, "nadia@example.org"));
    expectForbidden(await call(rubricPage.loader, "amina@example.org"));
  });

  it("refuses another funder's admin, even with her own funder in the address", async () => {
    expectForbidden(await call(rubricPage.loader, "otto@other.example"));
    expectForbidden(
      await call(rubricPage.loader, "otto@other.example", {
        params: params({ funderId: ids.otherFunder }),
      }),
    );
    expectForbidden(
      await call(newCriterion.action, "otto@other.example", {
        params: params({ funderId: ids.otherFunder }),
        form: criterion(),
      }),
    );
  });

  it("refuses a panel of another round, and one that does not exist, alike", async () => {
    expectForbidden(
      await call(rubricPage.loader, "grace@example.org", {
        params: params({ roundId: "another-round" }),
      }),
    );
    expectForbidden(
      await call(rubricPage.loader, "grace@example.org", { params: params({}, "no-such-panel") }),
    );
  });
});
