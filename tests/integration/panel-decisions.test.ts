import { beforeAll, describe, expect, it } from "vitest";
import { seedDemo } from "../support/demo-world";
import * as applicationPage from "~/routes/applications.$applicationId._index";
import * as panelHome from "~/routes/panels.$panelId";
import { action as conflictsAction } from "~/routes/panels.$panelId_.conflicts";
import * as confirmPage from "~/routes/panels.$panelId_.pots.$potId.confirm";
import * as decisionPage from "~/routes/panels.$panelId_.pots.$potId.decisions.$applicationId";
import { db } from "~/services/platform/db.server";
import { useTestDatabase } from "../support/database";
import { applicationInReview } from "../support/fixtures";
import { call, demoPanel, expectStatus, payload, signIns } from "../support/panels";
import { run } from "../support/requests";

useTestDatabase();

const as = signIns();
let demo: Awaited<ReturnType<typeof demoPanel>>;
let potId = "";
let amalId = "";
let associationId = "";

type DecisionPage = Awaited<ReturnType<typeof decisionPage.loader>>;
type ConfirmPage = Awaited<ReturnType<typeof confirmPage.loader>>;
type FormReply = { errors: Record<string, { key: string; values?: Record<string, unknown> }> };
type ConfirmReply = { refused: { key: string; values?: Record<string, string> } };

const decisionPath = (applicationId: string, panelId = demo.panel.id, pot = potId) =>
  `/panels/${panelId}/pots/${pot}/decisions/${applicationId}`;
const decisionParams = (applicationId: string, panelId = demo.panel.id, pot = potId) => ({
  panelId,
  potId: pot,
  applicationId,
});

const openDecision = async (email: string | null, applicationId: string, panelId?: string) =>
  call(
    decisionPage.loader,
    decisionPath(applicationId, panelId),
    decisionParams(applicationId, panelId),
    await as(email),
  );

async function decide(email: string, applicationId: string, form: Record<string, string>) {
  const page = (await openDecision(email, applicationId)) as DecisionPage;
  return call(
    decisionPage.action,
    decisionPath(applicationId),
    decisionParams(applicationId),
    await as(email),
    { revision: String(page.decision?.revision ?? 0), feedbackLanguage: "en", ...form },
  );
}

const openConfirm = async (email: string | null, panelId = demo.panel.id) =>
  call(
    confirmPage.loader,
    `/panels/${panelId}/pots/${potId}/confirm`,
    { panelId, potId },
    await as(email),
  );

/** Posts "Confirm these decisions" with the set the page showed. */
async function confirm(email: string, seen?: { id: string; revision: number }[]) {
  const shown = seen ?? ((await openConfirm(email)) as ConfirmPage).decisions;
  const body = new URLSearchParams();
  for (const decision of shown) body.append("decision", `${decision.id}:${decision.revision}`);
  const path = `/panels/${demo.panel.id}/pots/${potId}/confirm`;
  const request = new Request(new URL(path, "http://localhost:3000"), {
    method: "POST",
    headers: { Cookie: (await as(email))!, "Content-Type": "application/x-www-form-urlencoded" },
    body,
  });
  return run(confirmPage.action, request, { panelId: demo.panel.id, potId });
}

async function newApplication(organisationId: string, submittedBy: string, requestedMinor: number) {
  const application = await applicationInReview({
    potId,
    organisationId,
    requestedMinor,
    submittedById: await demo.userId(submittedBy),
  });
  return application.id;
}

const decisionOf = (applicationId: string) =>
  db().decision.findUniqueOrThrow({ where: { applicationId } });
const emailFor = (applicationId: string, outcome: string) =>
  db().outboundEmail.findUnique({
    where: { dedupeKey: `application-decision:${applicationId}:${outcome}` },
  });

beforeAll(async () => {
  await seedDemo(db());
  demo = await demoPanel();
  const association = demo.byGroup("Ukrainian Women's Association Riverside");
  associationId = association.id;
  potId = association.potId;
  await db().application.update({
    where: { id: associationId },
    data: { requestedMinor: 250_000 },
  });
  amalId = await newApplication(
    demo.byGroup("Amal Women's Circle").organisationId,
    "amina@example.org",
    300_000,
  );
});

