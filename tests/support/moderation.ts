import { db } from "~/services/platform/db.server";
import { createOpenRound, createUser, testReference } from "./fixtures";
import { signedInCookie } from "./requests";

const criteria = [
  {
    id: "c1",
    title: { en: "Need" },
    weight: 2,
    scaleMin: 1,
    scaleMax: 5,
    descriptors: Object.fromEntries([1, 2, 3, 4, 5].map((n) => [String(n), { en: `Need ${n}` }])),
  },
  {
    id: "c2",
    title: { en: "Plan" },
    weight: 1,
    scaleMin: 1,
    scaleMax: 5,
    descriptors: Object.fromEntries([1, 2, 3, 4, 5].map((n) => [String(n), { en: `Plan ${n}` }])),
  },
];

/**
 * A round with a pot of €1,000 (60% floor for groups led by and for their community), a panel
 * covering it alone, four applications and reviews that exercise what the moderation table
 * counts: an excluded review, a removed member's submitted review, a draft, a disagreement.
 *
 * Scores on 0–100 (need weighs twice the plan): B 100; C (75 and 100) 87.5; A (75 and 25) 50,
 * spread 50; D unscored.
 */
export async function moderationRound() {
  const setup = await createOpenRound();
  const { round, pot, organisation: groupA, owner } = setup;
  await db().pot.update({
    where: { id: pot.id },
    data: {
      amountMinor: 100_000,
      minGrantMinor: 10_000,
      maxGrantMinor: 60_000,
      floorBasisPoints: 6000,
      floorRule: { type: "byAndFor" },
    },
  });
  const otherPot = await db().pot.create({
    data: {
      roundId: round.id,
      name: { en: "Other pot" },
      description: { en: "" },
      amountMinor: 100_000,
      minGrantMinor: 10_000,
      maxGrantMinor: 60_000,
      eligibility: [],
      position: 2,
    },
  });
  await db().organisation.update({ where: { id: groupA.id }, data: { leadershipPercent: 100 } });
  const group = (name: string, byAndFor: boolean) =>
    db().organisation.create({
      data: { name, legalForm: "ASSOCIATION", byAndFor, leadershipPercent: byAndFor ? 80 : 10 },
    });
  const groupB = await group("Bridge Builders", false);
  const groupC = await group('=HYPERLINK("http://evil.example","Click")', false);
  const groupD = await group("Dalia Sisters", true);
  const apply = (organisationId: string, requestedMinor: number) =>
    db().application.create({
      data: {
        reference: testReference(),
        potId: pot.id,
        organisationId,
        status: "IN_REVIEW",
        screenedAt: new Date(),
        requestedMinor,
        answers: {},
        submittedAt: new Date(),
      },
    });
  const a = await apply(groupA.id, 50_000);
  const b = await apply(groupB.id, 50_000);
  const c = await apply(groupC.id, 40_000);
  const d = await apply(groupD.id, 30_000);
  // Sent but not screened yet: nothing to moderate.
  const unscreened = await db().application.create({
    data: {
      reference: testReference(),
      potId: pot.id,
      organisationId: groupD.id,
      status: "SUBMITTED",
      requestedMinor: 20_000,
      submittedAt: new Date(),
    },
  });

  const chair = await createUser("Chair");
  const reviewer = await createUser("Reviewer");
  const community = await createUser("Community");
  const leaver = await createUser("Leaver");
  const panel = await db().panel.create({
    data: {
      roundId: round.id,
      name: "Moderation panel",
      reviewsNeeded: 2,
      disagreementThreshold: 40,
      pots: { create: [{ potId: pot.id }] },
      members: {
        create: [
          { userId: chair.id, role: "CHAIR" },
          { userId: reviewer.id, role: "MEMBER" },
          { userId: community.id, role: "COMMUNITY_REVIEWER" },
          { userId: leaver.id, role: "MEMBER" },
        ],
      },
    },
  });
  const rubric = await db().rubricVersion.create({
    data: { panelId: panel.id, version: 1, criteria, frozenAt: new Date() },
  });
  for (const [userId, applications] of [
    [reviewer.id, [a, b, c]],
    [community.id, [a, b, c]],
    [leaver.id, [a, c]],
  ] as const)
    for (const application of applications)
      await db().reviewAssignment.create({
        data: { panelId: panel.id, applicationId: application.id, userId },
      });
  const review = (
    userId: string,
    applicationId: string,
    scores: Record<string, number>,
    extra: { status?: "DRAFT" | "SUBMITTED"; excludedAt?: Date } = {},
  ) =>
    db().review.create({
      data: {
        panelId: panel.id,
        applicationId,
        userId,
        rubricVersionId: rubric.id,
        status: extra.status ?? "SUBMITTED",
        submittedAt: (extra.status ?? "SUBMITTED") === "SUBMITTED" ? new Date() : null,
        excludedAt: extra.excludedAt ?? null,
        recommendation: "FUND",
        scores,
      },
    });
  await review(reviewer.id, b.id, { c1: 5, c2: 5 });
  await review(community.id, b.id, { c1: 5, c2: 5 });
  await review(reviewer.id, a.id, { c1: 4, c2: 4 });
  await review(community.id, a.id, { c1: 2, c2: 2 });
  await review(leaver.id, a.id, { c1: 1, c2: 1 }, { excludedAt: new Date() });
  await review(reviewer.id, c.id, { c1: 5, c2: 2 });
  await review(leaver.id, c.id, { c1: 5, c2: 5 });
  await review(community.id, c.id, { c1: 1, c2: 1 }, { status: "DRAFT" });
  await db().panelMember.updateMany({
    where: { panelId: panel.id, userId: leaver.id },
    data: { removedAt: new Date() },
  });
  // The chair is close to group C: she never sees its row.
  await db().conflictDeclaration.create({
    data: { panelId: panel.id, userId: chair.id, applicationId: c.id, kind: "TRUSTEE" },
  });

  const stranger = await createOpenRound();
  const cookie = (user: { id: string }) => signedInCookie(user.id);
  return {
    ...setup,
    otherPot,
    panel,
    applications: { a, b, c, d, unscreened },
    people: { staff: setup.staff, chair, reviewer, community, owner, otherStaff: stranger.staff },
    cookie,
    params: {
      funderId: setup.funder.id,
      schemeId: setup.scheme.id,
      roundId: round.id,
      panelId: panel.id,
      potId: pot.id,
    },
  };
}
