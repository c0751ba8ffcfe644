import { beforeAll, describe, expect, it } from "vitest";
import { dayInput, readDay } from "~/domain/grants/grant-terms";
import { supportedLocales } from "~/domain/shared/locales";
import * as groupGrant from "~/routes/grants.$grantId._index";
import * as sendPage from "~/routes/grants.$grantId_.check-ins.$checkInId_.check";
import * as staffGrant from "~/routes/fund.$funderId.grants.$grantId";
import { getUser, type SignedInUser } from "~/services/access/permissions.server";
import { acceptGrant, payTranche, varyGrant } from "~/services/grants/grant-changes.server";
import { confirmDecisions } from "~/services/panels/decision-confirmation.server";
import { db } from "~/services/platform/db.server";
import { translatorFor } from "~/services/platform/i18n.server";
import { scheduledJobs } from "~/services/platform/job-list.server";
import { seedDemo } from "../support/demo-world";
import { applicationInReview } from "../support/fixtures";
import { useTestDatabase } from "../support/database";
import { demoPanel, signIns } from "../support/panels";
import { makeRequest, run, unwrap } from "../support/requests";

useTestDatabase();

const DAY = 24 * 60 * 60 * 1000;
const as = signIns();
const actor = async (email: string) =>
  (await getUser(makeRequest("/", { cookie: await as(email) })))! as SignedInUser;
let tomas: SignedInUser;
let amina: SignedInUser;
let funderId = "";
const today = () => readDay(new Date().toISOString().slice(0, 10))!;

/** Awards that many applications of Amal Women's Circle, confirmed and accepted: active grants. */
async function activeGrants(count: number) {
  const demo = await demoPanel();
  const potId = demo.byGroup("Ukrainian Women's Association Riverside").potId;
  const organisationId = (
    await db().organisation.findFirstOrThrow({ where: { name: "Amal Women's Circle" } })
  ).id;
  const applicationIds: string[] = [];
  for (let index = 0; index < count; index++) {
    const application = await applicationInReview({
      potId,
      organisationId,
      requestedMinor: 100_000,
      submittedById: amina.id,
    });
    applicationIds.push(application.id);
    await db().decision.create({
      data: {
        applicationId: application.id,
        potId,
        panelId: demo.panel.id,
        outcome: "AWARD",
        amountMinor: 100_000,
      },
    });
  }
  const drafts = await db().decision.findMany({ where: { potId, confirmedAt: null } });
  expect(
    await confirmDecisions(
      tomas,
      demo.panel,
      potId,
      drafts.map((draft) => ({ id: draft.id, revision: draft.revision })),
    ),
  ).toMatchObject({ ok: true });
  const ids: string[] = [];
  for (const applicationId of applicationIds) {
    const grant = await db().grant.findUniqueOrThrow({ where: { applicationId } });
    await acceptGrant(amina, { grantId: grant.id, conditionsId: grant.conditionsId, locale: "ar" });
    ids.push(grant.id);
  }
  funderId = (await db().grant.findUniqueOrThrow({ where: { id: ids[0]! } })).funderId;
  return ids;
}

const grantOf = (grantId: string) =>
  db().grant.findUniqueOrThrow({
    where: { id: grantId },
    include: {
      tranches: { orderBy: { position: "asc" } },
      checkIns: { orderBy: { dueOn: "asc" } },
      changes: true,
    },
  });

/** Records every unpaid tranche as paid today, as staff do from the grant page. */
async function payAll(grantId: string) {
  for (;;) {
    const grant = await grantOf(grantId);
    const tranche = grant.tranches.find((t) => !t.paymentId && !t.cancelledAt);
    if (!tranche) return;
    const paid = await payTranche(tomas, {
      grantId,
      revision: grant.revision,
      trancheId: tranche.id,
      paidOn: today(),
    });
    expect(paid).toEqual({ ok: true });
  }
}

/** Every check-in sent, but the last `leaveOpen`. */
async function sendCheckIns(grantId: string, leaveOpen = 0) {
  const { checkIns } = await grantOf(grantId);
  const sending = checkIns.slice(0, checkIns.length - leaveOpen);
  await db().checkIn.updateMany({
    where: { id: { in: sending.map((checkIn) => checkIn.id) } },
    data: { submittedAt: new Date(), submittedById: amina.id, answers: { whatHappened: "…" } },
  });
}

/** Moves the whole grant a year and a half back, so that its last day has passed. */
async function endInThePast(grantId: string) {
  const grant = await grantOf(grantId);
  const result = await varyGrant(tomas, {
    grantId,
    revision: grant.revision,
    amountMinor: null,
    startsOn: new Date(grant.startsOn.getTime() - 540 * DAY),
    endsOn: new Date(today().getTime() - 10 * DAY),
    reason: "The grant's dates were entered wrong",
  });
  expect(result).toEqual({ ok: true });
}

const completions = (grantId: string) =>
  db().auditEvent.findMany({ where: { action: "grants.completed", entityId: grantId } });
