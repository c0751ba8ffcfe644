import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { beforeAll, describe, expect, it } from "vitest";
import * as versionPage from "~/routes/fund.$funderId.schemes.$schemeId.forms.$versionId._index";
import * as questionPage from "~/routes/fund.$funderId.schemes.$schemeId.forms.$versionId.questions.$questionId";
import * as roundPage from "~/routes/fund.$funderId.schemes.$schemeId.rounds.$roundId._index";
import * as editRound from "~/routes/fund.$funderId.schemes.$schemeId.rounds.$roundId.edit";
import * as ledgerPage from "~/routes/fund.$funderId.schemes.$schemeId.rounds.$roundId.ledger";
import * as newPot from "~/routes/fund.$funderId.schemes.$schemeId.rounds.$roundId.pots.new";
import type { FormDefinition } from "~/domain/forms/definition";
import { startApplication } from "~/services/applications/applications.server";
import { db } from "~/services/platform/db.server";
import { getUser } from "~/services/access/permissions.server";
import { useTestDatabase } from "../support/database";
import { createOpenRound, createUser, smallForm } from "../support/fixtures";
import { makeRequest, run, signedInCookie, unwrap } from "../support/requests";

/**
 * The funder's long forms, made shorter: a pot's rule inputs count only when the rule is
 * ticked, the floor picks one rule, the round is changed on a page of its own, the condition
 * editor chooses a question first, "Add a question" names what is missing, and publishing and
 * money decisions are confirmed before they happen.
 */

useTestDatabase();

type Handler = (args: LoaderFunctionArgs & ActionFunctionArgs) => Promise<unknown>;
type Reply = {
  errors: Record<string, { key: string; values?: Record<string, unknown> }>;
  values: Record<string, string>;
};

let setup: Awaited<ReturnType<typeof createOpenRound>>;
let officer = "";
let viewer = "";

beforeAll(async () => {
  setup = await createOpenRound();
  officer = await signedInCookie(setup.staff.id);
  const reader = await createUser("Helen");
  await db().funderMember.create({
    data: { funderId: setup.funder.id, userId: reader.id, role: "VIEWER" },
  });
  viewer = await signedInCookie(reader.id);
});

const call = (
  handler: Handler,
  params: Record<string, string>,
  cookie: string,
  form?: Record<string, string>,
) => run(handler, makeRequest("/x", { cookie, form }), params);

function expectRedirect(result: unknown, to: RegExp) {
  expect(result).toBeInstanceOf(Response);
  expect((result as Response).status).toBe(302);
  expect((result as Response).headers.get("Location")).toMatch(to);
}

async function newRound(name: string) {
  return db().round.create({
    data: {
      schemeId: setup.scheme.id,
      name: { en: name },
      opensAt: new Date("2027-09-01T09:00:00Z"),
      closesAt: new Date("2027-10-01T16:00:00Z"),
      budgetMinor: 5_000_000,
    },
  });
}

const potForm = (overrides: Record<string, string>) => ({
  name_en: "Women-led groups",
  description_en: "For small groups led by and for migrant women.",
  moneyKind: "amount",
  amount: "20000",
  share: "",
  minGrant: "500",
  maxGrant: "3000",
  ...overrides,
});

