import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { loader as rootLoader } from "~/root";
import { loader as funderDashboardLoader } from "~/routes/fund.$funderId._index";
import { loader as myWorkLoader } from "~/routes/my";
import { db } from "~/services/platform/db.server";
import { loadRoundLedger, loadRoundLedgers } from "~/services/schemes/ledger.server";
import { useTestDatabase } from "../support/database";
import { createOpenRound, createUser, testReference } from "../support/fixtures";
import { makeRequest, run, signedInCookie } from "../support/requests";

useTestDatabase();

const DAY = 24 * 60 * 60 * 1000;
const groupAnswers = {
  about: "We meet every week to practise English and share meals.",
  registered: "no",
};
const budgetAnswers = { "budget.0.item": "Room hire", "budget.0.amount": "1200" };

type MyWork = Awaited<ReturnType<typeof myWorkLoader>>;
type Dashboard = Awaited<ReturnType<typeof funderDashboardLoader>>;

async function as<T>(
  userId: string,
  loader: (args: never) => Promise<T>,
  path: string,
  params: Record<string, string> = {},
) {
  const cookie = await signedInCookie(userId);
  return run(loader as never, makeRequest(path, { cookie }), params) as Promise<T | Response>;
}

async function application(
  potId: string,
  organisationId: string,
  data: Record<string, unknown> = {},
) {
  return db().application.create({
    data: { potId, organisationId, reference: testReference(), answers: {}, ...data },
  });
}

describe("My work", () => {
  it("puts her draft first with its deadline in the scheme's time zone and the next step, and offers no new group profile", async () => {
    const { scheme, form, pot, owner, organisation } = await createOpenRound({
      closesInMs: 3 * DAY,
    });
    await db().scheme.update({ where: { id: scheme.id }, data: { timeZone: "Europe/Dublin" } });
    const draft = await application(pot.id, organisation.id, {
      formVersionId: form.id,
      answers: groupAnswers,
      completedSections: ["group"],
    });
    const sent = await application(pot.id, organisation.id, {
      status: "SUBMITTED",
      submittedAt: new Date(),
    });

    const work = (await as(owner.id, myWorkLoader, "/my")) as MyWork;

    expect(work.drafts).toHaveLength(1);
    const [first] = work.drafts;
    expect(first).toMatchObject({
      id: draft.id,
      timeZone: "Europe/Dublin",
      organisation: "Amal Women's Circle",
    });
    expect(first!.scheme.text).toBe("Together");
    const round = await db().round.findUniqueOrThrow({ where: { id: pot.roundId } });
    expect(first!.closesAt).toBe(round.closesAt.toISOString());
    expect(first!.next).toEqual({
      to: `/applications/${draft.id}`,
      ready: false,
      done: 1,
      total: 2,
    });
    expect(work.sent.map((a) => [a.id, a.status.key])).toEqual([
      [sent.id, "applications:status.submitted"],
    ]);
    expect(work.offerGroupProfile).toBe(false);
  });

  it("sends her to check her answers once every part is complete", async () => {
    const { form, pot, owner, organisation } = await createOpenRound();
    const draft = await application(pot.id, organisation.id, {
      formVersionId: form.id,
      answers: { ...groupAnswers, ...budgetAnswers },
      completedSections: ["group", "money"],
    });

    const work = (await as(owner.id, myWorkLoader, "/my")) as MyWork;

    expect(work.drafts.find((d) => d.id === draft.id)?.next).toMatchObject({
      to: `/applications/${draft.id}/check`,
      ready: true,
    });
  });

  it("lists only her own groups' drafts, and none whose round has closed", async () => {
    const mine = await createOpenRound();
    const theirs = await createOpenRound();
    const closed = await createOpenRound({ opensInMs: -10 * DAY, closesInMs: -DAY });
    await db().organisationMember.create({
      data: { organisationId: closed.organisation.id, userId: mine.owner.id, role: "MEMBER" },
    });
    const own = await application(mine.pot.id, mine.organisation.id, {
      formVersionId: mine.form.id,
    });
    await application(theirs.pot.id, theirs.organisation.id, { formVersionId: theirs.form.id });
    await application(closed.pot.id, closed.organisation.id, { formVersionId: closed.form.id });

    const work = (await as(mine.owner.id, myWorkLoader, "/my")) as MyWork;

    expect(work.drafts.map((d) => d.id)).toEqual([own.id]);
  });

  it("offers a group profile to someone with no group, and shows invitations waiting for her", async () => {
    const { organisation, owner } = await createOpenRound();
    const newcomer = await createUser("Sahar", "fa");
    const invitation = (tokenHash: string, extra: Record<string, unknown> = {}) =>
      db().organisationInvitation.create({
        data: {
          organisationId: organisation.id,
          email: newcomer.email,
          role: "MEMBER",
          tokenHash,
          invitedById: owner.id,
          locale: "fa",
          expiresAt: new Date(Date.now() + 5 * DAY),
          ...extra,
        },
      });
    await invitation(randomBytes(16).toString("hex"));
    await invitation(randomBytes(16).toString("hex"), { revokedAt: new Date() });
    await invitation(randomBytes(16).toString("hex"), { expiresAt: new Date(Date.now() - DAY) });

    const work = (await as(newcomer.id, myWorkLoader, "/my")) as MyWork;

    expect(work.offerGroupProfile).toBe(true);
    expect(work.drafts).toEqual([]);
    expect(work.invitations).toHaveLength(1);
    expect(work.invitations[0]).toMatchObject({
      organisation: "Amal Women's Circle",
      inviter: "Amina",
      email: newcomer.email,
      role: "MEMBER",
    });
  });

  it("does not offer funder staff a group profile", async () => {
    const { staff } = await createOpenRound();
    const work = (await as(staff.id, myWorkLoader, "/my")) as MyWork;
    expect(work.offerGroupProfile).toBe(false);
    expect(work.funders).toHaveLength(1);
  });
});

