import { beforeAll, describe, expect, it } from "vitest";
import { loader as moderationLoader } from "~/routes/panels.$panelId_.pots.$potId._index";
import {
  action as suggestionAction,
  loader as suggestionLoader,
} from "~/routes/panels.$panelId_.pots.$potId.suggestion";
import {
  action as commentsAction,
  loader as commentsLoader,
} from "~/routes/panels.$panelId_.applications.$applicationId.comments";
import { loader as exportLoader } from "~/routes/fund.$funderId.schemes.$schemeId.rounds.$roundId.reviews[.]csv";
import { loader as panelPage } from "~/routes/panels.$panelId";
import { db } from "~/services/platform/db.server";
import { useTestDatabase } from "../support/database";
import { moderationRound } from "../support/moderation";
import { call, expectStatus, payload } from "../support/panels";

useTestDatabase();

type Setup = Awaited<ReturnType<typeof moderationRound>>;
type Page = Awaited<ReturnType<typeof moderationLoader>>;
type Person = keyof Setup["people"];

let setup: Setup;
beforeAll(async () => {
  setup = await moderationRound();
});

const cookieOf = (who: Person | null) => (who ? setup.cookie(setup.people[who]) : null);
const moderationPath = (potId = setup.params.potId, panelId = setup.params.panelId) =>
  `/panels/${panelId}/pots/${potId}`;
const openModeration = async (who: Person | null, potId = setup.params.potId) =>
  call(
    moderationLoader,
    moderationPath(potId),
    { panelId: setup.params.panelId, potId },
    await cookieOf(who),
  );
const moderation = async (who: Person) => (await openModeration(who)) as Page;
const suggestionPath = () => `${moderationPath()}/suggestion`;
const suggestionOf = async (who: Person) =>
  (
    (await call(
      suggestionLoader,
      suggestionPath(),
      { panelId: setup.params.panelId, potId: setup.params.potId },
      await cookieOf(who),
    )) as Awaited<ReturnType<typeof suggestionLoader>>
  ).suggestion;