describe("the pot form", () => {
  it("stores nothing of a rule that is not ticked, even what was typed into it", async () => {
    const round = await newRound("Unticked rules");
    const params = { funderId: setup.funder.id, schemeId: setup.scheme.id, roundId: round.id };
    const reply = await call(
      newPot.action as Handler,
      params,
      officer,
      potForm({
        "rule.byAndFor": "on",
        "rule.byAndFor.minLeadershipPercent": "51",
        // Typed, then unticked: the inputs are only hidden, so they are still sent.
        "rule.maxAnnualIncome.amount": "40000",
        "rule.areaServed.areas": "Riverside",
        "rule.minYearsActive.years": "not a number",
      }),
    );
    expectRedirect(reply, /\?saved=pot$/);
    const pot = await db().pot.findFirstOrThrow({ where: { roundId: round.id } });
    expect(pot.eligibility).toEqual([{ type: "byAndFor", minLeadershipPercent: 51 }]);
    expect(pot.floorBasisPoints).toBeNull();
    expect(pot.floorRule).toBeNull();
  });

  it("saves the floor with the one rule it picks, ignoring the others' inputs", async () => {
    const round = await newRound("Floor round");
    const params = { funderId: setup.funder.id, schemeId: setup.scheme.id, roundId: round.id };
    expectRedirect(
      await call(
        newPot.action as Handler,
        params,
        officer,
        potForm({
          floor: "on",
          "floor.percent": "60",
          "floor.type": "maxAnnualIncome",
          "floor.maxAnnualIncome.amount": "50 000",
          "floor.byAndFor.minLeadershipPercent": "51",
          "floor.areaServed.areas": "",
          "floor.minYearsActive.years": "-3",
        }),
      ),
      /\?saved=pot$/,
    );
    const pot = await db().pot.findFirstOrThrow({ where: { roundId: round.id } });
    expect(pot.floorBasisPoints).toBe(6000);
    expect(pot.floorRule).toEqual({ type: "maxAnnualIncome", amountMinor: 5_000_000 });
  });

  it("asks for the floor's rule next to the rule list when none is picked", async () => {
    const round = await newRound("Floor without rule");
    const params = { funderId: setup.funder.id, schemeId: setup.scheme.id, roundId: round.id };
    const reply = unwrap<Reply>(
      await call(
        newPot.action as Handler,
        params,
        officer,
        potForm({ floor: "on", "floor.percent": "60" }),
      ),
    );
    expect(reply.status).toBe(400);
    expect(reply.data.errors["floor.type"]?.key).toBe("schemes:errors.floorNeedsRule");
    expect(await db().pot.count({ where: { roundId: round.id } })).toBe(0);
  });
});

describe("the round page and its edit page", () => {
  it("changes the round on its own page and returns to the summary", async () => {
    const round = await newRound("Before");
    const params = { funderId: setup.funder.id, schemeId: setup.scheme.id, roundId: round.id };
    const edit = (await call(editRound.loader as Handler, params, officer)) as Awaited<
      ReturnType<typeof editRound.loader>
    >;
    expect(edit.values).toMatchObject({ name_en: "Before", budget: "50000" });
    expectRedirect(
      await call(editRound.action as Handler, params, officer, {
        ...edit.values,
        name_en: "After",
        closesAt: "2027-10-15T17:00",
      }),
      new RegExp(`/rounds/${round.id}\\?saved=round$`),
    );
    const summary = (await call(roundPage.loader as Handler, params, viewer)) as Awaited<
      ReturnType<typeof roundPage.loader>
    >;
    expect(summary.round.name.text).toBe("After");
    // The test scheme keeps time in UTC.
    expect(summary.round.closesAt).toBe("2027-10-15T17:00:00.000Z");
    // The summary carries no form: a viewer reads it, and cannot open the edit page.
    expect(summary).not.toHaveProperty("values");
    expect(summary.canEdit).toBe(false);
    const refused = await call(editRound.loader as Handler, params, viewer);
    expect((refused as Response).status).toBe(403);
  });

  it("keeps what was typed on the edit page when a date is wrong", async () => {
    const round = await newRound("Wrong dates");
    const params = { funderId: setup.funder.id, schemeId: setup.scheme.id, roundId: round.id };
    const reply = unwrap<Reply>(
      await call(editRound.action as Handler, params, officer, {
        name_en: "Wrong dates",
        opensAt: "2027-09-01T09:00",
        closesAt: "2027-08-01T17:00",
        decisionAt: "",
        budget: "50000",
      }),
    );
    expect(reply.status).toBe(400);
    expect(reply.data.errors.closesAt?.key).toBe("schemes:errors.closesBeforeOpens");
    expect(reply.data.values.closesAt).toBe("2027-08-01T17:00");
  });
});

