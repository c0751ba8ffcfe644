import { beforeAll, describe, expect, it } from "vitest";
import { seedDemo } from "../support/demo-world";
import { moveCriterion } from "~/domain/panels/rubric";
import * as reviewPage from "~/routes/panels.$panelId_.applications.$applicationId_.review";
import * as reviewAutosave from "~/routes/panels.$panelId_.applications.$applicationId_.review_.autosave";
import * as reviewsPage from "~/routes/panels.$panelId_.applications.$applicationId_.reviews";
import { getUser } from "~/services/access/permissions.server";
import { editRubric } from "~/services/panels/rubric.server";
import { db } from "~/services/platform/db.server";
import { useTestDatabase } from "../support/database";
import { call, demoPanel, expectStatus, payload, signIns } from "../support/panels";
import { makeRequest } from "../support/requests";

useTestDatabase();

const as = signIns();
let demo: Awaited<ReturnType<typeof demoPanel>>;
const centre = "Riverside Community Centre";
const association = "Ukrainian Women's Association Riverside";

type ReviewPage = Awaited<ReturnType<typeof reviewPage.loader>>;
type ReviewsPage = Awaited<ReturnType<typeof reviewsPage.loader>>;
type Problem = {
  problem: "invalid" | "conflict";
  errors?: Record<string, { key: string }>;
  values: { scores: Record<string, string>; comments: Record<string, string> };
  revision: number;
};

const applicationId = () => demo.byGroup(centre).id;
const reviewPath = (id = applicationId()) => `/panels/${demo.panel.id}/applications/${id}/review`;
const params = (id = applicationId(), panelId = demo.panel.id) => ({
  panelId,
  applicationId: id,
});

const openReview = async (email: string | null, id = applicationId(), panelId = demo.panel.id) =>
  call(reviewPage.loader, reviewPath(id), params(id, panelId), await as(email));
const postReview = async (
  email: string | null,
  form: Record<string, string>,
  id = applicationId(),
  panelId = demo.panel.id,
) => call(reviewPage.action, reviewPath(id), params(id, panelId), await as(email), form);
const autosave = async (email: string, form: Record<string, string>) =>
  call(
    reviewAutosave.action,
    `${reviewPath()}/autosave`,
    params(),
    await as(email),
    form,
  ) as Promise<Response>;
const openReviews = async (email: string | null, query = "", id = applicationId()) =>
  call(
    reviewsPage.loader,
    `/panels/${demo.panel.id}/applications/${id}/reviews${query}`,
    params(id),
    await as(email),
  );
const postReviews = async (email: string | null, form: Record<string, string>) =>
  call(
    reviewsPage.action,
    `/panels/${demo.panel.id}/applications/${applicationId()}/reviews`,
    params(),
    await as(email),
    form,
  );

const fullSheet = {
  "score-c1": "4",
  "score-c2": "3",
  "score-c3": "5",
  "score-c4": "2",
  "comment-c1": "A clear plan with named volunteers.",
  overallComment: "Worth funding.",
  recommendation: "FUND",
};

async function reviewOf(email: string) {
  return db().review.findUnique({
    where: {
      panelId_applicationId_userId: {
        panelId: demo.panel.id,
        applicationId: applicationId(),
        userId: await demo.userId(email),
      },
    },
    include: { rubricVersion: true },
  });
}

async function assign(email: string, id = applicationId()) {
  await db().reviewAssignment.create({
    data: { panelId: demo.panel.id, applicationId: id, userId: await demo.userId(email) },
  });
}

beforeAll(async () => {
  await seedDemo(db());
  demo = await demoPanel();
  await assign("fatima@example.org");
  await assign("maria@example.org");
  await assign("maria@example.org", demo.byGroup(association).id);
});