describe("moderating a pot", () => {
  it("ranks applications by weighted mean score from the reviews that count", async () => {
    const page = await moderation("staff");
    const { a, b, c, d } = setup.applications;
    // The application still waiting for screening is not listed.
    expect(page.rows.map((row) => row.id)).toEqual([b.id, c.id, a.id, d.id]);
    expect(page.rows.map((row) => row.rank)).toEqual([1, 2, 3, null]);
    const row = (id: string) => page.rows.find((candidate) => candidate.id === id)!;
    // The excluded review (1, 1) is left out; A is the mean of 75 and 25.
    expect(row(a.id).score).toBe(50);
    expect(row(a.id).reviewsIn).toBe(2);
    expect(row(a.id).criterionMeans).toEqual({ c1: 3, c2: 3 });
    // The removed member's submitted review counts; the draft (1, 1) does not.
    expect(row(c.id).score).toBe(87.5);
    expect(row(c.id).reviewsIn).toBe(2);
    expect(row(c.id).criterionMeans).toEqual({ c1: 5, c2: 3.5 });
    expect(row(d.id).score).toBeNull();
    expect(page.reviewsNeeded).toBe(2);
  });

  it("flags strong disagreement at the panel's threshold", async () => {
    const page = await moderation("staff");
    const flagged = page.rows.filter((row) => row.disagreement).map((row) => row.id);
    expect(flagged).toEqual([setup.applications.a.id]);
  });

  it("shows the amount asked and who meets the floor rule", async () => {
    const page = await moderation("staff");
    const row = (id: string) => page.rows.find((candidate) => candidate.id === id)!;
    expect(row(setup.applications.a.id).meetsFloorRule).toBe(true);
    expect(row(setup.applications.b.id).meetsFloorRule).toBe(false);
    expect(row(setup.applications.c.id).requestedMinor).toBe(40_000);
    expect(page.money).toEqual({ budgetMinor: 100_000, awardedMinor: 0, remainingMinor: 100_000 });
  });

  it("hides from a conflicted chair the rows she declared, and tells her how many", async () => {
    const page = await moderation("chair");
    expect(page.hidden).toBe(1);
    expect(page.rows.map((row) => row.id)).not.toContain(setup.applications.c.id);
    expect(JSON.stringify(page)).not.toContain(setup.applications.c.reference);
    expect(page.rows).toHaveLength(3);
    expect((await moderation("staff")).hidden).toBe(0);
  });

  it("shows names to staff always, and to the chair only when the panel does not review blind", async () => {
    expect((await moderation("chair")).rows[0]!.organisation).toBe("Bridge Builders");
    await db().panel.update({ where: { id: setup.panel.id }, data: { blindReview: true } });
    try {
      const chairPage = await moderation("chair");
      expect(chairPage.rows.every((row) => row.organisation === null)).toBe(true);
      expect(JSON.stringify(chairPage)).not.toContain("Bridge Builders");
      expect((await moderation("staff")).rows[0]!.organisation).toBe("Bridge Builders");
    } finally {
      await db().panel.update({ where: { id: setup.panel.id }, data: { blindReview: false } });
    }
  });

  it("refuses reviewers who are not the chair, an applicant, another funder's staff", async () => {
    for (const who of ["reviewer", "community", "owner", "otherStaff"] as const)
      expectStatus(await openModeration(who), 403);
  });

  it("sends a signed-out visitor to sign in", async () => {
    const result = await openModeration(null);
    expectStatus(result, 302);
    expect((result as Response).headers.get("Location")).toMatch(/^\/sign-in/);
  });

  it("refuses a pot the panel does not cover, and a panel swapped in from another funder", async () => {
    expectStatus(await openModeration("staff", setup.otherPot.id), 403);
    expectStatus(await openModeration("chair", setup.otherPot.id), 403);
    const foreign = await db().panel.create({
      data: { roundId: setup.round.id, name: "Another", pots: { create: [] } },
    });
    expectStatus(
      await call(
        moderationLoader,
        moderationPath(setup.params.potId, foreign.id),
        { panelId: foreign.id, potId: setup.params.potId },
        await cookieOf("otherStaff"),
      ),
      403,
    );
  });

  it("links the chair to each pot her panel covers, and nobody else", async () => {
    const open = async (who: Person) =>
      (await call(
        panelPage,
        `/panels/${setup.panel.id}`,
        { panelId: setup.panel.id },
        await cookieOf(who),
      )) as Awaited<ReturnType<typeof panelPage>>;
    expect((await open("chair")).moderation!.map((pot) => pot.id)).toEqual([setup.pot.id]);
    expect((await open("reviewer")).moderation).toBeNull();
  });
});