const completionEmails = (grantId: string) =>
  db().outboundEmail.findMany({
    where: { dedupeKey: { startsWith: `grant-completed:${grantId}:` } },
  });

beforeAll(async () => {
  await seedDemo(db());
  tomas = await actor("tomas@example.org");
  amina = await actor("amina@example.org");
});

describe("the completion job", () => {
  const job = scheduledJobs.find((candidate) => candidate.name === "grants.completion")!;
  let done = "";
  let unpaid = "";
  let unsent = "";

  beforeAll(async () => {
    [done = "", unpaid = "", unsent = ""] = await activeGrants(3);
    await payAll(done);
    await sendCheckIns(done);
    await sendCheckIns(unpaid);
    await payAll(unsent);
    await sendCheckIns(unsent, 1);
  });

  it("runs every hour", () => {
    expect(job.everyMs).toBe(60 * 60 * 1000);
  });

  it("leaves a grant paid and reported alone until its last day has passed", async () => {
    const lastDay = (await grantOf(done)).endsOn;
    await job.run(new Date(lastDay.getTime() + 6 * 60 * 60 * 1000));
    expect((await grantOf(done)).status).toBe("ACTIVE");
  });

  it("completes the grant that ran its course, paid and reported, and only that one", async () => {
    const after = new Date((await grantOf(done)).endsOn.getTime() + DAY);
    expect(await job.run(after)).toBeGreaterThanOrEqual(1);
    const grant = await grantOf(done);
    expect(grant.status).toBe("COMPLETED");
    expect(grant.changes.filter((change) => change.kind === "COMPLETED")).toEqual([
      expect.objectContaining({ actorId: null, reason: null }),
    ]);
    const [audited] = await completions(done);
    expect(audited).toMatchObject({ actorId: null, funderId: grant.funderId });
    expect(audited!.detail).toMatchObject({ awardedMinor: 100_000, paidMinor: 100_000 });
    const [email] = await completionEmails(done);
    expect(email).toMatchObject({ to: "amina@example.org", locale: "ar" });
    expect(email!.subject).toContain("اكتملت منحتكم");

    expect((await grantOf(unpaid)).status).toBe("ACTIVE");
    expect((await grantOf(unsent)).status).toBe("ACTIVE");
    expect(await completions(unpaid)).toEqual([]);
    expect(await completions(unsent)).toEqual([]);
  });

  it("changes nothing when it runs again", async () => {
    const after = new Date((await grantOf(done)).endsOn.getTime() + DAY);
    const before = await grantOf(done);
    expect(await job.run(after)).toBe(0);
    const again = await grantOf(done);
    expect(again.revision).toBe(before.revision);
    expect(again.changes).toHaveLength(before.changes.length);
    expect(await completions(done)).toHaveLength(1);
    expect(await completionEmails(done)).toHaveLength(1);
  });

  it("shows the grant as completed to the group and to staff, and offers staff no change", async () => {
    const params = { grantId: done };
    const group = unwrap<Awaited<ReturnType<typeof groupGrant.loader>>>(
      await run(
        groupGrant.loader,
        makeRequest(`/grants/${done}`, { cookie: await as("amina@example.org") }),
        params,
      ),
    ).data;
    expect(group.grant.status).toBe("COMPLETED");
    expect(group.changes.map((change) => change.label)).toContain("COMPLETED");
    const staff = unwrap<Awaited<ReturnType<typeof staffGrant.loader>>>(
      await run(
        staffGrant.loader,
        makeRequest(`/fund/${funderId}/grants/${done}`, { cookie: await as("tomas@example.org") }),
        { funderId, grantId: done },
      ),
    ).data;
    expect(staff.grant.status).toBe("COMPLETED");
    expect(staff.canEdit).toBe(false);
    const english = (await translatorFor("en"))("grants:status.COMPLETED");
    expect(english).toBe("Completed");
    for (const locale of supportedLocales) {
      const t = await translatorFor(locale);
      for (const key of ["grants:status.COMPLETED", "grants:changes.kind.COMPLETED"]) {
        expect(t(key)).not.toBe(key.split(":")[1]);
        if (locale !== "en") expect(t(key)).not.toBe(english);
      }
    }
  });
});

