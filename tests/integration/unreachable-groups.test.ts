import { beforeAll, describe, expect, it } from "vitest";
import * as screeningPage from "~/routes/fund.$funderId.schemes.$schemeId.rounds.$roundId.screening.$applicationId";
import * as confirmPage from "~/routes/panels.$panelId_.pots.$potId.confirm";
import * as decisionPage from "~/routes/panels.$panelId_.pots.$potId.decisions.$applicationId";
import { db } from "~/services/platform/db.server";
import { useTestDatabase } from "../support/database";
import { testReference } from "../support/fixtures";
import { moderationRound } from "../support/moderation";
import { call, expectStatus } from "../support/panels";
import { BASE_URL, run } from "../support/requests";

/**
 * A group nobody in which has an account (staff applied for it, or its only member erased her
 * account) is sent no screening or decision email: staff are told so where they screen and
 * where they confirm, and told to contact the group another way.
 */

useTestDatabase();

type Setup = Awaited<ReturnType<typeof moderationRound>>;
type ConfirmPage = Awaited<ReturnType<typeof confirmPage.loader>>;
type ScreeningPage = Awaited<ReturnType<typeof screeningPage.loader>>;
type Person = keyof Setup["people"];

let setup: Setup;
beforeAll(async () => {
  // Group A has its owner's account; B (Bridge Builders) and D (Dalia Sisters) have none.
  setup = await moderationRound();
});

const cookieOf = (who: Person) => setup.cookie(setup.people[who]);
const potPath = () => `/panels/${setup.params.panelId}/pots/${setup.params.potId}`;
const potParams = () => ({ panelId: setup.params.panelId, potId: setup.params.potId });

async function draft(applicationId: string, form: Record<string, string>) {
  const params = { ...potParams(), applicationId };
  const path = `${potPath()}/decisions/${applicationId}`;
  expectStatus(
    await call(decisionPage.action, path, params, await cookieOf("staff"), {
      revision: "0",
      feedbackLanguage: "en",
      feedback: "Thank you for applying.",
      ...form,
    }),
    302,
  );
}

const openConfirm = async (who: Person) =>
  (await call(
    confirmPage.loader,
    `${potPath()}/confirm`,
    potParams(),
    await cookieOf(who),
  )) as ConfirmPage;

describe("confirming decisions for a group nobody can be emailed", () => {
  beforeAll(async () => {
    await draft(setup.applications.a.id, { outcome: "AWARD", amount: "300" });
    await draft(setup.applications.b.id, { outcome: "DECLINE" });
  });

  it("names, before confirming, the applications whose group will get no email", async () => {
    const page = await openConfirm("staff");
    expect(page.decisions).toHaveLength(2);
    expect(page.unreachable).toEqual([
      {
        id: setup.applications.b.id,
        reference: setup.applications.b.reference,
        organisation: "Bridge Builders",
      },
    ]);
  });

  it("gives a chair of a blind panel the reference only", async () => {
    await db().panel.update({ where: { id: setup.panel.id }, data: { blindReview: true } });
    try {
      const page = await openConfirm("chair");
      expect(page.unreachable).toEqual([
        {
          id: setup.applications.b.id,
          reference: setup.applications.b.reference,
          organisation: null,
        },
      ]);
      expect(JSON.stringify(page)).not.toContain("Bridge Builders");
    } finally {
      await db().panel.update({ where: { id: setup.panel.id }, data: { blindReview: false } });
    }
  });

  it("is right: confirming emails group A and nobody about group B", async () => {
    const page = await openConfirm("staff");
    // One `decision` field per draft shown, as the page posts them.
    const body = new URLSearchParams();
    for (const decision of page.decisions)
      body.append("decision", `${decision.id}:${decision.revision}`);
    const request = new Request(new URL(`${potPath()}/confirm`, BASE_URL), {
      method: "POST",
      headers: { Cookie: await cookieOf("staff") },
      body,
    });
    expectStatus(await run(confirmPage.action, request, potParams()), 302);
    const emails = await db().outboundEmail.findMany({
      where: { template: "application-decision" },
    });
    expect(emails.map((email) => email.dedupeKey)).toEqual([
      `application-decision:${setup.applications.a.id}:AWARD`,
    ]);
    expect((await openConfirm("staff")).unreachable).toEqual([]);
  });
});

describe("screening an application from a group nobody can be emailed", () => {
  let reachable = "";
  beforeAll(async () => {
    const application = await db().application.create({
      data: {
        reference: testReference(),
        potId: setup.params.potId,
        organisationId: setup.organisation.id,
        status: "SUBMITTED",
        requestedMinor: 20_000,
        submittedAt: new Date(),
        submittedById: setup.owner.id,
      },
    });
    reachable = application.id;
  });

  const screeningPath = (applicationId: string) =>
    `/fund/${setup.params.funderId}/schemes/${setup.params.schemeId}/rounds/${setup.params.roundId}/screening/${applicationId}`;
  const screeningParams = (applicationId: string) => ({
    funderId: setup.params.funderId,
    schemeId: setup.params.schemeId,
    roundId: setup.params.roundId,
    applicationId,
  });
  const openScreening = async (applicationId: string) =>
    (await call(
      screeningPage.loader,
      screeningPath(applicationId),
      screeningParams(applicationId),
      await cookieOf("staff"),
    )) as ScreeningPage;

  it("warns staff on the screening page of a group without accounts, not of one with", async () => {
    expect((await openScreening(setup.applications.unscreened.id)).unreachable).toBe(true);
    expect((await openScreening(reachable)).unreachable).toBe(false);
  });

  it("is right: marking it not eligible queues no email", async () => {
    const id = setup.applications.unscreened.id;
    expectStatus(
      await call(
        screeningPage.action,
        screeningPath(id),
        screeningParams(id),
        await cookieOf("staff"),
        {
          decision: "ineligible",
          reason: "outside-area",
          note: "",
        },
      ),
      302,
    );
    expect((await db().application.findUniqueOrThrow({ where: { id } })).status).toBe("INELIGIBLE");
    expect(await db().outboundEmail.count({ where: { template: "application-ineligible" } })).toBe(
      0,
    );
  });

  it("warns once nobody in the group has an account any more", async () => {
    await db().organisationMember.deleteMany({ where: { organisationId: setup.organisation.id } });
    expect((await openScreening(reachable)).unreachable).toBe(true);
  });
});
