import { beforeAll, describe, expect, it } from "vitest";
import { seedDemo } from "../support/demo-world";
import { testReference } from "../support/fixtures";
import { demoPanel, signIns } from "../support/panels";
import { makeRequest } from "../support/requests";
import { useTestDatabase } from "../support/database";
import { readDay } from "~/domain/grants/grant-terms";
import { getUser, type SignedInUser } from "~/services/access/permissions.server";
import {
  acceptGrant,
  changeSchedule,
  endGrant,
  payTranche,
  varyGrant,
} from "~/services/grants/grant-changes.server";
import { confirmDecisions } from "~/services/panels/decision-confirmation.server";
import { db } from "~/services/platform/db.server";
import { loadRoundLedger, loadRoundLedgers } from "~/services/schemes/ledger.server";

useTestDatabase();

const as = signIns();
const actor = async (email: string) =>
  (await getUser(makeRequest("/", { cookie: await as(email) })))! as SignedInUser;
let demo: Awaited<ReturnType<typeof demoPanel>>;
let potId = "";
let applicationId = "";
let grantId = "";
let tomas: SignedInUser;
let amina: SignedInUser;

const grantNow = () =>
  db().grant.findUniqueOrThrow({
    where: { id: grantId },
    include: { tranches: { orderBy: { position: "asc" } }, changes: true, checkIns: true },
  });
const revision = async () => (await grantNow()).revision;
const unpaid = async () =>
  (await grantNow()).tranches.filter((t) => !t.paymentId && !t.cancelledAt);

/** The pot's figures on the round's ledger page and on the funder dashboard, which must agree. */
async function potFigures() {
  const round = await db().round.findUniqueOrThrow({
    where: { id: demo.panel.roundId },
    include: { pots: true },
  });
  const page = (await loadRoundLedger(round.id))!.ledger.pots.find((pot) => pot.potId === potId)!;
  const dashboard = (await loadRoundLedgers([round]))
    .get(round.id)!
    .ledger.pots.find((pot) => pot.potId === potId)!;
  expect(dashboard).toEqual(page);
  const application = await db().application.findUniqueOrThrow({
    where: { id: applicationId },
    include: { payments: true },
  });
  return {
    awarded: application.awardedMinor,
    paid: application.payments.reduce((total, payment) => total + payment.amountMinor, 0),
    status: application.status,
    potAwarded: page.awardedMinor,
    potPaid: page.paidMinor,
  };
}

beforeAll(async () => {
  await seedDemo(db());
  demo = await demoPanel();
  potId = demo.byGroup("Ukrainian Women's Association Riverside").potId;
  tomas = await actor("tomas@example.org");
  amina = await actor("amina@example.org");
  const application = await db().application.create({
    data: {
      reference: testReference(),
      potId,
      organisationId:
        demo.byGroup("Amal Women's Circle")?.organisationId ??
        (await db().organisation.findFirstOrThrow({ where: { name: "Amal Women's Circle" } })).id,
      status: "IN_REVIEW",
      requestedMinor: 200_000,
      submittedAt: new Date(),
      submittedById: await demo.userId("amina@example.org"),
    },
  });
  applicationId = application.id;
  await db().decision.create({
    data: { applicationId, potId, panelId: demo.panel.id, outcome: "AWARD", amountMinor: 200_000 },
  });
});

describe("an award becomes a grant", () => {
  it("is made with the decision: offered, a year long, one tranche and the round's check-ins", async () => {
    const drafts = await db().decision.findMany({ where: { potId, confirmedAt: null } });
    const result = await confirmDecisions(
      tomas,
      demo.panel,
      potId,
      drafts.map((draft) => ({ id: draft.id, revision: draft.revision })),
    );
    expect(result).toMatchObject({ ok: true });
    const grant = await db().grant.findUniqueOrThrow({
      where: { applicationId },
      include: { tranches: true, checkIns: { orderBy: { dueOn: "asc" } } },
    });
    grantId = grant.id;
    const confirmedAt = (await db().decision.findUniqueOrThrow({ where: { applicationId } }))
      .confirmedAt!;
    const day = confirmedAt.toISOString().slice(0, 10);
    expect(grant.status).toBe("OFFERED");
    expect(grant.startsOn.toISOString()).toBe(`${day}T12:00:00.000Z`);
    expect(grant.endsOn.getUTCFullYear()).toBe(grant.startsOn.getUTCFullYear() + 1);
    expect(grant.tranches.map((t) => t.amountMinor)).toEqual([200_000]);
    expect(grant.tranches[0]!.dueOn.getTime() - grant.startsOn.getTime()).toBe(14 * 86_400_000);
    expect(grant.checkIns.length).toBeGreaterThan(0);
    expect(grant.checkIns.at(-1)!.dueOn.toISOString().slice(0, 10)).toBe(
      grant.endsOn.toISOString().slice(0, 10),
    );
    const latest = await db().grantConditions.findFirst({
      where: { schemeId: demo.panel.round.schemeId },
      orderBy: { version: "desc" },
    });
    expect(grant.conditionsId).toBe(latest?.id ?? null);
    const email = await db().outboundEmail.findUniqueOrThrow({
      where: { dedupeKey: `application-decision:${applicationId}:AWARD` },
    });
    expect(email.textBody).toContain(`/grants/${grant.id}`);
    expect(email.textBody).toContain("اقرؤوا الشروط واقبلوها");
    expect(await potFigures()).toMatchObject({ awarded: 200_000, paid: 0 });
  });
});