describe("scoring an application", () => {
  it("shows the rubric in her language, every score with what it means, and no review yet", async () => {
    const page = (await openReview("fatima@example.org")) as ReviewPage;
    expect(page.criteria.map((criterion) => criterion.id)).toEqual(["c1", "c2", "c3", "c4"]);
    expect(page.criteria[0]!.descriptors["1"]).toBeDefined();
    expect(page.status).toBe("DRAFT");
    expect(page.revision).toBe(0);
    expect(page.values.scores).toEqual({});
    const arabic = (await call(
      reviewPage.loader,
      `${reviewPath()}?lng=ar`,
      params(),
      await as("fatima@example.org"),
    )) as ReviewPage;
    expect(arabic.locale).toBe("ar");
  });

  it("saves a draft with 'Save and come back later', audited, and shows it again", async () => {
    const saved = await postReview("fatima@example.org", {
      intent: "save",
      revision: "0",
      "score-c1": "2",
      "comment-c2": "Not sure yet",
    });
    expectStatus(saved, 302);
    expect((saved as Response).headers.get("Location")).toBe(`${reviewPath()}?saved=1`);
    const page = (await openReview("fatima@example.org")) as ReviewPage;
    expect(page.revision).toBe(1);
    expect(page.values.scores).toEqual({ c1: "2" });
    expect(page.values.comments).toEqual({ c2: "Not sure yet" });
    const review = (await reviewOf("fatima@example.org"))!;
    expect(
      await db().auditEvent.count({
        where: { action: "panels.review-saved", entityId: review.id },
      }),
    ).toBe(1);
  });

  it("autosaves without an audit row, and answers JSON with the new revision", async () => {
    const response = await autosave("fatima@example.org", {
      revision: "1",
      "score-c1": "3",
      "comment-c2": "Not sure yet",
    });
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ outcome: "autosaved", revision: 2 });
    const review = (await reviewOf("fatima@example.org"))!;
    expect(review.scores).toEqual({ c1: 3 });
    expect(
      await db().auditEvent.count({
        where: { action: "panels.review-saved", entityId: review.id },
      }),
    ).toBe(1);
  });

  it("refuses a save from an older copy, says so, and keeps what she typed on the page", async () => {
    const stale = payload<Problem>(
      await postReview("fatima@example.org", {
        intent: "save",
        revision: "1",
        "score-c1": "5",
        "comment-c1": "Typed in the other tab",
      }),
    );
    expect(stale.status).toBe(409);
    expect(stale.data.problem).toBe("conflict");
    expect(stale.data.revision).toBe(2);
    expect(stale.data.values.comments).toEqual({ c1: "Typed in the other tab" });
    expect((await reviewOf("fatima@example.org"))!.scores).toEqual({ c1: 3 });

    const staleAutosave = await autosave("fatima@example.org", { revision: "0", "score-c1": "1" });
    expect(staleAutosave.status).toBe(409);
    expect(await staleAutosave.json()).toMatchObject({ outcome: "conflict" });
  });

  it("refuses an incomplete sheet on submit, names each problem, and keeps everything as her draft", async () => {
    const result = payload<Problem>(
      await postReview("fatima@example.org", {
        intent: "submit",
        revision: "2",
        "score-c1": "1",
        "score-c2": "4",
        overallComment: "Half done",
      }),
    );
    expect(result.status).toBe(400);
    expect(result.data.problem).toBe("invalid");
    expect(Object.keys(result.data.errors!).sort()).toEqual([
      "comment-c1",
      "recommendation",
      "score-c3",
      "score-c4",
    ]);
    expect(result.data.errors!["comment-c1"]!.key).toBe("panels:review.errors.commentRequired");
    expect(result.data.values.scores).toEqual({ c1: "1", c2: "4" });
    const review = (await reviewOf("fatima@example.org"))!;
    expect(review.status).toBe("DRAFT");
    expect(review.scores).toEqual({ c1: 1, c2: 4 });
    expect(review.overallComment).toBe("Half done");
    expect(result.data.revision).toBe(review.revision);
  });

  it("refuses a score outside the scale, and a criterion the rubric does not have", async () => {
    const { revision } = (await reviewOf("fatima@example.org"))!;
    const outside = payload<Problem>(
      await postReview("fatima@example.org", {
        ...fullSheet,
        intent: "submit",
        revision: String(revision),
        "score-c2": "9",
      }),
    );
    expect(outside.status).toBe(400);
    expect(outside.data.errors!["score-c2"]!.key).toBe("panels:review.errors.scoreOutsideScale");

    const unknown = payload<Problem>(
      await postReview("fatima@example.org", {
        ...fullSheet,
        intent: "save",
        revision: String(revision),
        "score-c99": "3",
      }),
    );
    expect(unknown.status).toBe(400);
    expect(unknown.data.errors!.form!.key).toBe("panels:review.errors.unknownCriterion");
    expect((await reviewOf("fatima@example.org"))!.scores).toEqual({ c1: 1, c2: 4 });
  });

  it("submits a complete sheet, freezes the rubric, and shows it read-only with its date", async () => {
    const before = (await reviewOf("fatima@example.org"))!;
    expect(before.rubricVersion.frozenAt).toBeNull();
    const submitted = await postReview("fatima@example.org", {
      ...fullSheet,
      intent: "submit",
      revision: String(before.revision),
    });
    expectStatus(submitted, 302);
    const review = (await reviewOf("fatima@example.org"))!;
    expect(review.status).toBe("SUBMITTED");
    expect(review.rubricVersion.frozenAt).not.toBeNull();
    expect(
      await db().auditEvent.count({
        where: { action: "panels.review-submitted", entityId: review.id },
      }),
    ).toBe(1);

    const page = (await openReview("fatima@example.org")) as ReviewPage;
    expect(page.status).toBe("SUBMITTED");
    expect(page.submittedAt).not.toBeNull();
    expect(page.sheet!.scores).toEqual({ c1: 4, c2: 3, c3: 5, c4: 2 });
    expect(page.late).toBe(false);

    const again = await postReview("fatima@example.org", {
      ...fullSheet,
      intent: "save",
      revision: String(review.revision),
      "score-c1": "1",
    });
    expectStatus(again, 302);
    expect((await reviewOf("fatima@example.org"))!.scores).toEqual({ c1: 4, c2: 3, c3: 5, c4: 2 });
  });

  it("keeps her review on its version when the rubric is edited afterwards", async () => {
    const grace = (await getUser(makeRequest("/", { cookie: await as("grace@example.org") })))!;
    const edited = await editRubric(
      grace,
      { id: demo.panel.id, funderId: demo.params.funderId },
      { change: "move", apply: (criteria) => moveCriterion(criteria, "c1", "down") },
    );
    expect(edited).toEqual({ ok: true, version: 2, newVersion: true });
    const review = (await reviewOf("fatima@example.org"))!;
    expect(review.rubricVersion.version).toBe(1);
    const page = (await openReview("fatima@example.org")) as ReviewPage;
    expect(page.rubricVersion).toBe(1);
    expect(page.criteria[0]!.id).toBe("c1");
    // Someone starting now scores with the new version.
    const maria = (await openReview("maria@example.org")) as ReviewPage;
    expect(maria.rubricVersion).toBe(2);
    expect(maria.criteria[0]!.id).toBe("c2");
  });

  it("takes a submission after the deadline and marks it late", async () => {
    await db().panel.update({
      where: { id: demo.panel.id },
      data: { reviewDeadline: new Date(Date.now() - 60_000) },
    });
    const before = (await openReview("maria@example.org")) as ReviewPage;
    expect(before.pastDeadline).toBe(true);
    const submitted = await postReview("maria@example.org", {
      ...fullSheet,
      intent: "submit",
      revision: "0",
    });
    expectStatus(submitted, 302);
    const page = (await openReview("maria@example.org")) as ReviewPage;
    expect(page.status).toBe("SUBMITTED");
    expect(page.late).toBe(true);
  });
});

