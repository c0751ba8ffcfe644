import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { beforeAll, describe, expect, it } from "vitest";
import * as auditPage from "~/routes/fund.$funderId.schemes.$schemeId.audit";
import * as editScheme from "~/routes/fund.$funderId.schemes.$schemeId.edit";
import * as schemePage from "~/routes/fund.$funderId.schemes.$schemeId._index";
import * as ledgerPage from "~/routes/fund.$funderId.schemes.$schemeId.rounds.$roundId.ledger";
import * as potPage from "~/routes/fund.$funderId.schemes.$schemeId.rounds.$roundId.pots.$potId";
import * as newPot from "~/routes/fund.$funderId.schemes.$schemeId.rounds.$roundId.pots.new";
import * as roundPage from "~/routes/fund.$funderId.schemes.$schemeId.rounds.$roundId._index";
import * as editRound from "~/routes/fund.$funderId.schemes.$schemeId.rounds.$roundId.edit";
import * as newRound from "~/routes/fund.$funderId.schemes.$schemeId.rounds.new";
import * as newScheme from "~/routes/fund.$funderId.schemes.new";
import { db } from "~/services/platform/db.server";
import { useTestDatabase } from "../support/database";
import { testReference } from "../support/fixtures";
import { makeRequest, run, signedInCookie, unwrap } from "../support/requests";

useTestDatabase();

type Handler = (args: LoaderFunctionArgs & ActionFunctionArgs) => Promise<unknown>;
type FormReply = {
  errors: Record<string, { key: string; values?: Record<string, unknown> }>;
  values: Record<string, string>;
};

const people = { admin: "", officer: "", viewer: "", otherAdmin: "" };
const cookies: Record<keyof typeof people, string> = {
  admin: "",
  officer: "",
  viewer: "",
  otherAdmin: "",
};
const ids = {
  funder: "",
  otherFunder: "",
  otherScheme: "",
  otherRound: "",
  otherPot: "",
  otherApplication: "",
  organisation: "",
};

beforeAll(async () => {
  const user = (email: string, name: string) =>
    db().user.create({ data: { email, name, locale: "en" } });
  people.admin = (await user("grace@council.example", "Grace Admin")).id;
  people.officer = (await user("tomas@council.example", "Tomas Officer")).id;
  people.viewer = (await user("helen@council.example", "Helen Viewer")).id;
  people.otherAdmin = (await user("otto@other.example", "Otto Other")).id;
  const funder = await db().funder.create({
    data: {
      slug: "riverside",
      name: "Riverside City Council",
      members: {
        create: [
          { userId: people.admin, role: "ADMIN" },
          { userId: people.officer, role: "PROGRAMME_OFFICER" },
          { userId: people.viewer, role: "VIEWER" },
        ],
      },
    },
  });
  ids.funder = funder.id;
  const organisation = await db().organisation.create({
    data: {
      name: "Amal Women's Circle",
      legalForm: "INFORMAL_GROUP",
      byAndFor: true,
      leadershipPercent: 100,
    },
  });
  ids.organisation = organisation.id;

  // A second funder with a scheme, round, pot and application of its own.
  const other = await db().funder.create({
    data: {
      slug: "other",
      name: "Other Council",
      members: { create: [{ userId: people.otherAdmin, role: "ADMIN" }] },
    },
  });
  ids.otherFunder = other.id;
  const scheme = await db().scheme.create({
    data: {
      funderId: other.id,
      slug: "other-scheme",
      currency: "EUR",
      title: { en: "Other scheme" },
      description: { en: "Not ours" },
    },
  });
  ids.otherScheme = scheme.id;
  const round = await db().round.create({
    data: {
      schemeId: scheme.id,
      name: { en: "Other round" },
      opensAt: new Date("2027-01-01"),
      closesAt: new Date("2027-02-01"),
      budgetMinor: 1_000_000,
    },
  });
  ids.otherRound = round.id;
  const pot = await db().pot.create({
    data: {
      roundId: round.id,
      name: { en: "Other pot" },
      description: { en: "x" },
      amountMinor: 500_000,
      minGrantMinor: 100,
      maxGrantMinor: 500_000,
      eligibility: [],
    },
  });
  ids.otherPot = pot.id;
  ids.otherApplication = (
    await db().application.create({
      data: {
        reference: testReference(),
        potId: pot.id,
        organisationId: organisation.id,
        status: "SUBMITTED",
        requestedMinor: 1000,
      },
    })
  ).id;

  for (const role of Object.keys(people) as (keyof typeof people)[])
    cookies[role] = await signedInCookie(people[role]);
});