describe("publishing a version", () => {
  async function draft(version: number, definition: FormDefinition = smallForm) {
    return db().formVersion.create({
      data: { schemeId: setup.scheme.id, version, status: "DRAFT", definition },
    });
  }
  const params = (versionId: string) => ({
    funderId: setup.funder.id,
    schemeId: setup.scheme.id,
    versionId,
  });

  it("asks first, and publishes nothing until the funder confirms", async () => {
    const version = await draft(2);
    const asked = unwrap<{ intent: string; confirmPublish?: boolean; errors: object }>(
      await call(versionPage.action as Handler, params(version.id), officer, { intent: "publish" }),
    );
    expect(asked.status).toBe(200);
    expect(asked.data).toMatchObject({ intent: "publish", confirmPublish: true, errors: {} });
    expect((await db().formVersion.findUniqueOrThrow({ where: { id: version.id } })).status).toBe(
      "DRAFT",
    );

    expectRedirect(
      await call(versionPage.action as Handler, params(version.id), officer, {
        intent: "publish",
        confirm: "yes",
      }),
      /\?done=published$/,
    );
    expect((await db().formVersion.findUniqueOrThrow({ where: { id: version.id } })).status).toBe(
      "PUBLISHED",
    );
  });

  it("does not ask about a version that cannot be published yet, and says why", async () => {
    const version = await draft(3, {
      sourceLocale: "en",
      sections: [{ id: "empty", title: { en: "Empty" }, questions: [] }],
    });
    const reply = unwrap<Reply & { confirmPublish?: boolean }>(
      await call(versionPage.action as Handler, params(version.id), officer, { intent: "publish" }),
    );
    expect(reply.status).toBe(400);
    expect(reply.data.confirmPublish).toBeUndefined();
    expect(reply.data.errors.status?.key).toBe("forms:builder.errors.fixBeforePublishing");
  });
});

describe("adding a question", () => {
  it("names the missing field and the form's language", async () => {
    const version = await db().formVersion.create({
      data: { schemeId: setup.scheme.id, version: 4, status: "DRAFT", definition: smallForm },
    });
    const reply = unwrap<Reply & { intent: string }>(
      await call(
        versionPage.action as Handler,
        { funderId: setup.funder.id, schemeId: setup.scheme.id, versionId: version.id },
        officer,
        { intent: "add-question", sectionId: "group", type: "", label: "  " },
      ),
    );
    expect(reply.status).toBe(400);
    expect(reply.data.errors.label).toEqual({
      key: "forms:builder.errors.questionTextRequired",
      values: { language: "English" },
    });
    expect(reply.data.errors.type?.key).toBe("forms:builder.errors.chooseType");
    // What was chosen stays chosen, so the form comes back in the same part.
    expect(reply.data.values.sectionId).toBe("group");
  });
});

describe("the condition editor", () => {
  it("shows the chosen question's answers without saving, then saves the condition", async () => {
    const version = await db().formVersion.create({
      data: { schemeId: setup.scheme.id, version: 5, status: "DRAFT", definition: smallForm },
    });
    const params = {
      funderId: setup.funder.id,
      schemeId: setup.scheme.id,
      versionId: version.id,
      questionId: "about",
    };
    const page = (await call(questionPage.loader as Handler, params, officer)) as Awaited<
      ReturnType<typeof questionPage.loader>
    >;
    expect(page.candidates).toEqual([
      expect.objectContaining({ id: "registered", part: "Your group" }),
    ]);

    const typed = {
      "label.en": "What does your group do, in a few words?",
      maxWords: "50",
      required: "on",
      "showIf.questionId": "registered",
    };
    const step = unwrap<Reply>(
      await call(questionPage.action as Handler, params, officer, {
        ...typed,
        conditionStep: "answers",
      }),
    );
    expect(step.status).toBe(200);
    expect(step.data.errors).toEqual({});
    expect(step.data.values).toMatchObject(typed);
    const unchanged = await db().formVersion.findUniqueOrThrow({ where: { id: version.id } });
    expect(JSON.stringify(unchanged.definition)).not.toContain("in a few words");

    expectRedirect(
      await call(questionPage.action as Handler, params, officer, {
        ...typed,
        "showIf.value.registered.yes": "on",
        identifying: "on",
      }),
      /\?done=saved&addTo=group#field-item-about$/,
    );
    const saved = await db().formVersion.findUniqueOrThrow({ where: { id: version.id } });
    const about = (saved.definition as FormDefinition).sections[0]!.questions[0]!;
    expect(about.showIf).toEqual({ questionId: "registered", anyOf: ["yes"] });
    // Marked as saying who the group is, so blind review leaves its answer out.
    expect(about.identifying).toBe(true);
  });
});