describe("the suggested funding set", () => {
  it("meets the floor, and says what that costs against funding by score alone", async () => {
    const suggestion = await suggestionOf("staff");
    const { a, b, c } = setup.applications;
    // By score alone B and C fit (€900); 60% for groups led by their community leaves only A.
    expect(suggestion.floorsMet).toBe(true);
    expect(suggestion.awards.map((award) => [award.id, award.amountMinor])).toEqual([
      [a.id, 50_000],
    ]);
    expect(suggestion.broughtIn.map((item) => item.id)).toEqual([a.id]);
    expect(suggestion.leftOut.map((item) => item.id).sort()).toEqual([b.id, c.id].sort());
  });

  it("leaves out of the chair's suggestion the application she is conflicted on", async () => {
    const suggestion = await suggestionOf("chair");
    expect(JSON.stringify(suggestion)).not.toContain(setup.applications.c.id);
  });

  it("is for the chair and staff only, on the pots the panel covers", async () => {
    const open = async (who: Person | null, potId = setup.params.potId) =>
      call(
        suggestionLoader,
        `${moderationPath(potId)}/suggestion`,
        { panelId: setup.params.panelId, potId },
        await cookieOf(who),
      );
    for (const who of ["reviewer", "community", "owner", "otherStaff"] as const)
      expectStatus(await open(who), 403);
    expectStatus(await open("staff", setup.otherPot.id), 403);
    expectStatus(await open(null), 302);
  });

  it("lets a funder viewer read the table but neither decide nor draft", async () => {
    const viewer = await db().user.create({
      data: { email: `viewer-${setup.round.id}@example.org`, name: "Viewer" },
    });
    await db().funderMember.create({
      data: { funderId: setup.funder.id, userId: viewer.id, role: "VIEWER" },
    });
    const cookie = await setup.cookie(viewer);
    const params = { panelId: setup.params.panelId, potId: setup.params.potId };
    const page = (await call(moderationLoader, moderationPath(), params, cookie)) as Page;
    expect(page.rows).toHaveLength(4);
    expect(page.rows.every((row) => !row.canDecide)).toBe(true);
    expectStatus(
      await call(suggestionAction, suggestionPath(), params, cookie, { fingerprint: "" }),
      403,
    );
  });

  it("refuses to draft from a suggestion that changed since it was shown", async () => {
    const result = payload<{ errors: Record<string, { key: string }> }>(
      await call(
        suggestionAction,
        suggestionPath(),
        { panelId: setup.params.panelId, potId: setup.params.potId },
        await cookieOf("staff"),
        { fingerprint: "something else" },
      ),
    );
    expect(result.status).toBe(409);
    expect(result.data.errors.suggestion!.key).toBe("panels:moderation.suggestion.errors.changed");
    expect(await db().decision.count({ where: { potId: setup.pot.id } })).toBe(0);
  });

  it("refuses a reviewer and a viewer-less stranger trying to adopt it", async () => {
    for (const who of ["reviewer", "otherStaff", "owner"] as const)
      expectStatus(
        await call(
          suggestionAction,
          suggestionPath(),
          { panelId: setup.params.panelId, potId: setup.params.potId },
          await cookieOf(who),
          { fingerprint: "" },
        ),
        403,
      );
  });

  it("drafts awards for the suggested applications, once, and audits it", async () => {
    const suggestion = await suggestionOf("staff");
    const adopt = async () =>
      call(
        suggestionAction,
        suggestionPath(),
        { panelId: setup.params.panelId, potId: setup.params.potId },
        await cookieOf("staff"),
        { fingerprint: suggestion.fingerprint },
      );
    const first = await adopt();
    expectStatus(first, 302);
    expect((first as Response).headers.get("Location")).toContain("adopted=1&kept=0");
    const decision = await db().decision.findUniqueOrThrow({
      where: { applicationId: setup.applications.a.id },
    });
    expect(decision).toMatchObject({
      outcome: "AWARD",
      amountMinor: 50_000,
      potId: setup.pot.id,
      panelId: setup.panel.id,
      draftedById: setup.people.staff.id,
      confirmedAt: null,
    });
    const second = await adopt();
    expect((second as Response).headers.get("Location")).toContain("adopted=0&kept=1");
    expect((await db().decision.findUniqueOrThrow({ where: { id: decision.id } })).revision).toBe(
      0,
    );
    expect(
      await db().auditEvent.count({
        where: { action: "panels.suggestion-adopted", entityId: setup.panel.id },
      }),
    ).toBe(2);

    const page = await moderation("staff");
    expect(page.rows.find((row) => row.id === setup.applications.a.id)!.decision).toEqual({
      outcome: "AWARD",
      amountMinor: 50_000,
      confirmed: false,
    });
    expect(page.ifDrafted).toEqual({
      draftedMinor: 50_000,
      remainingAfterMinor: 50_000,
      floor: { basisPoints: 6000, achievedBasisPoints: 10_000, met: true },
    });
  });
});