function call(
  handler: Handler,
  path: string,
  params: Record<string, string>,
  cookie: string,
  form?: Record<string, string>,
) {
  return run(handler, makeRequest(path, { cookie, form }), params);
}

function expectRedirect(result: unknown, to: RegExp | string) {
  expect(result).toBeInstanceOf(Response);
  const response = result as Response;
  expect(response.status).toBe(302);
  expect(response.headers.get("Location")).toMatch(to);
  return response.headers.get("Location")!;
}

function expectForbidden(result: unknown) {
  expect(result).toBeInstanceOf(Response);
  expect((result as Response).status).toBe(403);
}

function refused(result: unknown) {
  const reply = unwrap<FormReply>(result);
  expect(reply.status).toBe(400);
  return reply.data;
}

const schemeForm = (overrides: Record<string, string> = {}) => ({
  slug: "riverside-together",
  currency: "EUR",
  timeZone: "Europe/Dublin",
  published: "on",
  title_en: "Riverside Together",
  title_ar: "ريفرسايد معًا",
  description_en: "Small grants for grass-roots groups.",
  description_ar: "منح صغيرة للمجموعات المحلية.",
  ...overrides,
});

const roundForm = (overrides: Record<string, string> = {}) => ({
  name_en: "2027 round",
  opensAt: "2027-03-01T09:00",
  closesAt: "2027-04-30T17:00",
  decisionAt: "",
  budget: "120000",
  ...overrides,
});

const potForm = (overrides: Record<string, string> = {}) => ({
  name_en: "Grass-roots migrant women's groups",
  description_en: "For small groups led by and for migrant women.",
  moneyKind: "share",
  share: "60",
  amount: "",
  minGrant: "500",
  maxGrant: "5000",
  ...overrides,
});

async function createScheme(slug: string) {
  const location = expectRedirect(
    await call(
      newScheme.action,
      `/fund/${ids.funder}/schemes/new`,
      { funderId: ids.funder },
      cookies.officer,
      schemeForm({ slug }),
    ),
    /\/schemes\/[^/?]+\?saved=scheme$/,
  );
  return /\/schemes\/([^/?]+)/.exec(location)![1]!;
}

async function createRound(schemeId: string, overrides: Record<string, string> = {}) {
  const location = expectRedirect(
    await call(
      newRound.action,
      `/fund/${ids.funder}/schemes/${schemeId}/rounds/new`,
      { funderId: ids.funder, schemeId },
      cookies.officer,
      roundForm(overrides),
    ),
    /\/rounds\/[^/?]+\?saved=round$/,
  );
  return /\/rounds\/([^/?]+)/.exec(location)![1]!;
}

function postPot(
  schemeId: string,
  roundId: string,
  form: Record<string, string>,
  cookie = cookies.officer,
) {
  return call(
    newPot.action,
    `/fund/${ids.funder}/schemes/${schemeId}/rounds/${roundId}/pots/new`,
    { funderId: ids.funder, schemeId, roundId },
    cookie,
    form,
  );
}

async function createPot(schemeId: string, roundId: string, form: Record<string, string>) {
  expectRedirect(await postPot(schemeId, roundId, form), /\?saved=pot$/);
  return db().pot.findFirstOrThrow({ where: { roundId }, orderBy: { createdAt: "desc" } });
}