describe("drafting a decision", () => {
  it("shows the chair the reference, the request, the score and the applicant's language", async () => {
    const page = (await openDecision("nadia@example.org", associationId)) as DecisionPage;
    expect(page.application.reference).toBe(
      demo.byGroup("Ukrainian Women's Association Riverside").reference,
    );
    expect(page.application.requestedMinor).toBe(250_000);
    expect(page.score).toEqual({ reviews: 0, score: null });
    expect(page.applicantLocale).toBe("uk");
    expect(page.decision).toBeNull();
    expect(page.outcomes).toEqual(["AWARD", "DECLINE", "WAITLIST"]);
  });

  it("refuses an award above the request or outside the pot's limits, keeping what was typed", async () => {
    const above = payload<FormReply & { values: Record<string, string> }>(
      await decide("nadia@example.org", associationId, {
        outcome: "AWARD",
        amount: "2600",
        rationale: "Strong plan",
      }),
    );
    expect(above.status).toBe(400);
    expect(above.data.errors.amount?.key).toBe("panels:decision.errors.aboveRequest");
    expect(above.data.values.rationale).toBe("Strong plan");
    const below = payload<FormReply>(
      await decide("nadia@example.org", associationId, { outcome: "AWARD", amount: "50" }),
    );
    expect(below.data.errors.amount?.key).toBe("panels:decision.errors.outsideLimits");
    const decline = payload<FormReply>(
      await decide("nadia@example.org", associationId, { outcome: "DECLINE" }),
    );
    expect(decline.data.errors.feedback?.key).toBe("panels:decision.errors.feedbackRequired");
    expect(await db().decision.count({ where: { applicationId: associationId } })).toBe(0);
  });

  it("saves a draft, audited, that the applicant cannot see", async () => {
    const saved = await decide("nadia@example.org", associationId, {
      outcome: "AWARD",
      amount: "2000",
      rationale: "Reaches families nobody else does",
      feedback: "A clear plan with real reach.",
      feedbackLanguage: "en",
    });
    expectStatus(saved, 302);
    const decision = await decisionOf(associationId);
    expect(decision).toMatchObject({
      outcome: "AWARD",
      amountMinor: 200_000,
      revision: 1,
      confirmedAt: null,
      feedback: { en: "A clear plan with real reach." },
      machineDrafted: [],
    });
    expect(
      await db().auditEvent.count({
        where: { action: "panels.decision-drafted", entityId: associationId },
      }),
    ).toBe(1);

    const olena = await call(
      applicationPage.loader,
      `/applications/${associationId}`,
      { applicationId: associationId },
      await as("olena@example.org"),
    );
    expect((olena as Awaited<ReturnType<typeof applicationPage.loader>>).decision).toBeNull();
  });

  it("refuses a save from an older copy of the decision", async () => {
    const stale = payload<FormReply>(
      await call(
        decisionPage.action,
        decisionPath(associationId),
        decisionParams(associationId),
        await as("tomas@example.org"),
        { revision: "0", outcome: "DECLINE", feedback: "No", feedbackLanguage: "en" },
      ),
    );
    expect(stale.status).toBe(409);
    expect(stale.data.errors.form?.key).toBe("panels:decision.errors.stale");
    expect((await decisionOf(associationId)).outcome).toBe("AWARD");
  });
});