describe("comments for the panel", () => {
  const path = (applicationId: string) =>
    `/panels/${setup.panel.id}/applications/${applicationId}/comments`;
  const open = async (who: Person, applicationId: string) =>
    call(
      commentsLoader,
      path(applicationId),
      { panelId: setup.panel.id, applicationId },
      await cookieOf(who),
    );
  const post = async (who: Person, applicationId: string, body: string) =>
    call(
      commentsAction,
      path(applicationId),
      { panelId: setup.panel.id, applicationId },
      await cookieOf(who),
      { body },
    );

  it("lets a reviewer of the application add a comment, listed with her name and role", async () => {
    const added = await post("reviewer", setup.applications.a.id, "  The budget is thin.  ");
    expectStatus(added, 302);
    const page = (await open("chair", setup.applications.a.id)) as Awaited<
      ReturnType<typeof commentsLoader>
    >;
    expect(page.comments).toEqual([
      expect.objectContaining({ body: "The budget is thin.", author: "Reviewer", role: "MEMBER" }),
    ]);
    expect(await db().auditEvent.count({ where: { action: "panels.comment-added" } })).toBe(1);
  });

  it("marks staff comments as the funder's", async () => {
    expectStatus(await post("staff", setup.applications.a.id, "Checked the accounts."), 302);
    const page = (await open("reviewer", setup.applications.a.id)) as Awaited<
      ReturnType<typeof commentsLoader>
    >;
    expect(page.comments.at(-1)).toMatchObject({ author: "Officer", role: "STAFF" });
  });

  it("says what is wrong with an empty or too long comment, and keeps what was typed", async () => {
    const empty = payload<{ errors: Record<string, { key: string }> }>(
      await post("reviewer", setup.applications.a.id, "   "),
    );
    expect(empty.status).toBe(400);
    expect(empty.data.errors.body!.key).toBe("panels:comments.errors.empty");
    const long = "x".repeat(2001);
    const tooLong = payload<{
      errors: Record<string, { key: string }>;
      values: Record<string, string>;
    }>(await post("reviewer", setup.applications.a.id, long));
    expect(tooLong.data.errors.body!.key).toBe("panels:comments.errors.tooLong");
    expect(tooLong.data.values.body).toBe(long);
  });

  it("refuses a conflicted chair, an unassigned reviewer, an applicant and another funder", async () => {
    const { c, d } = setup.applications;
    expectStatus(await open("chair", c.id), 403);
    expectStatus(await post("chair", c.id, "Hello"), 403);
    expectStatus(await open("reviewer", d.id), 403);
    expectStatus(await post("reviewer", d.id, "Hello"), 403);
    for (const who of ["owner", "otherStaff"] as const) {
      expectStatus(await open(who, setup.applications.a.id), 403);
      expectStatus(await post(who, setup.applications.a.id, "Hello"), 403);
    }
    expect(await db().panelComment.count({ where: { applicationId: { in: [c.id, d.id] } } })).toBe(
      0,
    );
  });
});

describe("people from elsewhere", () => {
  it("refuses the chair of another panel of the same round, on moderation and comments", async () => {
    const other = await db().user.create({
      data: { email: `other-chair-${setup.round.id}@example.org`, name: "Other chair" },
    });
    const otherPanel = await db().panel.create({
      data: {
        roundId: setup.round.id,
        name: "Second panel",
        pots: { create: [{ potId: setup.otherPot.id }] },
        members: { create: [{ userId: other.id, role: "CHAIR" }] },
      },
    });
    const cookie = await setup.cookie(other);
    const { potId, panelId } = setup.params;
    expectStatus(await call(moderationLoader, moderationPath(), { panelId, potId }, cookie), 403);
    // Her own panel does not open this pot, nor this panel's applications.
    expectStatus(
      await call(
        moderationLoader,
        moderationPath(potId, otherPanel.id),
        { panelId: otherPanel.id, potId },
        cookie,
      ),
      403,
    );
    const applicationId = setup.applications.a.id;
    for (const id of [panelId, otherPanel.id])
      expectStatus(
        await call(
          commentsLoader,
          `/panels/${id}/applications/${applicationId}/comments`,
          { panelId: id, applicationId },
          cookie,
        ),
        403,
      );
  });

  it("refuses another funder's staff who put their own funder in the address", async () => {
    const stranger = await db().funderMember.findFirstOrThrow({
      where: { userId: setup.people.otherStaff.id },
    });
    const params = { ...setup.params, funderId: stranger.funderId };
    expectStatus(
      await call(
        exportLoader,
        `/fund/${stranger.funderId}/schemes/${setup.scheme.id}/rounds/${setup.round.id}/reviews.csv`,
        params,
        await cookieOf("otherStaff"),
      ),
      403,
    );
  });
});