describe("schemes", () => {
  it("creates a scheme with texts in two languages and shows which are translated", async () => {
    const schemeId = await createScheme("riverside-together");
    const scheme = await db().scheme.findUniqueOrThrow({ where: { id: schemeId } });
    expect(scheme).toMatchObject({
      funderId: ids.funder,
      currency: "EUR",
      timeZone: "Europe/Dublin",
      published: true,
      title: { en: "Riverside Together", ar: "ريفرسايد معًا" },
      description: {
        en: "Small grants for grass-roots groups.",
        ar: "منح صغيرة للمجموعات المحلية.",
      },
    });

    const page = (await call(
      schemePage.loader,
      `/fund/${ids.funder}/schemes/${schemeId}?lng=ar`,
      { funderId: ids.funder, schemeId },
      cookies.viewer,
    )) as Awaited<ReturnType<typeof schemePage.loader>>;
    expect(page.title).toEqual({ text: "ريفرسايد معًا", locale: "ar" });
    const arabic = page.translations.find((row) => row.locale === "ar")!;
    expect(arabic.texts).toEqual([
      { field: "title", present: true },
      { field: "description", present: true },
      { field: "moneyUse", present: false },
      { field: "helpText", present: false },
    ]);
    expect(
      page.translations.find((row) => row.locale === "uk")!.texts.every((text) => !text.present),
    ).toBe(true);
  });

  it("refuses a web address that is taken, next to the field, keeping what was typed", async () => {
    await createScheme("taken-address");
    const reply = refused(
      await call(
        newScheme.action,
        `/fund/${ids.funder}/schemes/new`,
        { funderId: ids.funder },
        cookies.officer,
        schemeForm({ slug: "taken-address", title_en: "Second try" }),
      ),
    );
    expect(reply.errors.slug).toEqual({ key: "schemes:errors.slugTaken", values: undefined });
    expect(reply.values.title_en).toBe("Second try");
    expect(await db().scheme.count({ where: { slug: "taken-address" } })).toBe(1);
  });

  it("refuses a badly formed web address and a missing English title without a server error", async () => {
    const reply = refused(
      await call(
        newScheme.action,
        `/fund/${ids.funder}/schemes/new`,
        { funderId: ids.funder },
        cookies.officer,
        schemeForm({ slug: "Riverside Together!", title_en: "" }),
      ),
    );
    expect(reply.errors.slug?.key).toBe("schemes:errors.slugInvalid");
    expect(reply.errors.title_en?.key).toBe("schemes:errors.titleRequired");
    expect(reply.values.title_ar).toBe("ريفرسايد معًا");
  });

  it("edits a scheme and records what changed", async () => {
    const schemeId = await createScheme("to-edit");
    const path = `/fund/${ids.funder}/schemes/${schemeId}/edit`;
    const params = { funderId: ids.funder, schemeId };
    const form = (await call(editScheme.loader, path, params, cookies.officer)) as Awaited<
      ReturnType<typeof editScheme.loader>
    >;
    expect(form.values.title_ar).toBe("ريفرسايد معًا");
    const { published: _ticked, ...unticked } = form.values;
    expectRedirect(
      await call(editScheme.action, path, params, cookies.officer, {
        ...unticked,
        title_uk: "Рiверсайд разом",
      }),
      /\?saved=scheme$/,
    );
    const scheme = await db().scheme.findUniqueOrThrow({ where: { id: schemeId } });
    expect(scheme.title).toEqual({
      en: "Riverside Together",
      ar: "ريفرسايد معًا",
      uk: "Рiверсайд разом",
    });
    expect(scheme.published).toBe(false);
    const event = await db().auditEvent.findFirstOrThrow({
      where: { entityId: schemeId, action: "schemes.scheme-updated" },
    });
    expect(event.actorId).toBe(people.officer);
    expect(Object.keys((event.detail as { changes: object }).changes).sort()).toEqual([
      "published",
      "title",
    ]);
  });

  it("keeps the currency once the scheme has rounds", async () => {
    const schemeId = await createScheme("currency-kept");
    await createRound(schemeId);
    const path = `/fund/${ids.funder}/schemes/${schemeId}/edit`;
    const params = { funderId: ids.funder, schemeId };
    const form = (await call(editScheme.loader, path, params, cookies.officer)) as Awaited<
      ReturnType<typeof editScheme.loader>
    >;
    expect(form.currencyLocked?.code).toBe("EUR");
    const reply = refused(
      await call(editScheme.action, path, params, cookies.officer, {
        ...form.values,
        currency: "GBP",
      }),
    );
    expect(reply.errors.currency?.key).toBe("schemes:errors.currencyLocked");
    expect((await db().scheme.findUniqueOrThrow({ where: { id: schemeId } })).currency).toBe("EUR");
  });
});

