import { beforeAll, describe, expect, it } from "vitest";
import { seedDemo } from "../support/demo-world";
import * as rankingPage from "~/routes/panels.$panelId_.ranking";
import * as reviewPage from "~/routes/panels.$panelId_.applications.$applicationId_.review";
import * as reviewsPage from "~/routes/panels.$panelId_.applications.$applicationId_.reviews";
import { db } from "~/services/platform/db.server";
import { useTestDatabase } from "../support/database";
import { call, demoPanel, expectStatus, payload, signIns } from "../support/panels";

useTestDatabase();

const as = signIns();
let demo: Awaited<ReturnType<typeof demoPanel>>;
const centre = "Riverside Community Centre";
const association = "Ukrainian Women's Association Riverside";

type RankingPage = Awaited<ReturnType<typeof rankingPage.loader>>;
type Errors = { errors: Record<string, { key: string; values?: Record<string, unknown> }> };

const path = () => `/panels/${demo.panel.id}/ranking`;
const openRanking = async (email: string | null) =>
  call(rankingPage.loader, path(), { panelId: demo.panel.id }, await as(email));
const saveRanking = async (email: string | null, form: Record<string, string>) =>
  call(rankingPage.action, path(), { panelId: demo.panel.id }, await as(email), form);

async function submittedReview(email: string, group: string, status: "SUBMITTED" | "DRAFT") {
  const rubric = await db().rubricVersion.findFirstOrThrow({ where: { panelId: demo.panel.id } });
  const userId = await demo.userId(email);
  const applicationId = demo.byGroup(group).id;
  await db().reviewAssignment.create({ data: { panelId: demo.panel.id, applicationId, userId } });
  await db().review.create({
    data: {
      panelId: demo.panel.id,
      applicationId,
      userId,
      rubricVersionId: rubric.id,
      status,
      submittedAt: status === "SUBMITTED" ? new Date() : null,
    },
  });
}

beforeAll(async () => {
  await seedDemo(db());
  demo = await demoPanel();
  await db().panel.update({ where: { id: demo.panel.id }, data: { communityRanking: true } });
  await submittedReview("fatima@example.org", centre, "SUBMITTED");
  await submittedReview("fatima@example.org", association, "SUBMITTED");
});

describe("community ranking", () => {
  it("offers the applications she submitted reviews for, one place each", async () => {
    const page = (await openRanking("fatima@example.org")) as RankingPage;
    expect(page.applications.map((application) => application.id).sort()).toEqual(
      [demo.byGroup(centre).id, demo.byGroup(association).id].sort(),
    );
    expect(page.picks).toEqual([]);
  });

  it("saves her picks in order, audited, and shows them again", async () => {
    const first = demo.byGroup(association).id;
    const second = demo.byGroup(centre).id;
    const saved = await saveRanking("fatima@example.org", { "place-1": first, "place-2": second });
    expectStatus(saved, 302);
    const page = (await openRanking("fatima@example.org")) as RankingPage;
    expect(page.picks).toEqual([first, second]);
    const stored = await db().communityRanking.findFirstOrThrow({
      where: { panelId: demo.panel.id },
    });
    expect(stored.applicationIds).toEqual([first, second]);
    expect(
      await db().auditEvent.count({
        where: { action: "panels.ranking-saved", entityId: stored.id },
      }),
    ).toBe(1);
  });

  it("refuses the same application twice with a clear error, keeping her choices", async () => {
    const id = demo.byGroup(centre).id;
    const result = payload<Errors & { values: Record<string, string> }>(
      await saveRanking("fatima@example.org", { "place-1": id, "place-2": id }),
    );
    expect(result.status).toBe(400);
    expect(result.data.errors["place-2"]).toEqual({
      key: "panels:ranking.errors.duplicate",
      values: { place: 2, first: 1 },
    });
    expect(result.data.values).toEqual({ "place-1": id, "place-2": id });
  });

  it("never lets her rank an application she declared a conflict with", async () => {
    const conflicted = demo.byGroup(centre);
    await db().conflictDeclaration.create({
      data: {
        panelId: demo.panel.id,
        applicationId: conflicted.id,
        userId: await demo.userId("fatima@example.org"),
        kind: "FAMILY",
      },
    });
    const page = (await openRanking("fatima@example.org")) as RankingPage;
    expect(page.applications.map((application) => application.id)).toEqual([
      demo.byGroup(association).id,
    ]);
    expect(page.picks).toEqual([demo.byGroup(association).id]);
    const result = payload<Errors>(
      await saveRanking("fatima@example.org", { "place-1": conflicted.id }),
    );
    expect(result.status).toBe(400);
    expect(result.data.errors["place-1"]!.key).toBe("panels:ranking.errors.notRankable");
  });

  it("is only for community reviewers, and only when the panel asks for rankings", async () => {
    for (const email of [
      "nadia@example.org",
      "maria@example.org",
      "grace@example.org",
      "amina@example.org",
    ])
      expectStatus(await openRanking(email), 403);
    expectStatus(await openRanking(null), 302);
    await db().panel.update({ where: { id: demo.panel.id }, data: { communityRanking: false } });
    expectStatus(await openRanking("fatima@example.org"), 403);
    expectStatus(await saveRanking("fatima@example.org", {}), 403);
    await db().panel.update({ where: { id: demo.panel.id }, data: { communityRanking: true } });
  });
});

describe("another funder's staff", () => {
  beforeAll(async () => {
    const otto = await db().user.create({
      data: { email: "otto@other.example", name: "Otto Admin", locale: "en" },
    });
    await db().funder.create({
      data: {
        slug: "other-council",
        name: "Other Council",
        members: { create: [{ userId: otto.id, role: "ADMIN" }] },
      },
    });
  });

  it("gets 403 on the scoring, reviews and ranking pages", async () => {
    const applicationId = demo.byGroup(association).id;
    const params = { panelId: demo.panel.id, applicationId };
    const base = `/panels/${demo.panel.id}/applications/${applicationId}`;
    const cookie = await as("otto@other.example");
    expectStatus(await call(reviewPage.loader, `${base}/review`, params, cookie), 403);
    expectStatus(await call(reviewsPage.loader, `${base}/reviews`, params, cookie), 403);
    expectStatus(
      await call(reviewsPage.action, `${base}/reviews`, params, cookie, {
        intent: "reopen",
        reviewId: "x",
      }),
      403,
    );
    expectStatus(await openRanking("otto@other.example"), 403);
  });
});