describe("the round's reviews spreadsheet", () => {
  const csvPath = () =>
    `/fund/${setup.funder.id}/schemes/${setup.scheme.id}/rounds/${setup.round.id}/reviews.csv`;
  const download = async (cookie: string | null, params = setup.params) =>
    call(exportLoader, csvPath(), params, cookie);

  it("has one row per submitted review, with the decision, safe to open in a spreadsheet", async () => {
    const response = (await download(await cookieOf("staff"))) as Response;
    expect(response.headers.get("Content-Type")).toContain("text/csv");
    expect(response.headers.get("Content-Disposition")).toBe(
      'attachment; filename="reviews-2027.csv"',
    );
    const text = await response.text();
    const lines = text
      .replace(/^\uFEFF/, "")
      .trim()
      .split("\r\n");
    expect(lines[0]).toBe(
      "Panel,Pot,Reference,Group,Reviewer,Role,Need,Plan,Weighted total (out of 100),Recommendation,Left out of the score,Decision,Amount (EUR),Decision confirmed",
    );
    // Seven submitted reviews (the excluded one among them, marked); the draft is not a row.
    expect(lines).toHaveLength(1 + 7);
    const { a, c } = setup.applications;
    expect(lines.filter((line) => line.includes(a.reference))).toContainEqual(
      `Moderation panel,Open pot,${a.reference},Amal Women's Circle,Reviewer,Member,4,4,75,Fund,No,Award,500.00,No`,
    );
    expect(lines.some((line) => line.includes(",Yes,Award,"))).toBe(true);
    // A group name that a spreadsheet would run as a formula is neutralised.
    const cRow = lines.find((line) => line.includes(c.reference))!;
    expect(cRow).toContain(`"'=HYPERLINK(""http://evil.example"",""Click"")"`);
    expect(
      await db().auditEvent.count({
        where: { action: "panels.export-downloaded", entityId: setup.round.id },
      }),
    ).toBe(1);
  });

  it("leaves out the rows of an application the requester declared a conflict with", async () => {
    const admin = await db().user.create({
      data: { email: `admin-${setup.round.id}@example.org`, name: "Admin" },
    });
    await db().funderMember.create({
      data: { funderId: setup.funder.id, userId: admin.id, role: "ADMIN" },
    });
    await db().panelMember.create({
      data: { panelId: setup.panel.id, userId: admin.id, role: "MEMBER" },
    });
    await db().conflictDeclaration.create({
      data: {
        panelId: setup.panel.id,
        userId: admin.id,
        applicationId: setup.applications.b.id,
        kind: "FAMILY",
      },
    });
    const text = await ((await download(await setup.cookie(admin))) as Response).text();
    expect(text).not.toContain(setup.applications.b.reference);
    expect(text).not.toContain("Bridge Builders");
    expect(text).toContain(setup.applications.a.reference);
  });

  it("refuses another funder's staff, a panel chair, an applicant and a signed-out visitor", async () => {
    for (const who of ["otherStaff", "chair", "owner"] as const)
      expectStatus(await download(await cookieOf(who)), 403);
    expectStatus(await download(null), 302);
  });
});