describe("rounds", () => {
  it("reads dates in the scheme's time zone and the budget in its currency", async () => {
    const schemeId = await createScheme("round-dates");
    const roundId = await createRound(schemeId, {
      opensAt: "2027-03-01T09:00",
      closesAt: "2027-07-01T17:00",
      budget: "120 000",
    });
    const round = await db().round.findUniqueOrThrow({ where: { id: roundId } });
    // Dublin is on UTC in March and one hour ahead in July.
    expect(round.opensAt.toISOString()).toBe("2027-03-01T09:00:00.000Z");
    expect(round.closesAt.toISOString()).toBe("2027-07-01T16:00:00.000Z");
    expect(round.budgetMinor).toBe(12_000_000);
    const page = (await call(
      editRound.loader,
      `/x`,
      { funderId: ids.funder, schemeId, roundId },
      cookies.officer,
    )) as Awaited<ReturnType<typeof editRound.loader>>;
    expect(page.values.closesAt).toBe("2027-07-01T17:00");
  });

  it("refuses a closing date before the opening date next to the field, keeping what was typed", async () => {
    const schemeId = await createScheme("round-wrong-dates");
    const reply = refused(
      await call(
        newRound.action,
        `/fund/${ids.funder}/schemes/${schemeId}/rounds/new`,
        { funderId: ids.funder, schemeId },
        cookies.officer,
        roundForm({
          opensAt: "2027-05-01T09:00",
          closesAt: "2027-04-01T17:00",
          name_ar: "دورة 2027",
        }),
      ),
    );
    expect(reply.errors.closesAt?.key).toBe("schemes:errors.closesBeforeOpens");
    expect(reply.values).toMatchObject({
      opensAt: "2027-05-01T09:00",
      closesAt: "2027-04-01T17:00",
      name_ar: "دورة 2027",
      budget: "120000",
    });
    expect(await db().round.count({ where: { schemeId } })).toBe(0);
  });

  it("refuses a budget too small for the pots already planned", async () => {
    const schemeId = await createScheme("round-shrink");
    const roundId = await createRound(schemeId);
    await createPot(
      schemeId,
      roundId,
      potForm({ moneyKind: "amount", amount: "100000", name_en: "Big pot" }),
    );
    const params = { funderId: ids.funder, schemeId, roundId };
    const reply = refused(
      await call(editRound.action, "/x", params, cookies.officer, roundForm({ budget: "50000" })),
    );
    expect(reply.errors.budget).toEqual({
      key: "schemes:errors.budgetBreaksPot",
      values: { pot: "Big pot" },
    });
  });
});

describe("pots", () => {
  let schemeId = "";
  let roundId = "";
  beforeAll(async () => {
    schemeId = await createScheme("pots");
    roundId = await createRound(schemeId);
  });

  it("creates a pot as a share of the budget with rules and a floor, described in plain words", async () => {
    const pot = await createPot(
      schemeId,
      roundId,
      potForm({
        share: "12.5",
        "rule.byAndFor": "on",
        "rule.byAndFor.minLeadershipPercent": "51",
        "rule.maxAnnualIncome": "on",
        "rule.maxAnnualIncome.amount": "50 000",
        floor: "on",
        "floor.percent": "10",
        "floor.type": "byAndFor",
        "floor.byAndFor.minLeadershipPercent": "51",
      }),
    );
    expect(pot).toMatchObject({
      shareBasisPoints: 1250,
      amountMinor: null,
      minGrantMinor: 50_000,
      maxGrantMinor: 500_000,
      eligibility: [
        { type: "byAndFor", minLeadershipPercent: 51 },
        { type: "maxAnnualIncome", amountMinor: 5_000_000 },
      ],
      floorBasisPoints: 1000,
      floorRule: { type: "byAndFor", minLeadershipPercent: 51 },
    });
  });

  it("refuses a fixed amount above the round budget, naming the budget", async () => {
    const reply = refused(
      await postPot(schemeId, roundId, potForm({ moneyKind: "amount", amount: "150000" })),
    );
    expect(reply.errors.amount).toEqual({
      key: "schemes:errors.potAboveBudget",
      values: { budget: "€120,000" },
    });
    expect(reply.values.amount).toBe("150000");
  });

  it("refuses shares that add up to more than 100%", async () => {
    await createPot(schemeId, roundId, potForm({ share: "60" }));
    const reply = refused(await postPot(schemeId, roundId, potForm({ share: "30" })));
    expect(reply.errors.share?.key).toBe("schemes:errors.sharesAbove100");
    expect(await db().pot.count({ where: { roundId } })).toBe(2);
  });

  it("checks two pots saved at the same moment one after the other", async () => {
    const raceRound = await createRound(schemeId, { name_en: "Busy round" });
    const results = await Promise.all([
      postPot(schemeId, raceRound, potForm({ share: "60", name_en: "First" })),
      postPot(schemeId, raceRound, potForm({ share: "60", name_en: "Second" })),
    ]);
    const saved = results.filter((result) => result instanceof Response && result.status === 302);
    expect(saved).toHaveLength(1);
    expect(await db().pot.count({ where: { roundId: raceRound } })).toBe(1);
  });

  it("refuses a grant limit above the pot's money and a minimum above the maximum", async () => {
    const reply = refused(
      await postPot(
        schemeId,
        roundId,
        potForm({ share: "10", minGrant: "20000", maxGrant: "15000" }),
      ),
    );
    expect(reply.errors.minGrant?.key).toBe("schemes:errors.minAboveMax");
    expect(reply.errors.maxGrant?.key).toBe("schemes:errors.maxAbovePot");
  });

  it("refuses a floor that no pot of the round can reach", async () => {
    const otherRound = await createRound(schemeId, { name_en: "Northside round" });
    const reply = refused(
      await postPot(
        schemeId,
        otherRound,
        potForm({
          "rule.areaServed": "on",
          "rule.areaServed.areas": "Northside",
          floor: "on",
          "floor.percent": "60",
          "floor.type": "areaServed",
          "floor.areaServed.areas": "Riverside",
        }),
      ),
    );
    expect(reply.errors["floor.type"]?.key).toBe("schemes:errors.floorUnreachable");
  });

  it("saves a floor that pots do not guarantee, and warns about it", async () => {
    const warnRound = await createRound(schemeId, { name_en: "Warning round" });
    await createPot(
      schemeId,
      warnRound,
      potForm({
        floor: "on",
        "floor.percent": "60",
        "floor.type": "byAndFor",
        "floor.byAndFor.minLeadershipPercent": "51",
      }),
    );
    const page = (await call(
      roundPage.loader,
      "/x",
      { funderId: ids.funder, schemeId, roundId: warnRound },
      cookies.viewer,
    )) as Awaited<ReturnType<typeof roundPage.loader>>;
    expect(page.pots[0]!.notes).toEqual([
      { key: "schemes:warnings.floorNotGuaranteed", values: undefined },
    ]);
  });

  it("refuses rule fields that cannot be read, each next to its field", async () => {
    const reply = refused(
      await postPot(
        schemeId,
        roundId,
        potForm({
          share: "abc",
          "rule.legalForms": "on",
          "rule.minYearsActive": "on",
          "rule.minYearsActive.years": "-1",
        }),
      ),
    );
    expect(reply.errors).toMatchObject({
      share: { key: "schemes:errors.percentInvalid" },
      "rule.legalForms": { key: "schemes:errors.legalFormsNone" },
      "rule.minYearsActive.years": { key: "schemes:errors.yearsInvalid" },
    });
  });

  it("edits a pot's money and rules while nobody has applied", async () => {
    const pot = await createPot(
      schemeId,
      roundId,
      potForm({
        moneyKind: "amount",
        amount: "1000",
        share: "",
        minGrant: "100",
        maxGrant: "1000",
      }),
    );
    const params = { funderId: ids.funder, schemeId, roundId, potId: pot.id };
    const page = (await call(potPage.loader, "/x", params, cookies.officer)) as Awaited<
      ReturnType<typeof potPage.loader>
    >;
    expect(page.locked).toBe(false);
    expectRedirect(
      await call(potPage.action, "/x", params, cookies.officer, {
        ...page.values,
        amount: "2000",
        "rule.legalForms": "on",
        "rule.legalForms.ASSOCIATION": "on",
      }),
      /\?saved=pot$/,
    );
    const saved = await db().pot.findUniqueOrThrow({ where: { id: pot.id } });
    expect(saved.amountMinor).toBe(200_000);
    expect(saved.eligibility).toEqual([
      { type: "legalForms", allowed: ["ASSOCIATION"], informalNeedsHost: false },
    ]);
  });
});