/** A round with two pots (one keeping 60% for by-and-for groups), and applications in every state. */
async function fundedRound() {
  const setup = await createOpenRound({ closesInMs: 3 * DAY });
  const { round, pot, organisation } = setup;
  await db().pot.update({
    where: { id: pot.id },
    data: {
      amountMinor: 600_000,
      floorBasisPoints: 6000,
      floorRule: { type: "byAndFor", minLeadershipPercent: 0 },
    },
  });
  const second = await db().pot.create({
    data: {
      roundId: round.id,
      name: { en: "Second pot" },
      description: { en: "" },
      amountMinor: 400_000,
      minGrantMinor: 10_000,
      maxGrantMinor: 400_000,
      eligibility: [],
      position: 1,
    },
  });
  const charity = await db().organisation.create({
    data: { name: "Big Charity", legalForm: "REGISTERED_CHARITY" },
  });
  await application(pot.id, organisation.id, { formVersionId: setup.form.id });
  await application(second.id, charity.id, { formVersionId: setup.form.id });
  await application(pot.id, organisation.id, {
    status: "SUBMITTED",
    requestedMinor: 100_000,
    submittedAt: new Date(),
  });
  await application(second.id, charity.id, {
    status: "IN_REVIEW",
    requestedMinor: 250_000,
    recommendedMinor: 200_000,
    submittedAt: new Date(),
  });
  const awarded = await application(second.id, charity.id, {
    status: "AWARDED",
    requestedMinor: 300_000,
    awardedMinor: 300_000,
    meetsFloorRule: false,
    submittedAt: new Date(),
  });
  await db().payment.create({
    data: { applicationId: awarded.id, amountMinor: 50_000, paidAt: new Date() },
  });
  await application(pot.id, organisation.id, {
    status: "WITHDRAWN",
    requestedMinor: 90_000,
    submittedAt: new Date(),
  });
  return { ...setup, second, awarded };
}

