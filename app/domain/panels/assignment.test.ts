import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { planAssignments, type AssignmentInput, type Pair } from "./assignment";

const ids = (prefix: string, count: number) =>
  Array.from({ length: count }, (_, index) => `${prefix}${index + 1}`);

function panel(overrides: Partial<AssignmentInput> = {}): AssignmentInput {
  return {
    applicationIds: ids("app", 10),
    reviewers: [
      ...ids("member", 4).map((id) => ({ id, community: false })),
      ...ids("community", 2).map((id) => ({ id, community: true })),
    ],
    reviewsNeeded: 3,
    communityReviewerRequired: true,
    conflicts: [],
    existing: [],
    seed: 1,
    ...overrides,
  };
}

function reviewersOf(pairs: Pair[], applicationId: string) {
  return pairs.filter((pair) => pair.applicationId === applicationId).map((p) => p.reviewerId);
}

const randomPanel = fc
  .record({
    applications: fc.integer({ min: 1, max: 12 }),
    members: fc.integer({ min: 1, max: 7 }),
    communityMembers: fc.integer({ min: 0, max: 3 }),
    reviewsNeeded: fc.integer({ min: 1, max: 4 }),
    communityReviewerRequired: fc.boolean(),
    conflictRate: fc.double({ min: 0, max: 0.5, noNaN: true }),
    seed: fc.integer(),
    existingRate: fc.double({ min: 0, max: 0.3, noNaN: true }),
    coin: fc.infiniteStream(fc.double({ min: 0, max: 1, noNaN: true })),
  })
  .map((shape): AssignmentInput => {
    const coin = shape.coin[Symbol.iterator]();
    const flip = (rate: number) => (coin.next().value as number) < rate;
    const applicationIds = ids("app", shape.applications);
    const reviewers = [
      ...ids("member", shape.members).map((id) => ({ id, community: false })),
      ...ids("community", shape.communityMembers).map((id) => ({ id, community: true })),
    ];
    const conflicts: Pair[] = [];
    const existing: Pair[] = [];
    for (const applicationId of applicationIds)
      for (const reviewer of reviewers) {
        if (flip(shape.conflictRate)) conflicts.push({ reviewerId: reviewer.id, applicationId });
        else if (
          flip(shape.existingRate) &&
          reviewersOf(existing, applicationId).length < shape.reviewsNeeded
        )
          existing.push({ reviewerId: reviewer.id, applicationId });
      }
    return {
      applicationIds,
      reviewers,
      reviewsNeeded: shape.reviewsNeeded,
      communityReviewerRequired: shape.communityReviewerRequired,
      conflicts,
      existing,
      seed: shape.seed,
    };
  });