describe("money rules after someone has applied", () => {
  let schemeId = "";
  let roundId = "";
  let potId = "";
  let values: Record<string, string> = {};
  beforeAll(async () => {
    schemeId = await createScheme("locked");
    roundId = await createRound(schemeId);
    potId = (
      await createPot(
        schemeId,
        roundId,
        potForm({
          moneyKind: "amount",
          amount: "10000",
          share: "",
          minGrant: "100",
          maxGrant: "5000",
        }),
      )
    ).id;
    const page = (await call(
      potPage.loader,
      "/x",
      { funderId: ids.funder, schemeId, roundId, potId },
      cookies.officer,
    )) as Awaited<ReturnType<typeof potPage.loader>>;
    values = page.values;
    await db().application.create({
      data: {
        reference: testReference(),
        potId,
        organisationId: ids.organisation,
        status: "DRAFT",
        requestedMinor: 100_000,
      },
    });
  });

  it("says the money rules are fixed", async () => {
    const pot = (await call(
      potPage.loader,
      "/x",
      { funderId: ids.funder, schemeId, roundId, potId },
      cookies.officer,
    )) as Awaited<ReturnType<typeof potPage.loader>>;
    const round = (await call(
      roundPage.loader,
      "/x",
      { funderId: ids.funder, schemeId, roundId },
      cookies.officer,
    )) as Awaited<ReturnType<typeof roundPage.loader>>;
    expect(pot.locked).toBe(true);
    expect(round.locked).toBe(true);
  });

  it("refuses a change to the pot's money even when posted directly", async () => {
    const reply = refused(
      await call(
        potPage.action,
        "/x",
        { funderId: ids.funder, schemeId, roundId, potId },
        cookies.officer,
        { ...values, amount: "9000" },
      ),
    );
    expect(reply.errors.moneyRules?.key).toBe("schemes:errors.moneyLocked");
    expect((await db().pot.findUniqueOrThrow({ where: { id: potId } })).amountMinor).toBe(
      1_000_000,
    );
  });

  it("refuses a change to who can apply", async () => {
    const reply = refused(
      await call(
        potPage.action,
        "/x",
        { funderId: ids.funder, schemeId, roundId, potId },
        cookies.officer,
        { ...values, "rule.byAndFor": "on", "rule.byAndFor.minLeadershipPercent": "51" },
      ),
    );
    expect(reply.errors.moneyRules?.key).toBe("schemes:errors.moneyLocked");
    expect((await db().pot.findUniqueOrThrow({ where: { id: potId } })).eligibility).toEqual([]);
  });

  it("still lets texts change, from the locked form or an old one with the same money", async () => {
    const params = { funderId: ids.funder, schemeId, roundId, potId };
    expectRedirect(
      await call(potPage.action, "/x", params, cookies.officer, {
        name_en: "Renamed pot",
        description_en: "Clearer words",
      }),
      /\?saved=pot$/,
    );
    expectRedirect(
      await call(potPage.action, "/x", params, cookies.officer, {
        ...values,
        name_en: "Renamed again",
        name_fa: "صندوق",
      }),
      /\?saved=pot$/,
    );
    const pot = await db().pot.findUniqueOrThrow({ where: { id: potId } });
    expect(pot.name).toEqual({ en: "Renamed again", fa: "صندوق" });
    expect(pot.amountMinor).toBe(1_000_000);
  });

  it("refuses a new budget but accepts new dates and names for the round", async () => {
    const params = { funderId: ids.funder, schemeId, roundId };
    const reply = refused(
      await call(editRound.action, "/x", params, cookies.officer, roundForm({ budget: "200000" })),
    );
    expect(reply.errors.budget?.key).toBe("schemes:errors.moneyLocked");
    expectRedirect(
      await call(
        editRound.action,
        "/x",
        params,
        cookies.officer,
        roundForm({ name_en: "Renamed round", closesAt: "2027-05-31T17:00" }),
      ),
      /\?saved=round$/,
    );
    const round = await db().round.findUniqueOrThrow({ where: { id: roundId } });
    expect(round.name).toEqual({ en: "Renamed round" });
    expect(round.budgetMinor).toBe(12_000_000);
    expect(round.closesAt.toISOString()).toBe("2027-05-31T16:00:00.000Z");
  });

  it("refuses a new pot in the round", async () => {
    const reply = refused(await postPot(schemeId, roundId, potForm({ share: "10" })));
    expect(reply.errors.moneyRules?.key).toBe("schemes:errors.potsLocked");
  });
});