describe("who may score", () => {
  it("refuses an application not given to her", async () => {
    expectStatus(await openReview("nadia@example.org"), 403);
    expectStatus(await postReview("nadia@example.org", { ...fullSheet, intent: "submit" }), 403);
    const autosaved = await call(
      reviewAutosave.action,
      `${reviewPath()}/autosave`,
      params(),
      await as("nadia@example.org"),
      { revision: "0", "score-c1": "3" },
    );
    expectStatus(autosaved, 403);
    expectStatus(await openReview("fatima@example.org", demo.byGroup(association).id), 403);
  });

  it("refuses staff, applicants and strangers, and sends a signed-out visitor to sign in", async () => {
    for (const email of [
      "grace@example.org",
      "tomas@example.org",
      "olena@example.org",
      "amina@example.org",
    ])
      expectStatus(await openReview(email), 403);
    expectStatus(await openReview(null), 302);
  });

  it("refuses an application that the panel does not review, such as a draft", async () => {
    const draft = demo.byGroup("Amal Women's Circle");
    await assign("maria@example.org", draft.id);
    expectStatus(await openReview("maria@example.org", draft.id), 403);
  });

  it("refuses a member once removed, though her submitted review stays", async () => {
    const other = await db().user.create({
      data: { email: "rosa@example.org", name: "Rosa Mendes", locale: "es" },
    });
    await db().panelMember.create({
      data: { panelId: demo.panel.id, userId: other.id, role: "MEMBER" },
    });
    await assign("rosa@example.org");
    expect(((await openReview("rosa@example.org")) as ReviewPage).status).toBe("DRAFT");
    const draft = { intent: "save", revision: "0", "score-c2": "3" };
    expectStatus(await postReview("rosa@example.org", draft), 302);
    await db().panelMember.update({
      where: { panelId_userId: { panelId: demo.panel.id, userId: other.id } },
      data: { removedAt: new Date() },
    });
    expectStatus(await openReview("rosa@example.org"), 403);
    expectStatus(await postReview("rosa@example.org", { intent: "save", revision: "0" }), 403);
  });

  it("refuses a member of another panel, even with her own panel in the address", async () => {
    const panel = await db().panel.create({
      data: {
        roundId: demo.panel.roundId,
        name: "Second panel",
        members: {
          create: [{ userId: await demo.userId("amina@example.org"), role: "MEMBER" }],
        },
      },
    });
    expectStatus(await openReview("amina@example.org", applicationId(), panel.id), 403);
    expectStatus(await openReview("fatima@example.org", applicationId(), panel.id), 403);
  });
});