describe("sharing out review work", () => {
  it("gives every application its reviewers, one of them from the community, with even loads", () => {
    const plan = planAssignments(panel());
    for (const applicationId of panel().applicationIds) {
      const reviewers = reviewersOf(plan.added, applicationId);
      expect(new Set(reviewers).size).toBe(3);
      expect(reviewers.some((id) => id.startsWith("community"))).toBe(true);
    }
    const loads = Object.values(plan.loads);
    expect(loads.reduce((sum, load) => sum + load, 0)).toBe(30);
    expect(Math.max(...loads) - Math.min(...loads)).toBeLessThanOrEqual(1);
    expect(plan.shortfalls).toEqual([]);
  });

  it("never gives anyone an application she declared a conflict with, and says who is short and why", () => {
    const conflicts = ["member1", "member2", "member3", "community1", "community2"].map(
      (reviewerId) => ({ reviewerId, applicationId: "app1" }),
    );
    const plan = planAssignments(panel({ conflicts }));
    expect(reviewersOf(plan.added, "app1")).toEqual(["member4"]);
    expect(plan.shortfalls).toEqual([
      {
        applicationId: "app1",
        assigned: 1,
        needed: 3,
        reasons: ["conflicts", "no-community-reviewer"],
      },
    ]);
  });

  it("says when the panel is smaller than the reviews each application needs", () => {
    const plan = planAssignments(
      panel({ reviewers: [{ id: "member1", community: true }], applicationIds: ["app1"] }),
    );
    expect(plan.shortfalls).toEqual([
      { applicationId: "app1", assigned: 1, needed: 3, reasons: ["too-few-members"] },
    ]);
  });

  it("keeps the assignments staff made and counts them in the loads", () => {
    const existing = ids("app", 5).map((applicationId) => ({
      reviewerId: "member1",
      applicationId,
    }));
    const plan = planAssignments(panel({ existing }));
    expect(plan.added.filter((pair) => pair.reviewerId === "member1").length).toBe(0);
    expect(plan.loads.member1).toBe(5);
    const loads = Object.values(plan.loads);
    expect(Math.max(...loads) - Math.min(...loads)).toBeLessThanOrEqual(1);
  });

  it("does not put the same two people together more often than it must", () => {
    // Four reviewers, six applications, two reviews each: six different pairs exist.
    const plan = planAssignments(
      panel({
        applicationIds: ids("app", 6),
        reviewers: ids("member", 4).map((id) => ({ id, community: false })),
        reviewsNeeded: 2,
        communityReviewerRequired: false,
      }),
    );
    const pairs = ids("app", 6).map((applicationId) =>
      reviewersOf(plan.added, applicationId).sort().join("+"),
    );
    expect(new Set(pairs).size).toBe(6);
  });

  it("holds its rules for any panel (property)", () => {
    fc.assert(
      fc.property(randomPanel, (input) => {
        const plan = planAssignments(input);
        const conflicted = new Set(
          input.conflicts.map((p) => `${p.reviewerId}/${p.applicationId}`),
        );
        const all = [...input.existing, ...plan.added];
        const seen = new Set<string>();
        for (const pair of plan.added) {
          const pairKey = `${pair.reviewerId}/${pair.applicationId}`;
          expect(conflicted.has(pairKey)).toBe(false);
          expect(seen.has(pairKey)).toBe(false);
          seen.add(pairKey);
        }
        for (const pair of input.existing)
          expect(seen.has(`${pair.reviewerId}/${pair.applicationId}`)).toBe(false);

        for (const applicationId of input.applicationIds) {
          const reviewers = reviewersOf(all, applicationId);
          const free = input.reviewers.filter(
            (r) => !conflicted.has(`${r.id}/${applicationId}`),
          ).length;
          // Coverage: as many as the round asks for, or every member free to read it.
          expect(reviewers.length).toBe(Math.min(input.reviewsNeeded, free));
          const short = plan.shortfalls.find((s) => s.applicationId === applicationId);
          const communityFree = input.reviewers.some(
            (r) => r.community && !conflicted.has(`${r.id}/${applicationId}`),
          );
          const hasCommunity = reviewers.some((id) => id.startsWith("community"));
          if (input.communityReviewerRequired && communityFree && !hasCommunity) {
            // Only hand-made assignments can have taken every place.
            expect(reviewersOf([...input.existing], applicationId).length).toBe(
              input.reviewsNeeded,
            );
            expect(short?.reasons).toContain("community-place-taken");
          }
          if (
            reviewers.length === input.reviewsNeeded &&
            (hasCommunity || !input.communityReviewerRequired)
          )
            expect(short).toBeUndefined();
          else expect(short).toBeDefined();
        }

        // Determinism: the same panel and seed give the same plan.
        expect(planAssignments(input)).toEqual(plan);
      }),
      { numRuns: 150 },
    );
  });

  it("keeps loads within one of each other when no conflict or community place stands in the way (property)", () => {
    fc.assert(
      fc.property(
        randomPanel.map((input) => ({
          ...input,
          conflicts: [],
          existing: [],
          communityReviewerRequired: false,
        })),
        (input) => {
          const plan = planAssignments(input);
          const loads = Object.values(plan.loads);
          expect(Math.max(...loads) - Math.min(...loads)).toBeLessThanOrEqual(1);
        },
      ),
      { numRuns: 150 },
    );
  });
});