describe("the ledger", () => {
  let schemeId = "";
  let roundId = "";
  let potId = "";
  const applications: string[] = [];
  beforeAll(async () => {
    schemeId = await createScheme("ledger");
    roundId = await createRound(schemeId, { budget: "20000" });
    potId = (
      await createPot(
        schemeId,
        roundId,
        potForm({
          moneyKind: "amount",
          amount: "10000",
          share: "",
          minGrant: "100",
          maxGrant: "10000",
          floor: "on",
          "floor.percent": "60",
          "floor.type": "byAndFor",
          "floor.byAndFor.minLeadershipPercent": "51",
        }),
      )
    ).id;
    for (const requested of [900_000, 200_000]) {
      const application = await db().application.create({
        data: {
          reference: testReference(),
          potId,
          organisationId: ids.organisation,
          status: "SUBMITTED",
          requestedMinor: requested,
          submittedAt: new Date(),
        },
      });
      applications.push(application.id);
    }
  });

  const params = () => ({ funderId: ids.funder, schemeId, roundId });
  const record = (
    applicationId: string,
    operation: string,
    amount: string,
    cookie = cookies.officer,
  ) =>
    call(ledgerPage.action, "/x", params(), cookie, {
      applicationId,
      operation,
      amount,
      confirm: "yes",
    });

  it("records an award and shows the pot's money, derived from the records", async () => {
    expectRedirect(
      await record(applications[0]!, "award", "9000"),
      /ledger\?saved=ledger#application-/,
    );
    const page = (await call(ledgerPage.loader, "/x", params(), cookies.viewer)) as Awaited<
      ReturnType<typeof ledgerPage.loader>
    >;
    expect(page.ledger.pots[0]).toMatchObject({
      budgetMinor: 1_000_000,
      requestedMinor: 1_100_000,
      awardedMinor: 900_000,
      remainingMinor: 100_000,
    });
    expect(page.ledger.unallocatedMinor).toBe(1_000_000);
    expect(page.ledger.floors[0]).toMatchObject({
      met: true,
      floorBasisPoints: 6000,
      achievedBasisPoints: 10_000,
    });
    expect(page.applications.find((a) => a.id === applications[0])).toMatchObject({
      status: "AWARDED",
      awardedMinor: 900_000,
    });
  });

  it("refuses an award that would overdraw the pot, saying how much is left", async () => {
    const reply = unwrap<{ applicationId: string } & FormReply>(
      await record(applications[1]!, "award", "2000"),
    );
    expect(reply.status).toBe(400);
    expect(reply.data.applicationId).toBe(applications[1]);
    expect(reply.data.errors[`amount-${applications[1]}`]).toEqual({
      key: "schemes:ledger.refusals.overdraws-pot",
      values: { remaining: "€1,000" },
    });
    expect(
      (await db().application.findUniqueOrThrow({ where: { id: applications[1]! } })).awardedMinor,
    ).toBeNull();
  });

  it("refuses an amount it cannot read, and a payment above the award", async () => {
    const unreadable = unwrap<FormReply>(await record(applications[0]!, "pay", "lots"));
    expect(unreadable.data.errors[`amount-${applications[0]}`]?.key).toBe(
      "schemes:errors.moneyInvalid",
    );
    const overpaid = unwrap<FormReply>(await record(applications[0]!, "pay", "9500"));
    expect(overpaid.data.errors[`amount-${applications[0]}`]).toEqual({
      key: "schemes:ledger.refusals.overpays",
      values: { unpaid: "€9,000" },
    });
    expectRedirect(await record(applications[0]!, "pay", "4000"), /saved=ledger/);
    expect(await db().payment.count({ where: { applicationId: applications[0]! } })).toBe(1);
  });

  it("refuses an application from another funder's round with a 403", async () => {
    expectForbidden(await record(ids.otherApplication, "award", "100"));
    expect(
      (await db().application.findUniqueOrThrow({ where: { id: ids.otherApplication } }))
        .awardedMinor,
    ).toBeNull();
  });

  it("lets a viewer read the ledger but not record money", async () => {
    expectForbidden(await record(applications[1]!, "recommend", "500", cookies.viewer));
  });
});