describe("The funder dashboard", () => {
  it("counts drafts and sent applications per round and shows its money against the budget", async () => {
    const { funder, staff, round } = await fundedRound();

    const page = (await as(staff.id, funderDashboardLoader, `/fund/${funder.id}`, {
      funderId: funder.id,
    })) as Dashboard;

    expect(page.rounds).toHaveLength(1);
    const [shown] = page.rounds;
    expect(shown).toMatchObject({ id: round.id, state: "open", drafts: 2, sent: 3 });
    expect(shown!.money).toEqual({
      budgetMinor: 1_000_000,
      requestedMinor: 650_000,
      awardedMinor: 300_000,
      remainingMinor: 700_000,
    });
    expect(shown!.floors).toHaveLength(1);
    expect(shown!.floors[0]).toMatchObject({
      met: false,
      roundAwardedMinor: 300_000,
      shortfallMinor: 180_000,
    });
  });

  it("gives the same money as the round's own ledger page", async () => {
    const { round } = await fundedRound();
    const full = await loadRoundLedger(round.id);
    const summed = await loadRoundLedgers([
      { id: round.id, budgetMinor: full!.round.budgetMinor, pots: full!.round.pots },
    ]);
    expect(summed.get(round.id)!.ledger).toEqual(full!.ledger);
  });

  it("lists what needs attention: drafts before a close, a missed floor, a round without a form, waiting suggestions", async () => {
    const { funder, staff, scheme, round, form } = await fundedRound();
    const upcoming = await db().round.create({
      data: {
        schemeId: scheme.id,
        name: { en: "Autumn" },
        opensAt: new Date(Date.now() + 20 * DAY),
        closesAt: new Date(Date.now() + 50 * DAY),
        budgetMinor: 500_000,
      },
    });
    const draftForm = await db().formVersion.create({
      data: {
        schemeId: scheme.id,
        version: 2,
        status: "CONSULTATION",
        definition: form.definition ?? {},
      },
    });
    await db().formSuggestion.createMany({
      data: [
        {
          formVersionId: draftForm.id,
          authorId: staff.id,
          kind: "COMMENT",
          locale: "ar",
          text: "أوضح",
        },
        {
          formVersionId: draftForm.id,
          authorId: staff.id,
          kind: "COMMENT",
          locale: "ar",
          text: "شكرًا",
          status: "ACCEPTED",
          reply: "Done",
        },
      ],
    });

    const page = (await as(staff.id, funderDashboardLoader, `/fund/${funder.id}`, {
      funderId: funder.id,
    })) as Dashboard;

    expect(page.attention.map((item) => item.kind)).toEqual([
      "closing-with-drafts",
      "no-form",
      "floor-short",
      "suggestions",
    ]);
    expect(page.attention[0]).toMatchObject({ roundId: round.id, drafts: 2 });
    expect(page.attention[1]).toMatchObject({ roundId: upcoming.id });
    expect(page.attention[3]).toMatchObject({ versionId: draftForm.id, count: 1 });
    expect(page.forms).toEqual([
      expect.objectContaining({ id: draftForm.id, version: 2, count: 1 }),
    ]);
    expect(page.rounds.map((r) => [r.id, r.state])).toEqual([
      [round.id, "open"],
      [upcoming.id, "upcoming"],
    ]);
  });

  it("never shows another funder's rounds, and refuses another funder's staff", async () => {
    const ours = await fundedRound();
    const theirs = await createOpenRound();
    await application(theirs.pot.id, theirs.organisation.id, { formVersionId: theirs.form.id });

    const page = (await as(theirs.staff.id, funderDashboardLoader, `/fund/${theirs.funder.id}`, {
      funderId: theirs.funder.id,
    })) as Dashboard;
    expect(page.rounds.map((r) => r.id)).toEqual([theirs.round.id]);
    expect(page.rounds[0]).toMatchObject({ drafts: 1, sent: 0 });

    const refused = await as(theirs.staff.id, funderDashboardLoader, `/fund/${ours.funder.id}`, {
      funderId: ours.funder.id,
    });
    expect(refused).toBeInstanceOf(Response);
    expect((refused as Response).status).toBe(403);
    const applicant = await as(ours.owner.id, funderDashboardLoader, `/fund/${ours.funder.id}`, {
      funderId: ours.funder.id,
    });
    expect((applicant as Response).status).toBe(403);
  });
});

describe("Header links", () => {
  type Root = { navigation: { to: string; label: string }[] };
  const navigation = async (userId: string | null) => {
    const cookie = userId ? await signedInCookie(userId) : null;
    return ((await run(rootLoader as never, makeRequest("/", { cookie }))) as Root).navigation;
  };

  it("give each role the links that lead somewhere for it", async () => {
    const { funder, staff, owner, round } = await createOpenRound();
    const panel = await db().panel.create({
      data: { roundId: round.id, name: "2027 review panel" },
    });
    const reviewer = await createUser("Nadia", "fa");
    await db().panelMember.create({
      data: { panelId: panel.id, userId: reviewer.id, role: "CHAIR" },
    });
    const newcomer = await createUser("Sahar", "fa");

    expect(await navigation(owner.id)).toEqual([
      { to: "/applications", label: "layout.applications" },
    ]);
    expect(await navigation(staff.id)).toEqual([
      { to: `/fund/${funder.id}`, label: "layout.funderDashboard" },
    ]);
    expect(await navigation(reviewer.id)).toEqual([
      { to: `/panels/${panel.id}`, label: "layout.panel" },
    ]);
    expect(await navigation(newcomer.id)).toEqual([]);
    expect(await navigation(null)).toEqual([]);
  });
});
