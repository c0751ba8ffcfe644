import { beforeAll, describe, expect, it } from "vitest";
import { addCriterion, changeCriterion, readCriteria } from "~/domain/panels/rubric";
import { loader as exportLoader } from "~/routes/fund.$funderId.schemes.$schemeId.rounds.$roundId.reviews[.]csv";
import { loader as moderationLoader } from "~/routes/panels.$panelId_.pots.$potId._index";
import * as reviewPage from "~/routes/panels.$panelId_.applications.$applicationId_.review";
import { getUser } from "~/services/access/permissions.server";
import { weightedScore } from "~/services/panels/decisions.server";
import { editRubric } from "~/services/panels/rubric.server";
import { db } from "~/services/platform/db.server";
import { useTestDatabase } from "../support/database";
import { moderationRound } from "../support/moderation";
import { call, expectStatus } from "../support/panels";
import { makeRequest } from "../support/requests";

useTestDatabase();

type Setup = Awaited<ReturnType<typeof moderationRound>>;
type Page = Awaited<ReturnType<typeof moderationLoader>>;

let setup: Setup;
const descriptors = (points: number[]) =>
  Object.fromEntries(points.map((n) => [String(n), `Point ${n}`]));

async function submitReview(user: { id: string }, scores: Record<string, number>) {
  const { panelId } = setup.params;
  const applicationId = setup.applications.d.id;
  const form = {
    ...Object.fromEntries(
      Object.entries(scores).map(([id, score]) => [`score-${id}`, String(score)]),
    ),
    overallComment: "Read in full.",
    recommendation: "MAYBE",
    intent: "submit",
    revision: "0",
  };
  const result = await call(
    reviewPage.action,
    `/panels/${panelId}/applications/${applicationId}/review`,
    { panelId, applicationId },
    await setup.cookie(user),
    form,
  );
  expectStatus(result, 302);
}

beforeAll(async () => {
  setup = await moderationRound();
  const { reviewer, community, staff } = setup.people;
  for (const user of [reviewer, community])
    await db().reviewAssignment.create({
      data: { panelId: setup.panel.id, applicationId: setup.applications.d.id, userId: user.id },
    });
  // Scored on version 1: need (×2) 4 of 1–5 is 75, plan (×1) 2 of 1–5 is 25: (150 + 25) / 3.
  await submitReview(reviewer, { c1: 4, c2: 2 });

  // The rubric is frozen, so staff's changes make version 2: the plan now weighs three times
  // the need, and impact (0–4, ×2) is new.
  const actor = (await getUser(makeRequest("/", { cookie: await setup.cookie(staff) })))!;
  const panel = { id: setup.panel.id, funderId: setup.funder.id };
  const change = (criteria: Parameters<typeof changeCriterion>[0], id: string, weight: number) => {
    const current = criteria.find((criterion) => criterion.id === id)!;
    return changeCriterion(
      criteria,
      id,
      {
        title: current.title.en!,
        guidance: "",
        weight,
        scaleMin: current.scaleMin,
        scaleMax: current.scaleMax,
        commentRequiredAtOrBelow: null,
        descriptors: descriptors([1, 2, 3, 4, 5]),
      },
      "en",
    );
  };
  expect(
    await editRubric(actor, panel, { change: "change", apply: (c) => change(c, "c1", 1) }),
  ).toEqual({ ok: true, version: 2, newVersion: true });
  await editRubric(actor, panel, { change: "change", apply: (c) => change(c, "c2", 3) });
  await editRubric(actor, panel, {
    change: "add",
    apply: (criteria) =>
      addCriterion(
        criteria,
        {
          title: "Impact",
          guidance: "",
          weight: 2,
          scaleMin: 0,
          scaleMax: 4,
          commentRequiredAtOrBelow: null,
          descriptors: descriptors([0, 1, 2, 3, 4]),
        },
        "en",
      ),
  });

  // Scored on version 2: need 2 of 1–5 is 25, plan 5 is 100, impact 4 of 0–4 is 100:
  // (25 + 300 + 200) / 6.
  await submitReview(community, { c1: 2, c2: 5, c3: 4 });
});

const firstTotal = 175 / 3;
const laterTotal = 87.5;

describe("scores across rubric versions", () => {
  it("keeps each review on the version it was written on", async () => {
    const reviews = await db().review.findMany({
      where: { applicationId: setup.applications.d.id },
      include: { rubricVersion: true },
    });
    const versionOf = (userId: string) =>
      reviews.find((review) => review.userId === userId)!.rubricVersion;
    expect(versionOf(setup.people.reviewer.id).version).toBe(1);
    expect(versionOf(setup.people.community.id).version).toBe(2);
    expect(readCriteria(versionOf(setup.people.community.id).criteria)).toHaveLength(3);
  });

  it("ranks the application by the mean of the two reviews' own totals", async () => {
    const page = (await call(
      moderationLoader,
      `/panels/${setup.params.panelId}/pots/${setup.params.potId}`,
      { panelId: setup.params.panelId, potId: setup.params.potId },
      await setup.cookie(setup.people.staff),
    )) as Page;
    const row = page.rows.find((candidate) => candidate.id === setup.applications.d.id)!;
    expect(row.reviewsIn).toBe(2);
    // On version 2 alone the first review would total 37.5 and the mean 62.5.
    expect(row.score).toBeCloseTo((firstTotal + laterTotal) / 2, 9);
    expect(row.spread).toBeCloseTo(laterTotal - firstTotal, 9);
    // The table's columns are version 2's; impact's mean comes from the one review that scored it.
    expect(page.criteria.map((criterion) => criterion.id)).toEqual(["c1", "c2", "c3"]);
    expect(row.criterionMeans).toEqual({ c1: 3, c2: 3.5, c3: 4 });
    // Applications scored on version 1 alone keep their scores.
    expect(page.rows.find((candidate) => candidate.id === setup.applications.b.id)!.score).toBe(
      100,
    );
  });

  it("gives each review the same total in the spreadsheet, and the decision page the same score", async () => {
    const { funderId, schemeId, roundId, panelId } = setup.params;
    const response = (await call(
      exportLoader,
      `/fund/${funderId}/schemes/${schemeId}/rounds/${roundId}/reviews.csv`,
      { funderId, schemeId, roundId },
      await setup.cookie(setup.people.staff),
    )) as Response;
    const lines = (await response.text())
      .replace(/^\uFEFF/, "")
      .trim()
      .split("\r\n");
    const header = lines[0]!.split(",");
    const totalColumn = header.indexOf("Weighted total (out of 100)");
    const totals = lines
      .filter((line) => line.includes(setup.applications.d.reference))
      .map((line) => Number(line.split(",")[totalColumn]))
      .sort((x, y) => x - y);
    expect(totals).toEqual([58.3, 87.5]);

    // What a decision and its confirmation record as the application's score.
    const decided = await weightedScore(db(), panelId, setup.applications.d.id);
    expect(decided.score).toBeCloseTo((firstTotal + laterTotal) / 2, 9);
    expect((totals[0]! + totals[1]!) / 2).toBeCloseTo(decided.score!, 1);
  });
});