describe("who may do what", () => {
  let schemeId = "";
  let roundId = "";
  let potId = "";
  beforeAll(async () => {
    schemeId = await createScheme("permissions");
    roundId = await createRound(schemeId);
    potId = (await createPot(schemeId, roundId, potForm({ share: "10" }))).id;
  });

  it("gives funder A's staff a 403 for funder B's scheme, round, pot, ledger and audit log, pages and actions", async () => {
    const otherIds = { schemeId: ids.otherScheme, roundId: ids.otherRound, potId: ids.otherPot };
    // Both ways of asking: B's records under A's address, and B's own address.
    for (const funderId of [ids.funder, ids.otherFunder]) {
      const params = { funderId, ...otherIds };
      for (const handler of [
        schemePage.loader,
        editScheme.loader,
        editScheme.action,
        roundPage.loader,
        editRound.loader,
        editRound.action,
        newRound.loader,
        newRound.action,
      ]) {
        expectForbidden(await call(handler as Handler, "/x", params, cookies.admin, roundForm()));
      }
      for (const handler of [
        potPage.loader,
        potPage.action,
        newPot.loader,
        newPot.action,
        ledgerPage.loader,
        ledgerPage.action,
        auditPage.loader,
      ]) {
        expectForbidden(
          await call(handler as Handler, "/x", params, cookies.admin, {
            ...potForm(),
            applicationId: ids.otherApplication,
            operation: "award",
            amount: "1",
          }),
        );
      }
    }
    expect((await db().round.findUniqueOrThrow({ where: { id: ids.otherRound } })).name).toEqual({
      en: "Other round",
    });
    expect(
      (await db().application.findUniqueOrThrow({ where: { id: ids.otherApplication } }))
        .awardedMinor,
    ).toBeNull();
  });

  it("gives funder B's admin a 403 for funder A's records", async () => {
    const params = { funderId: ids.otherFunder, schemeId, roundId, potId };
    expectForbidden(await call(roundPage.loader, "/x", params, cookies.otherAdmin));
    expectForbidden(await call(potPage.loader, "/x", params, cookies.otherAdmin));
    expectForbidden(await call(auditPage.loader, "/x", params, cookies.otherAdmin));
  });

  it("lets a viewer read schemes, rounds, pots and the ledger, and refuses her every change", async () => {
    const params = { funderId: ids.funder, schemeId, roundId, potId };
    for (const loader of [schemePage.loader, roundPage.loader, potPage.loader, ledgerPage.loader]) {
      expect(await call(loader as Handler, "/x", params, cookies.viewer)).not.toBeInstanceOf(
        Response,
      );
    }
    const pot = (await call(potPage.loader, "/x", params, cookies.viewer)) as Awaited<
      ReturnType<typeof potPage.loader>
    >;
    expect(pot.canEdit).toBe(false);
    for (const handler of [
      newScheme.loader,
      newScheme.action,
      editScheme.loader,
      editScheme.action,
      newRound.loader,
      newRound.action,
      editRound.loader,
      editRound.action,
      newPot.loader,
      newPot.action,
      potPage.action,
    ]) {
      expectForbidden(
        await call(handler as Handler, "/x", params, cookies.viewer, {
          ...schemeForm({ slug: "viewer-try" }),
          ...roundForm(),
          ...potForm(),
        }),
      );
    }
    expect(await db().scheme.count({ where: { slug: "viewer-try" } })).toBe(0);
  });

  it("shows the audit log to the funder's admins and programme officers, not its viewers", async () => {
    const params = { funderId: ids.funder, schemeId };
    expectForbidden(await call(auditPage.loader, "/x", params, cookies.viewer));
    expect(await call(auditPage.loader, "/x", params, cookies.officer)).not.toBeInstanceOf(
      Response,
    );
    expect(await call(auditPage.loader, "/x", params, cookies.admin)).not.toBeInstanceOf(Response);
  });
});