describe("money decisions in the ledger", () => {
  let applicationId = "";
  const params = () => ({
    funderId: setup.funder.id,
    schemeId: setup.scheme.id,
    roundId: setup.round.id,
  });
  beforeAll(async () => {
    // Started the way Amina starts one, then marked as sent, so it is as the ledger sees it.
    const amina = (await getUser(
      makeRequest("/", { cookie: await signedInCookie(setup.owner.id) }),
    ))!;
    const start = await startApplication(amina, {
      organisationId: setup.organisation.id,
      potId: setup.pot.id,
    });
    if (!start.ok) throw new Error(start.reason);
    applicationId = start.applicationId;
    await db().application.update({
      where: { id: applicationId },
      data: { status: "SUBMITTED", requestedMinor: 300_000, submittedAt: new Date() },
    });
  });

  const record = (operation: string, amount: string, confirm?: "yes") =>
    call(ledgerPage.action as Handler, params(), officer, {
      applicationId,
      operation,
      amount,
      ...(confirm ? { confirm } : {}),
    });

  it("says what an award will do, with the amounts, and records nothing yet", async () => {
    const reply = unwrap<{
      applicationId: string;
      confirm?: { key: string; values?: Record<string, unknown> }[];
    }>(await record("award", "3000"));
    expect(reply.status).toBe(200);
    expect(reply.data.applicationId).toBe(applicationId);
    expect(reply.data.confirm).toEqual([
      {
        key: "schemes:ledger.confirm.award",
        values: { amount: "€3,000", organisation: "Amal Women's Circle" },
      },
      {
        key: "schemes:ledger.confirm.potAfter",
        values: { pot: "Open pot", before: "€10,000", after: "€7,000" },
      },
    ]);
    const untouched = await db().application.findUniqueOrThrow({ where: { id: applicationId } });
    expect(untouched.awardedMinor).toBeNull();
    expect(untouched.status).toBe("SUBMITTED");
  });

  it("refuses at once, without asking, what the ledger would refuse", async () => {
    const reply = unwrap<Reply & { confirm?: unknown }>(await record("award", "6000"));
    expect(reply.status).toBe(400);
    expect(reply.data.confirm).toBeUndefined();
    expect(reply.data.errors[`amount-${applicationId}`]?.key).toBe(
      "schemes:ledger.refusals.outside-grant-limits",
    );
  });

  it("records the award once confirmed, and asks again before a payment", async () => {
    expectRedirect(await record("award", "3000", "yes"), /\?saved=ledger#application-/);
    const awarded = await db().application.findUniqueOrThrow({ where: { id: applicationId } });
    expect(awarded.awardedMinor).toBe(300_000);

    const pay = unwrap<{ confirm?: { key: string; values?: Record<string, unknown> }[] }>(
      await record("pay", "1000"),
    );
    expect(pay.data.confirm?.[1]).toEqual({
      key: "schemes:ledger.confirm.paidAfter",
      values: { paid: "€1,000", awarded: "€3,000" },
    });
    expect(await db().payment.count({ where: { applicationId } })).toBe(0);
  });
});