describe("completing at once", () => {
  it("when staff record the last payment of a grant past its end", async () => {
    const [grantId] = await activeGrants(1);
    await sendCheckIns(grantId!);
    await endInThePast(grantId!);
    expect((await grantOf(grantId!)).status).toBe("ACTIVE");
    await payAll(grantId!);
    expect((await grantOf(grantId!)).status).toBe("COMPLETED");
    expect(await completions(grantId!)).toHaveLength(1);
  });

  it("when the group sends the last check-in of a grant past its end and paid", async () => {
    const [grantId] = await activeGrants(1);
    await payAll(grantId!);
    await sendCheckIns(grantId!, 1);
    await endInThePast(grantId!);
    const last = (await grantOf(grantId!)).checkIns.find((checkIn) => !checkIn.submittedAt)!;
    await db().checkIn.update({
      where: { id: last.id },
      data: {
        answers: { whatHappened: "اجتمعنا كل أسبوع.", change: "وجدت إحدى النساء عملًا." },
        storyConsent: "FUNDER_ONLY",
      },
    });
    const path = `/grants/${grantId}/check-ins/${last.id}/check`;
    const sent = await run(
      sendPage.action,
      makeRequest(path, {
        cookie: await as("amina@example.org"),
        form: { revision: String(last.revision) },
      }),
      { grantId: grantId!, checkInId: last.id },
    );
    expect((sent as Response).headers.get("Location")).toContain("notice=sent");
    expect((await grantOf(grantId!)).status).toBe("COMPLETED");
  });
});

describe("moving a grant's dates", () => {
  const path = (grantId: string) => `/fund/${funderId}/grants/${grantId}`;
  async function vary(grantId: string, form: Record<string, string>) {
    return run(
      staffGrant.action,
      makeRequest(path(grantId), { cookie: await as("tomas@example.org"), form }),
      { funderId, grantId },
    );
  }

  it("moves the check-ins not yet sent with it, after showing which and to when", async () => {
    const [grantId] = await activeGrants(1);
    const before = await grantOf(grantId!);
    // The round's plan: mid-way and at the end. Add an early one, already sent, and let the
    // group start the mid-way one.
    const early = await db().checkIn.create({
      data: {
        grantId: grantId!,
        position: 5,
        dueOn: new Date(before.startsOn.getTime() + 30 * DAY),
        submittedAt: new Date(),
        submittedById: amina.id,
        answers: { whatHappened: "بدأنا." },
      },
    });
    const [midway, end] = before.checkIns;
    await db().checkIn.update({
      where: { id: midway!.id },
      data: { answers: { whatHappened: "نكتب الآن." } },
    });
    const newEnd = new Date(before.endsOn.getTime() + 182 * DAY);
    const form = {
      intent: "vary",
      revision: String(before.revision),
      amount: "",
      startsOn: dayInput(before.startsOn),
      endsOn: dayInput(newEnd),
      reason: "The summer camp moved to next year",
    };
    const check = unwrap<{ check: { key: string; values?: Record<string, unknown> }[] }>(
      await vary(grantId!, form),
    ).data.check;
    expect(check.map((message) => message.key)).toEqual([
      "grants:check.varySameAmount",
      "grants:check.varyDates",
      "grants:check.checkInMovesStarted",
      "grants:check.checkInMoves",
      "grants:check.checkInsSentStay",
    ]);
    expect(check.slice(2, 4).map((message) => message.values?.number)).toEqual([2, 3]);
    // Nothing moved before staff confirmed.
    expect((await grantOf(grantId!)).checkIns.map((checkIn) => checkIn.dueOn)).toEqual(
      [early.dueOn, midway!.dueOn, end!.dueOn].sort((a, b) => a.getTime() - b.getTime()),
    );

    const done = await vary(grantId!, { ...form, confirm: "yes" });
    expect((done as Response).headers.get("Location")).toBe(`${path(grantId!)}?saved=vary`);
    const after = await grantOf(grantId!);
    const byId = new Map(after.checkIns.map((checkIn) => [checkIn.id, checkIn]));
    expect(byId.get(early.id)!.dueOn).toEqual(early.dueOn);
    expect(dayInput(byId.get(end!.id)!.dueOn)).toBe(dayInput(newEnd));
    const middle = (after.startsOn.getTime() + after.endsOn.getTime()) / 2;
    expect(Math.abs(byId.get(midway!.id)!.dueOn.getTime() - middle)).toBeLessThanOrEqual(DAY);
    expect(byId.get(midway!.id)!.answers).toEqual({ whatHappened: "نكتب الآن." });
    // Positions follow the dates, so the pages number them in order.
    expect(after.checkIns.map((checkIn) => checkIn.position)).toEqual([0, 1, 2]);
    const change = after.changes.find((row) => row.reason === form.reason)!;
    expect((change.detail as { checkIns: { id: string; started: boolean }[] }).checkIns).toEqual([
      expect.objectContaining({ id: midway!.id, started: true }),
      expect.objectContaining({ id: end!.id, started: false }),
    ]);
  });

  it("moves nothing when only the amount goes down", async () => {
    const [grantId] = await activeGrants(1);
    const before = await grantOf(grantId!);
    const result = await varyGrant(tomas, {
      grantId: grantId!,
      revision: before.revision,
      amountMinor: 80_000,
      startsOn: before.startsOn,
      endsOn: before.endsOn,
      reason: "One activity was cancelled",
    });
    expect(result).toEqual({ ok: true });
    expect((await grantOf(grantId!)).checkIns.map((checkIn) => checkIn.dueOn)).toEqual(
      before.checkIns.map((checkIn) => checkIn.dueOn),
    );
  });
});