describe("confirming a pot's decisions", () => {
  it("lists the drafts with the money they need against the pot", async () => {
    expectStatus(
      await decide("tomas@example.org", amalId, {
        outcome: "DECLINE",
        feedback: "خطتكم جيدة، لكن المال لم يكفِ هذه المرة.",
        feedbackLanguage: "ar",
      }),
      302,
    );
    const page = (await openConfirm("tomas@example.org")) as ConfirmPage;
    expect(page.decisions.map((d) => [d.applicationId, d.outcome])).toEqual(
      expect.arrayContaining([
        [associationId, "AWARD"],
        [amalId, "DECLINE"],
      ]),
    );
    expect(page.awardsMinor).toBe(200_000);
    expect(page.remainingMinor).toBe(1_800_000);
    expect(page.overdrawMinor).toBe(0);
  });

  it("moves the money, the statuses and queues each email in the applicant's language", async () => {
    const before = await db().pot.findUniqueOrThrow({ where: { id: potId } });
    expectStatus(await confirm("tomas@example.org"), 302);

    const [association, amal] = await Promise.all([
      db().application.findUniqueOrThrow({ where: { id: associationId } }),
      db().application.findUniqueOrThrow({ where: { id: amalId } }),
    ]);
    expect([association.status, association.awardedMinor]).toEqual(["AWARDED", 200_000]);
    expect([amal.status, amal.awardedMinor]).toEqual(["DECLINED", null]);
    expect((await db().pot.findUniqueOrThrow({ where: { id: potId } })).ledgerVersion).toBe(
      before.ledgerVersion + 1,
    );
    expect((await decisionOf(associationId)).confirmedAt).not.toBeNull();

    const ukrainian = await emailFor(associationId, "AWARD");
    expect(ukrainian).toMatchObject({ to: "olena@example.org", locale: "uk" });
    expect(ukrainian!.textBody).toContain("отримує грант");
    expect(ukrainian!.textBody).toContain("A clear plan with real reach.");
    expect(ukrainian!.textBody).toContain("Відгук комісії (написано мовою: англійська)");

    const arabic = await emailFor(amalId, "DECLINE");
    expect(arabic).toMatchObject({ to: "amina@example.org", locale: "ar" });
    expect(arabic!.textBody).toContain("لم يُموَّل طلب");
    expect(arabic!.textBody).toContain("خطتكم جيدة، لكن المال لم يكفِ هذه المرة.");
    expect(arabic!.textBody).not.toContain("مكتوبة باللغة");

    expect(
      await db().auditEvent.count({
        where: { action: "panels.decisions-confirmed", entityId: potId },
      }),
    ).toBe(1);
  });

  it("shows the applicant her confirmed decision, with the feedback's language named", async () => {
    const olena = (await call(
      applicationPage.loader,
      `/applications/${associationId}?lng=uk`,
      { applicationId: associationId },
      await as("olena@example.org"),
    )) as Awaited<ReturnType<typeof applicationPage.loader>>;
    expect(olena.decision).toEqual({
      outcome: "AWARD",
      amountMinor: 200_000,
      currency: "EUR",
      feedback: {
        text: "A clear plan with real reach.",
        language: "en",
        inReaderLanguage: false,
        original: null,
      },
    });
  });

  it("keeps a confirmed award as it is", async () => {
    const page = (await openDecision("tomas@example.org", associationId)) as DecisionPage;
    expect(page.open).toBe(false);
    const refused = payload<FormReply>(
      await decide("tomas@example.org", associationId, { outcome: "DECLINE", feedback: "No." }),
    );
    expect(refused.status).toBe(409);
    expect(refused.data.errors.form?.key).toBe("panels:decision.errors.closed");
    expect(await decisionOf(associationId)).toMatchObject({
      outcome: "AWARD",
      amountMinor: 200_000,
    });
  });

  it("refuses a set that would overdraw the pot, says by how much, and changes nothing", async () => {
    const amal = demo.byGroup("Amal Women's Circle").organisationId;
    const first = await newApplication(amal, "amina@example.org", 300_000);
    const second = await newApplication(amal, "amina@example.org", 300_000);
    for (const id of [first, second])
      expectStatus(
        await decide("tomas@example.org", id, { outcome: "AWARD", amount: "3000" }),
        302,
      );
    // 700,000 in the pot, 200,000 already awarded: 600,000 of awards is 100,000 too many.
    await db().pot.update({ where: { id: potId }, data: { amountMinor: 700_000 } });
    const page = (await openConfirm("tomas@example.org")) as ConfirmPage;
    expect(page.overdrawMinor).toBe(100_000);

    const refused = payload<ConfirmReply>(await confirm("tomas@example.org"));
    expect(refused.status).toBe(409);
    expect(refused.data.refused.key).toBe("panels:confirm.refusals.overdraws");
    expect(refused.data.refused.values?.amount).toMatch(/1,000/);
    const untouched = await db().application.findMany({ where: { id: { in: [first, second] } } });
    expect(untouched.map((a) => [a.status, a.awardedMinor])).toEqual([
      ["IN_REVIEW", null],
      ["IN_REVIEW", null],
    ]);
    expect((await decisionOf(first)).confirmedAt).toBeNull();
    expect(await emailFor(first, "AWARD")).toBeNull();
  });

  it("lets one of two people confirming at once win; the other is told it is done", async () => {
    await db().pot.update({ where: { id: potId }, data: { amountMinor: 800_000 } });
    const seen = ((await openConfirm("tomas@example.org")) as ConfirmPage).decisions;
    expect(seen).toHaveLength(2);
    const results = await Promise.all([
      confirm("tomas@example.org", seen),
      confirm("grace@example.org", seen),
    ]);
    const statuses = results.map((result) =>
      result instanceof Response ? result.status : payload<ConfirmReply>(result).status,
    );
    expect(statuses.sort()).toEqual([302, 409]);
    const loser = results.find((result) => !(result instanceof Response));
    expect(payload<ConfirmReply>(loser).data.refused.key).toBe(
      "panels:confirm.refusals.already-confirmed",
    );
    const awarded = await db().application.aggregate({
      where: { potId },
      _sum: { awardedMinor: true },
    });
    expect(awarded._sum.awardedMinor).toBe(800_000);
    expect(
      await db().auditEvent.count({
        where: { action: "panels.decisions-confirmed", entityId: potId },
      }),
    ).toBe(2);
  });
});

