import { beforeAll, describe, expect, it } from "vitest";
import * as resultsPage from "~/routes/fund.$funderId.schemes.$schemeId.rounds.$roundId.survey";
import * as surveyPage from "~/routes/grants.$grantId.survey";
import { db } from "~/services/platform/db.server";
import { answerSurvey } from "~/services/survey/survey.server";
import { useTestDatabase } from "../support/database";
import { seedDemo } from "../support/demo-world";
import { call, expectStatus, payload, signIns } from "../support/panels";

useTestDatabase();

const as = signIns();
let grantId = "";
let roundId = "";
let organisationId = "";
let staffParams = { funderId: "", schemeId: "", roundId: "" };

const answers = { applying: "2", reporting: "4", relationship: "5", comment: "Less paperwork" };
const answer = async (email: string, form: Record<string, string> = answers) =>
  call(surveyPage.action, `/grants/${grantId}/survey`, { grantId }, await as(email), form);
const openResults = async () =>
  (await call(
    resultsPage.loader,
    `/fund/${staffParams.funderId}/schemes/${staffParams.schemeId}/rounds/${roundId}/survey`,
    staffParams,
    await as("helen@example.org"),
  )) as Awaited<ReturnType<typeof resultsPage.loader>>;

beforeAll(async () => {
  await seedDemo(db());
  const grant = await db().grant.findFirstOrThrow({
    where: { application: { organisation: { name: "Amal Women's Circle" } } },
    include: { application: { include: { pot: { include: { round: true } } } } },
  });
  grantId = grant.id;
  organisationId = grant.organisationId;
  roundId = grant.application.pot.roundId;
  staffParams = {
    funderId: grant.funderId,
    schemeId: grant.application.pot.round.schemeId,
    roundId,
  };
});

describe("answering the survey", () => {
  it("refuses unanswered scales by their fields, keeping the free text", async () => {
    const reply = payload<{
      errors: Record<string, { key: string }>;
      values: Record<string, string>;
    }>(await answer("amina@example.org", { applying: "3", comment: "Kept" }));
    expect(reply.status).toBe(400);
    expect(reply.data.errors.reporting?.key).toBe("survey:form.errors.reporting");
    expect(reply.data.values.comment).toBe("Kept");
    expect(await db().feedbackResponse.count({ where: { roundId } })).toBe(0);
  });

  it("takes one answer per group and round, and says so to the group afterwards", async () => {
    expectStatus(await answer("amina@example.org"), 302);
    const second = payload<{ errors: Record<string, { key: string }> }>(
      await answer("amina@example.org"),
    );
    expect(second.data.errors.form?.key).toBe("survey:form.errors.alreadyAnswered");
    expect(await db().feedbackResponse.count({ where: { roundId } })).toBe(1);
    const page = (await call(
      surveyPage.loader,
      `/grants/${grantId}/survey`,
      { grantId },
      await as("amina@example.org"),
    )) as Awaited<ReturnType<typeof surveyPage.loader>>;
    expect(page.answered).toBe(true);
  });

  it("keeps nothing that leads from an answer back to the group or the person", async () => {
    const [response] = await db().feedbackResponse.findMany({ where: { roundId } });
    expect(Object.keys(response!).sort()).toEqual(["answeredOn", "answers", "id", "roundId"]);
    expect(response!.answers).toEqual({
      applying: 2,
      reporting: 4,
      relationship: 5,
      comment: "Less paperwork",
    });
    expect(response!.answeredOn.toISOString()).toMatch(/T00:00:00\.000Z$/);
    // A random id, not one that carries the time it was made.
    expect(response!.id).toMatch(/^[0-9a-f-]{36}$/);
    const amina = await db().user.findUniqueOrThrow({ where: { email: "amina@example.org" } });
    const traces = await db().auditEvent.count({
      where: {
        OR: [
          { actorId: amina.id, createdAt: { gte: new Date(Date.now() - 60_000) } },
          { entityId: response!.id },
          { entityId: organisationId, action: { startsWith: "survey" } },
        ],
      },
    });
    expect(traces).toBe(0);
  });
});

describe("results for staff", () => {
  it("shows only how many answered until five groups have", async () => {
    for (const group of ["g2", "g3", "g4"])
      await answerSurvey(
        { roundId, organisationId: group },
        { applying: 5, reporting: 5, relationship: 5, comment: `Note from ${group}` },
        new Date(),
      );
    const page = await openResults();
    expect(page.results).toEqual({ kind: "waiting", answers: 4, needed: 5 });
  });

  it("shows totals, averages and shuffled free texts from the fifth answer", async () => {
    await answerSurvey(
      { roundId, organisationId: "g5" },
      { applying: 1, reporting: 3, relationship: 4 },
      new Date(),
    );
    const page = await openResults();
    if (page.results.kind !== "results") throw new Error("expected results");
    expect(page.results.answers).toBe(5);
    expect(page.results.questions[0]).toEqual({
      question: "applying",
      counts: [1, 1, 0, 0, 3],
      answered: 5,
      average: 3.6,
    });
    expect([...page.results.comments].sort()).toEqual(
      ["Less paperwork", "Note from g2", "Note from g3", "Note from g4"].sort(),
    );
    expect(JSON.stringify(page)).not.toContain(organisationId);
  });
});