describe("an application's reviews", () => {
  it("shows the chair every submitted review and drafts as in progress, without their content", async () => {
    const page = (await openReviews("nadia@example.org")) as ReviewsPage;
    const byName = Object.fromEntries(page.reviews.map((review) => [review.reviewer, review]));
    expect(byName["Fatima Diallo"]!.submitted!.sheet.scores).toEqual({
      c1: 4,
      c2: 3,
      c3: 5,
      c4: 2,
    });
    expect(byName["Fatima Diallo"]!.role).toBe("COMMUNITY_REVIEWER");
    expect(byName["María López"]!.submitted!.late).toBe(true);
    expect(byName["Rosa Mendes"]!.submitted).toBeNull();
    expect(JSON.stringify(byName["Rosa Mendes"])).not.toContain("score");
    expect(byName["Rosa Mendes"]!.removed).toBe(true);
    expect(page.canReopen).toBe(false);
  });

  it("refuses the chair's reopening and takes staff's after a confirmation, audited", async () => {
    const fatimaReview = (await reviewOf("fatima@example.org"))!;
    expectStatus(
      await postReviews("nadia@example.org", { intent: "reopen", reviewId: fatimaReview.id }),
      403,
    );
    const confirm = (await openReviews(
      "tomas@example.org",
      `?reopen=${fatimaReview.id}`,
    )) as ReviewsPage;
    expect(confirm.canReopen).toBe(true);
    expect(confirm.confirmReopen).toBe(fatimaReview.id);
    const reopened = await postReviews("tomas@example.org", {
      intent: "reopen",
      reviewId: fatimaReview.id,
    });
    expectStatus(reopened, 302);
    expect(
      await db().auditEvent.count({
        where: { action: "panels.review-reopened", entityId: fatimaReview.id },
      }),
    ).toBe(1);
    const page = (await openReview("fatima@example.org")) as ReviewPage;
    expect(page.status).toBe("DRAFT");
    expect(page.reopenedAt).not.toBeNull();
    expect(page.values.scores).toEqual({ c1: "4", c2: "3", c3: "5", c4: "2" });
    expect(page.rubricVersion).toBe(1);
    const twice = payload<{ error: string }>(
      await postReviews("tomas@example.org", { intent: "reopen", reviewId: fatimaReview.id }),
    );
    expect(twice.status).toBe(409);
  });

  it("refuses a viewer's reopening, and reviewers and applicants the page", async () => {
    expect(((await openReviews("helen@example.org")) as ReviewsPage).canReopen).toBe(false);
    const review = (await reviewOf("maria@example.org"))!;
    expectStatus(
      await postReviews("helen@example.org", { intent: "reopen", reviewId: review.id }),
      403,
    );
    for (const email of [
      "fatima@example.org",
      "maria@example.org",
      "olena@example.org",
      "amina@example.org",
    ])
      expectStatus(await openReviews(email), 403);
    expectStatus(await openReviews(null), 302);
  });

  it("refuses a conflicted chair the reviews and a conflicted reviewer her review, and flags what she had scored", async () => {
    const application = demo.byGroup(centre);
    for (const email of ["nadia@example.org", "maria@example.org"])
      await db().conflictDeclaration.create({
        data: {
          panelId: demo.panel.id,
          applicationId: application.id,
          userId: await demo.userId(email),
          kind: "OTHER",
        },
      });
    await db().review.updateMany({
      where: { applicationId: application.id, userId: await demo.userId("maria@example.org") },
      data: { excludedAt: new Date() },
    });
    expectStatus(await openReviews("nadia@example.org"), 403);
    expectStatus(await openReview("maria@example.org"), 403);
    const page = (await openReviews("grace@example.org")) as ReviewsPage;
    expect(page.reviews.find((review) => review.reviewer === "María López")!.excluded).toBe(true);
  });
});