describe("a waiting-list place awarded later", () => {
  it("confirms the award on its own, with the same checks and a second email", async () => {
    const association = demo.byGroup("Ukrainian Women's Association Riverside").organisationId;
    const id = await newApplication(association, "olena@example.org", 250_000);
    expectStatus(
      await decide("tomas@example.org", id, {
        outcome: "WAITLIST",
        feedback: "Good plan; the pot is spent for now.",
      }),
      302,
    );
    expectStatus(await confirm("tomas@example.org"), 302);
    expect((await db().application.findUniqueOrThrow({ where: { id } })).status).toBe("WAITLISTED");
    expect(await emailFor(id, "WAITLIST")).toMatchObject({ to: "olena@example.org" });

    const listed = (await openConfirm("tomas@example.org")) as ConfirmPage;
    expect(listed.waitlisted.map((application) => application.id)).toContain(id);
    const page = (await openDecision("tomas@example.org", id)) as DecisionPage;
    expect(page.open).toBe(true);
    expect(page.outcomes).toEqual(["AWARD"]);

    // The pot is spent: the award is refused, and the place on the waiting list stays.
    const refused = payload<FormReply>(
      await decide("tomas@example.org", id, { outcome: "AWARD", amount: "2000" }),
    );
    expect(refused.status).toBe(409);
    expect(refused.data.errors.amount?.key).toBe("schemes:ledger.refusals.overdraws-pot");
    expect(await decisionOf(id)).toMatchObject({ outcome: "WAITLIST" });

    await db().pot.update({ where: { id: potId }, data: { amountMinor: 1_000_000 } });
    expectStatus(
      await decide("tomas@example.org", id, {
        outcome: "AWARD",
        amount: "2000",
        // The form shows the feedback already written; sending it back keeps it.
        feedback: "Good plan; the pot is spent for now.",
      }),
      302,
    );
    const application = await db().application.findUniqueOrThrow({ where: { id } });
    expect([application.status, application.awardedMinor]).toEqual(["AWARDED", 200_000]);
    expect(await decisionOf(id)).toMatchObject({ outcome: "AWARD", amountMinor: 200_000 });
    expect((await decisionOf(id)).confirmedAt).not.toBeNull();
    const email = await emailFor(id, "AWARD");
    expect(email).toMatchObject({ to: "olena@example.org", locale: "uk" });
    expect(email!.textBody).toContain("Good plan; the pot is spent for now.");
  });
});