describe("the audit log", () => {
  it("records each change to a scheme, its rounds and pots, newest first, with who did it", async () => {
    const schemeId = await createScheme("audited");
    const roundId = await createRound(schemeId);
    const pot = await createPot(schemeId, roundId, potForm({ share: "20" }));
    const roundParams = { funderId: ids.funder, schemeId, roundId };
    expectRedirect(
      await call(
        editRound.action,
        "/x",
        roundParams,
        cookies.officer,
        roundForm({ name_en: "Renamed" }),
      ),
      /saved=round/,
    );
    const potValues = (
      (await call(
        potPage.loader,
        "/x",
        { ...roundParams, potId: pot.id },
        cookies.officer,
      )) as Awaited<ReturnType<typeof potPage.loader>>
    ).values;
    expectRedirect(
      await call(potPage.action, "/x", { ...roundParams, potId: pot.id }, cookies.officer, {
        ...potValues,
        share: "25",
      }),
      /saved=pot/,
    );
    // Saving without changing anything is not a change.
    expectRedirect(
      await call(potPage.action, "/x", { ...roundParams, potId: pot.id }, cookies.officer, {
        ...potValues,
        share: "25",
      }),
      /saved=pot/,
    );

    const log = (await call(
      auditPage.loader,
      "/x",
      { funderId: ids.funder, schemeId },
      cookies.admin,
    )) as Awaited<ReturnType<typeof auditPage.loader>>;
    expect(log.events.map((event) => event.action)).toEqual([
      "schemes.pot-updated",
      "schemes.round-updated",
      "schemes.pot-created",
      "schemes.round-created",
      "schemes.scheme-created",
    ]);
    expect(log.events.every((event) => event.who === "Tomas Officer (tomas@council.example)")).toBe(
      true,
    );
    expect(log.events[0]).toMatchObject({ record: { kind: "pot" }, changed: ["shareBasisPoints"] });
    expect(log.events[1]).toMatchObject({
      record: { kind: "round", name: { text: "Renamed", locale: "en" } },
      changed: ["name"],
    });
    const potUpdate = await db().auditEvent.findFirstOrThrow({
      where: { entityId: pot.id, action: "schemes.pot-updated" },
    });
    expect(potUpdate.detail).toEqual({ changes: { shareBasisPoints: { from: 2000, to: 2500 } } });
    expect(potUpdate.funderId).toBe(ids.funder);
  });

  it("shows no other funder's events", async () => {
    await db().auditEvent.create({
      data: {
        action: "schemes.scheme-updated",
        entityType: "Scheme",
        entityId: ids.otherScheme,
        funderId: ids.otherFunder,
      },
    });
    const schemeId = await createScheme("audit-isolated");
    const log = (await call(
      auditPage.loader,
      "/x",
      { funderId: ids.funder, schemeId },
      cookies.admin,
    )) as Awaited<ReturnType<typeof auditPage.loader>>;
    expect(log.events.map((event) => event.action)).toEqual(["schemes.scheme-created"]);
  });
});