describe("the group accepts", () => {
  it("cannot be paid before it accepted", async () => {
    const tranche = (await unpaid())[0]!;
    const result = await payTranche(tomas, {
      grantId,
      revision: await revision(),
      trancheId: tranche.id,
      paidOn: readDay(new Date().toISOString().slice(0, 10))!,
    });
    expect(result).toEqual({ ok: false, reason: "refused", refusal: { reason: "not-accepted" } });
  });

  it("records who, when, in which language and which version; again is harmless", async () => {
    const before = await grantNow();
    const accepted = await acceptGrant(amina, {
      grantId,
      conditionsId: before.conditionsId,
      locale: "ar",
    });
    expect(accepted).toEqual({ ok: true, already: false });
    const grant = await grantNow();
    expect(grant).toMatchObject({ status: "ACTIVE", acceptedById: amina.id, acceptedLocale: "ar" });
    expect(grant.acceptedAt).not.toBeNull();
    expect(grant.changes.map((change) => change.kind)).toEqual(["ACCEPTED"]);
    expect(
      await db().auditEvent.count({ where: { action: "grants.accepted", entityId: grantId } }),
    ).toBe(1);
    expect(
      await acceptGrant(amina, { grantId, conditionsId: before.conditionsId, locale: "ar" }),
    ).toEqual({
      ok: true,
      already: true,
    });
    expect(
      await db().auditEvent.count({ where: { action: "grants.accepted", entityId: grantId } }),
    ).toBe(1);
  });

  it("is the group's alone: staff cannot accept for it", async () => {
    const other = await db().grant.findFirstOrThrow({ where: { status: "OFFERED" } });
    expect(
      await acceptGrant(tomas, {
        grantId: other.id,
        conditionsId: other.conditionsId,
        locale: "en",
      }),
    ).toEqual({
      ok: false,
      reason: "forbidden",
    });
  });
});