describe("who may decide", () => {
  let otherPanelId = "";
  beforeAll(async () => {
    const communityPot = demo.byGroup("Riverside Community Centre").potId;
    otherPanelId = (
      await db().panel.create({
        data: {
          roundId: demo.panel.roundId,
          name: "Community pot panel",
          pots: { create: [{ potId: communityPot }] },
          members: { create: [{ userId: await demo.userId("helen@example.org"), role: "CHAIR" }] },
        },
      })
    ).id;
    const otto = await db().user.upsert({
      where: { email: "otto@other.example" },
      update: {},
      create: { email: "otto@other.example", name: "Otto Admin", locale: "en" },
    });
    await db().funder.create({
      data: {
        slug: "decisions-other-council",
        name: "Other Council",
        members: { create: [{ userId: otto.id, role: "ADMIN" }] },
      },
    });
  });

  it.each([
    ["a panel member who is not the chair", "fatima@example.org"],
    ["a funder viewer", "helen@example.org"],
    ["the applicant", "olena@example.org"],
    ["another funder's admin", "otto@other.example"],
  ])("refuses %s the decision page, its form and the confirm page", async (_, email) => {
    expectStatus(await openDecision(email, amalId), 403);
    expectStatus(
      await call(
        decisionPage.action,
        decisionPath(amalId),
        decisionParams(amalId),
        await as(email),
        { revision: "0", outcome: "DECLINE", feedback: "No", feedbackLanguage: "en" },
      ),
      403,
    );
    expectStatus(await openConfirm(email), 403);
    expectStatus(await confirm(email, []), 403);
  });

  it("refuses the chair of another panel, and a pot her panel does not cover", async () => {
    expectStatus(await openDecision("helen@example.org", amalId, otherPanelId), 403);
    expectStatus(await openConfirm("helen@example.org", otherPanelId), 403);
    expectStatus(await openDecision("nadia@example.org", amalId, otherPanelId), 403);
    expectStatus(await openConfirm("nadia@example.org", otherPanelId), 403);
  });

  it("refuses an application of another pot, or none at all, alike", async () => {
    const centre = demo.byGroup("Riverside Community Centre").id;
    expectStatus(await openDecision("nadia@example.org", centre), 403);
    expectStatus(await openDecision("nadia@example.org", "no-such-application"), 403);
  });

  it("links the chair, not a member, to each pot's moderation from the panel page", async () => {
    const panelPage = async (email: string) =>
      (await call(
        panelHome.loader,
        `/panels/${demo.panel.id}`,
        { panelId: demo.panel.id },
        await as(email),
      )) as Awaited<ReturnType<typeof panelHome.loader>>;
    expect((await panelPage("nadia@example.org")).moderation?.map((pot) => pot.id)).toContain(
      potId,
    );
    expect((await panelPage("fatima@example.org")).moderation).toBeNull();
  });

  it("sends a signed-out visitor to sign in", async () => {
    const result = await openDecision(null, amalId);
    expectStatus(result, 302);
    expect((result as Response).headers.get("Location")).toContain("/sign-in?redirectTo=");
  });

  it("refuses a chair who declared a conflict: no page, and no confirming the pot's set", async () => {
    const amal = demo.byGroup("Amal Women's Circle").organisationId;
    const id = await newApplication(amal, "amina@example.org", 200_000);
    expectStatus(
      await decide("tomas@example.org", id, { outcome: "WAITLIST", feedback: "Next time." }),
      302,
    );
    const seen = ((await openConfirm("nadia@example.org")) as ConfirmPage).decisions;
    expectStatus(
      await call(
        conflictsAction,
        `/panels/${demo.panel.id}/conflicts`,
        { panelId: demo.panel.id },
        await as("nadia@example.org"),
        { intent: "declare", organisationId: amal, kind: "TRUSTEE" },
      ),
      302,
    );
    expectStatus(await openDecision("nadia@example.org", id), 403);
    const page = (await openConfirm("nadia@example.org")) as ConfirmPage;
    expect(page.decisions.map((d) => d.applicationId)).not.toContain(id);
    expect(page.conflicted).toBe(1);
    const refused = payload<ConfirmReply>(await confirm("nadia@example.org", seen));
    expect(refused.status).toBe(409);
    expect(refused.data.refused.key).toBe("panels:confirm.refusals.conflicted");
    expect((await decisionOf(id)).confirmedAt).toBeNull();
  });
});
