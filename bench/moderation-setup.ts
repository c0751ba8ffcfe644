// Data for the moderation benchmark, written through the app's own database client.
import { randomBytes, randomInt } from "node:crypto";
import { newReference } from "../app/domain/applications/reference";
import { db } from "../app/services/platform/db.server";
import { startSession } from "../app/services/platform/session.server";
import { demoRubric } from "../prisma/seed/demo-rubric";
import { submittedReview } from "./bulk-data";

const DAY = 24 * 60 * 60 * 1000;
const REVIEWERS = 12;

/**
 * One pot of a closed round with `applications` applications in review and `reviewsEach`
 * submitted reviews of each, spread over a panel of twelve; the chair is signed in.
 */
export async function prepareModeration(applications: number, reviewsEach: number) {
  const tag = randomBytes(3).toString("hex");
  const funder = await db().funder.create({ data: { slug: `mod-${tag}`, name: "Bench Council" } });
  const scheme = await db().scheme.create({
    data: {
      funderId: funder.id,
      slug: `mod-${tag}`,
      title: { en: "Bench scheme" },
      description: { en: "" },
      currency: "EUR",
      published: true,
    },
  });
  const round = await db().round.create({
    data: {
      schemeId: scheme.id,
      name: { en: "Bench round" },
      opensAt: new Date(Date.now() - 90 * DAY),
      closesAt: new Date(Date.now() - 30 * DAY),
      budgetMinor: 100_000_000,
    },
  });
  const pot = await db().pot.create({
    data: {
      roundId: round.id,
      name: { en: "Bench pot" },
      description: { en: "" },
      amountMinor: 100_000_000,
      minGrantMinor: 50_000,
      maxGrantMinor: 1_000_000,
      eligibility: [],
      floorBasisPoints: 6000,
      floorRule: { type: "byAndFor" },
    },
  });
  const reviewers = await Promise.all(
    Array.from({ length: REVIEWERS }, (_, i) =>
      db().user.create({
        data: { email: `reviewer-${i}-${tag}@example.org`, name: `Reviewer ${i}`, locale: "en" },
      }),
    ),
  );
  const panel = await db().panel.create({
    data: {
      roundId: round.id,
      name: "Bench panel",
      reviewsNeeded: reviewsEach,
      communityRanking: true,
      pots: { create: [{ potId: pot.id }] },
      rubricVersions: { create: [{ version: 1, criteria: demoRubric, frozenAt: new Date() }] },
      members: {
        create: reviewers.map((user, i) => ({
          userId: user.id,
          role: i === 0 ? "CHAIR" : i % 3 === 0 ? "COMMUNITY_REVIEWER" : "MEMBER",
          conflictsCheckedAt: new Date(),
        })),
      },
    },
    include: { rubricVersions: true },
  });
  const rubricVersionId = panel.rubricVersions[0]!.id;

  for (let start = 0; start < applications; start += 100) {
    const batch = Array.from({ length: Math.min(100, applications - start) }, (_, k) => start + k);
    const organisations = await Promise.all(
      batch.map((i) =>
        db().organisation.create({
          data: { name: `Group ${i}`, legalForm: "INFORMAL_GROUP", byAndFor: i % 2 === 0 },
        }),
      ),
    );
    const created = await Promise.all(
      batch.map((i, k) =>
        db().application.create({
          data: {
            reference: newReference({ prefix: "MOD", year: "26", length: 8 }, randomInt),
            potId: pot.id,
            organisationId: organisations[k]!.id,
            status: "IN_REVIEW",
            requestedMinor: 100_000 + (i % 40) * 20_000,
            meetsFloorRule: i % 2 === 0,
            answers: {},
            submittedAt: new Date(Date.now() - 31 * DAY),
            screenedAt: new Date(Date.now() - 29 * DAY),
          },
        }),
      ),
    );
    const assignments = created.flatMap((application, k) =>
      Array.from({ length: reviewsEach }, (_, r) => ({
        panelId: panel.id,
        applicationId: application.id,
        userId: reviewers[1 + ((batch[k]! + r * 4) % (REVIEWERS - 1))]!.id,
      })),
    );
    await db().reviewAssignment.createMany({ data: assignments });
    await db().review.createMany({
      data: assignments.map((assignment, n) =>
        submittedReview(assignment, {
          n,
          rubricVersionId,
          submittedAt: new Date(Date.now() - 10 * DAY),
        }),
      ),
    });
  }

  const chairCookie = (
    await startSession(new Request("http://127.0.0.1/"), reviewers[0]!.id)
  ).split(";")[0]!;
  return { path: `/panels/${panel.id}/pots/${pot.id}`, chairCookie };
}