describe("staff run the grant", () => {
  const due = (text: string) => readDay(text)!;
  /** Keeps the first unpaid tranche at 60,000 and plans the given amounts after it. */
  async function reschedule(rest: number[]) {
    const [first] = await unpaid();
    const months = ["2030-06-10", "2030-12-10"];
    return changeSchedule(tomas, {
      grantId,
      revision: await revision(),
      planned: [
        { id: first!.id, amountMinor: 60_000, dueOn: due("2030-01-10") },
        ...rest.map((amountMinor, index) => ({ amountMinor, dueOn: due(months[index]!) })),
      ],
      reason: "Three payments suit the group better",
    });
  }

  it("refuses a schedule that does not add up, saying by how much", async () => {
    const result = await reschedule([60_000]);
    expect(result).toEqual({
      ok: false,
      reason: "refused",
      refusal: { reason: "schedule", check: { ok: false, reason: "under", byMinor: 80_000 } },
    });
  });

  it("splits the award into three tranches and tells the group", async () => {
    const result = await reschedule([60_000, 80_000]);
    expect(result).toEqual({ ok: true });
    expect((await unpaid()).map((t) => t.amountMinor)).toEqual([60_000, 60_000, 80_000]);
    const email = await db().outboundEmail.findFirstOrThrow({
      where: { dedupeKey: { startsWith: `grant-schedule:${grantId}:` } },
    });
    expect(email).toMatchObject({ to: "amina@example.org", locale: "ar" });
    expect(email.textBody).toContain("Three payments suit the group better");
  });

  it("pays a tranche through the ledger, linking the payment; paying it twice is refused", async () => {
    const [first] = await unpaid();
    const stale = await revision();
    const paidOn = due("2026-12-01");
    expect(
      await payTranche(tomas, { grantId, revision: stale, trancheId: first!.id, paidOn }),
    ).toEqual({ ok: true });
    const tranche = await db().grantTranche.findUniqueOrThrow({
      where: { id: first!.id },
      include: { payment: true },
    });
    expect(tranche.payment).toMatchObject({ amountMinor: 60_000, applicationId, paidAt: paidOn });
    expect(await potFigures()).toMatchObject({ awarded: 200_000, paid: 60_000 });
    expect(
      await payTranche(tomas, {
        grantId,
        revision: await revision(),
        trancheId: first!.id,
        paidOn,
      }),
    ).toEqual({
      ok: false,
      reason: "refused",
      refusal: { reason: "tranche-paid" },
    });
    expect(await db().payment.count({ where: { applicationId } })).toBe(1);
  });

  it("pays a tranche once when two people mark it paid at the same moment", async () => {
    const [second] = await unpaid();
    const current = await revision();
    const paidOn = due("2026-12-02");
    const results = await Promise.all([
      payTranche(tomas, { grantId, revision: current, trancheId: second!.id, paidOn }),
      payTranche(tomas, { grantId, revision: current, trancheId: second!.id, paidOn }),
    ]);
    expect(results.filter((result) => result.ok)).toHaveLength(1);
    expect(await db().payment.count({ where: { applicationId } })).toBe(2);
    expect(await potFigures()).toMatchObject({ awarded: 200_000, paid: 120_000 });
  });

  it("varies the award down, never below what was paid, and the last tranche shrinks", async () => {
    const grant = await grantNow();
    const dates = { startsOn: grant.startsOn, endsOn: grant.endsOn };
    expect(
      await varyGrant(tomas, {
        grantId,
        revision: grant.revision,
        amountMinor: 100_000,
        ...dates,
        reason: "Less",
      }),
    ).toMatchObject({ ok: false, refusal: { reason: "below-paid", paidMinor: 120_000 } });
    const moved = readDay("2031-01-31")!;
    expect(
      await varyGrant(tomas, {
        grantId,
        revision: grant.revision,
        amountMinor: 150_000,
        startsOn: grant.startsOn,
        endsOn: moved,
        reason: "One activity was cancelled",
      }),
    ).toEqual({ ok: true });
    expect((await unpaid()).map((t) => t.amountMinor)).toEqual([30_000]);
    expect((await grantNow()).endsOn).toEqual(moved);
    expect(await potFigures()).toMatchObject({
      awarded: 150_000,
      paid: 120_000,
      potPaid: expect.any(Number),
    });
    const change = (await grantNow()).changes.find(
      (c) => c.reason === "One activity was cancelled",
    );
    expect(change?.kind).toBe("VARIED");
  });

  it("ends the grant early at what was paid, cancelling the rest", async () => {
    const before = await potFigures();
    expect(
      await endGrant(tomas, {
        grantId,
        revision: await revision(),
        kind: "end",
        reason: "The group closed",
      }),
    ).toEqual({ ok: true });
    const grant = await grantNow();
    expect(grant.status).toBe("ENDED_EARLY");
    expect(grant.tranches.filter((t) => t.cancelledAt).map((t) => t.amountMinor)).toEqual([30_000]);
    const after = await potFigures();
    expect(after).toMatchObject({ awarded: 120_000, paid: 120_000, status: "AWARDED" });
    expect(after.potAwarded).toBe(before.potAwarded - 30_000);
    expect(
      await endGrant(tomas, { grantId, revision: grant.revision, kind: "revoke", reason: "again" }),
    ).toMatchObject({ ok: false, refusal: { reason: "closed" } });
  });
});

describe("revoking", () => {
  it("takes the award back when nothing was paid", async () => {
    const grant = await db().grant.findFirstOrThrow({
      where: { status: "OFFERED", application: { organisation: { name: "Amal Women's Circle" } } },
    });
    expect(
      await endGrant(tomas, {
        grantId: grant.id,
        revision: grant.revision,
        kind: "revoke",
        reason: "Mistake",
      }),
    ).toEqual({
      ok: true,
    });
    const application = await db().application.findUniqueOrThrow({
      where: { id: grant.applicationId },
    });
    expect([application.status, application.awardedMinor]).toEqual(["DECLINED", null]);
    expect((await db().grant.findUniqueOrThrow({ where: { id: grant.id } })).status).toBe(
      "REVOKED",
    );
  });

  it("ends at what was paid when something was", async () => {
    const grant = await db().grant.findFirstOrThrow({
      where: { status: "ACTIVE", acceptedLocale: "uk" },
    });
    expect(
      await endGrant(tomas, {
        grantId: grant.id,
        revision: grant.revision,
        kind: "revoke",
        reason: "Funds misused",
      }),
    ).toEqual({
      ok: true,
    });
    const application = await db().application.findUniqueOrThrow({
      where: { id: grant.applicationId },
      include: { payments: true },
    });
    expect(application.awardedMinor).toBe(application.payments[0]!.amountMinor);
    expect((await db().grant.findUniqueOrThrow({ where: { id: grant.id } })).status).toBe(
      "REVOKED",
    );
  });

  it("is refused to a viewer", async () => {
    const helen = await actor("helen@example.org");
    const grant = await db().grant.findUniqueOrThrow({ where: { id: grantId } });
    expect(
      await endGrant(helen, { grantId, revision: grant.revision, kind: "revoke", reason: "x" }),
    ).toEqual({
      ok: false,
      reason: "forbidden",
    });
  });
});
