import { FlowNetwork } from "~/domain/shared/min-cost-flow";
import { seededRandom } from "~/domain/shared/seeded-random";

/**
 * Shares out a panel's review work. Every application gets the number of reviewers the round
 * asks for, from members who have not declared a conflict with it; when the round asks for a
 * community reviewer on every application, each gets one wherever a community reviewer without
 * a conflict exists; and nobody's load is more than one above anyone else's unless conflicts
 * force it. Assignments staff have already made are kept and count towards both.
 *
 * The plan is a minimum-cost flow (decision 0023): coverage first, then the community reviewer,
 * then even loads, then a seeded tie-break, so the same panel and seed always give the same
 * plan. A last pass swaps reviewers between applications, loads unchanged, so that the same two
 * people read the same applications together no more often than they have to.
 */

export type Pair = { reviewerId: string; applicationId: string };

export type AssignmentInput = {
  applicationIds: readonly string[];
  reviewers: readonly { id: string; community: boolean }[];
  reviewsNeeded: number;
  communityReviewerRequired: boolean;
  conflicts: readonly Pair[];
  /** Assignments made already (by hand or by an earlier plan); they stay as they are. */
  existing: readonly Pair[];
  seed: number;
};

export type Shortfall = {
  applicationId: string;
  /** Reviewers it has, and how many the round asks for. */
  assigned: number;
  needed: number;
  /**
   * "too-few-members": the panel has fewer members than reviews needed; "conflicts": too few
   * members without a conflict; "no-community-reviewer": every community reviewer has a
   * conflict (or the panel has none); "community-place-taken": the reviewers given by hand
   * include no community reviewer, though one is free to take a place.
   */
  reasons: ("too-few-members" | "conflicts" | "no-community-reviewer" | "community-place-taken")[];
};

export type AssignmentPlan = {
  /** New assignments only; together with `existing` they are the panel's work. */
  added: Pair[];
  /** Applications per reviewer, existing ones included. */
  loads: Record<string, number>;
  shortfalls: Shortfall[];
};

const COVERAGE = 1e12;
const COMMUNITY = 1e9;
const LOAD_STEP = 1e3;
const SWAP_TRIES = 200_000;

const key = (reviewerId: string, applicationId: string) => `${reviewerId}\u0000${applicationId}`;

export function planAssignments(input: AssignmentInput): AssignmentPlan {
  const conflicted = new Set(
    input.conflicts.map((pair) => key(pair.reviewerId, pair.applicationId)),
  );
  const assigned = new Set(input.existing.map((pair) => key(pair.reviewerId, pair.applicationId)));
  const community = new Set(input.reviewers.filter((r) => r.community).map((r) => r.id));
  const loads: Record<string, number> = Object.fromEntries(input.reviewers.map((r) => [r.id, 0]));
  for (const pair of input.existing) if (pair.reviewerId in loads) loads[pair.reviewerId]! += 1;

  const random = seededRandom(input.seed);
  const network = new FlowNetwork();
  const source = network.addNode();
  const sink = network.addNode();
  const reviewerNode = new Map(input.reviewers.map((r) => [r.id, network.addNode()]));

  const candidates: { pair: Pair; handle: number }[] = [];
  for (const applicationId of input.applicationIds) {
    const already = input.existing.filter((pair) => pair.applicationId === applicationId);
    const stillNeeded = Math.max(0, input.reviewsNeeded - already.length);
    if (stillNeeded === 0) continue;
    const needsCommunity =
      input.communityReviewerRequired && !already.some((pair) => community.has(pair.reviewerId));
    const slots = network.addNode();
    const anyone = network.addNode();
    network.addEdge(source, slots, stillNeeded, -COVERAGE);
    network.addEdge(slots, anyone, stillNeeded, 0);
    const communitySlot = needsCommunity ? network.addNode() : null;
    if (communitySlot !== null) network.addEdge(slots, communitySlot, 1, -COMMUNITY);
    for (const reviewer of input.reviewers) {
      const pairKey = key(reviewer.id, applicationId);
      if (conflicted.has(pairKey) || assigned.has(pairKey)) continue;
      // A community reviewer can take the community place or another one, never both: her two
      // ways in meet at one node that lets a single review through.
      const twoWaysIn = communitySlot !== null && reviewer.community;
      const entry = twoWaysIn ? network.addNode() : anyone;
      if (twoWaysIn) {
        network.addEdge(anyone, entry, 1, 0);
        network.addEdge(communitySlot, entry, 1, 0);
      }
      const tieBreak = Math.floor(random() * (LOAD_STEP - 1));
      const handle = network.addEdge(entry, reviewerNode.get(reviewer.id)!, 1, tieBreak);
      candidates.push({ pair: { reviewerId: reviewer.id, applicationId }, handle });
    }
  }
  // Each further application costs a reviewer more than the one before: the cheapest plan is
  // the most even one.
  for (const reviewer of input.reviewers) {
    const node = reviewerNode.get(reviewer.id)!;
    const start = loads[reviewer.id]!;
    for (let load = start + 1; load <= start + input.applicationIds.length; load++)
      network.addEdge(node, sink, 1, load * LOAD_STEP);
  }
  network.solve(source, sink);

  const added = candidates
    .filter((candidate) => network.flowOn(candidate.handle) > 0)
    .map(({ pair }) => pair);
  for (const pair of added) loads[pair.reviewerId]! += 1;
  const balanced = lessRepetition(added, input, conflicted, community);
  return {
    added: balanced,
    loads,
    shortfalls: shortfallsOf(balanced, input, conflicted, community),
  };
}

const together = (a: string, b: string) => (a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`);

/**
 * Swaps reviewers between two applications whenever that lowers how often the same two people
 * read the same application (counted as pairs of repeats), keeping every load, conflict and
 * community place as it was.
 */
function lessRepetition(
  added: Pair[],
  input: AssignmentInput,
  conflicted: Set<string>,
  community: Set<string>,
): Pair[] {
  const plan = added.map((pair) => ({ ...pair }));
  const byApplication = new Map<string, Set<string>>();
  for (const pair of [...input.existing, ...plan]) {
    const reviewers = byApplication.get(pair.applicationId) ?? new Set<string>();
    reviewers.add(pair.reviewerId);
    byApplication.set(pair.applicationId, reviewers);
  }
  const counts = new Map<string, number>();
  for (const reviewers of byApplication.values()) {
    const ids = [...reviewers];
    for (let i = 0; i < ids.length; i++)
      for (let j = i + 1; j < ids.length; j++) {
        const both = together(ids[i]!, ids[j]!);
        counts.set(both, (counts.get(both) ?? 0) + 1);
      }
  }
  /** Moves one reviewer's place from one application to another; returns the change in repeats. */
  const move = (reviewerId: string, from: Set<string>, to: Set<string>) => {
    let change = 0;
    from.delete(reviewerId);
    for (const other of from) {
      const both = together(reviewerId, other);
      const count = counts.get(both)!;
      change -= count - 1;
      counts.set(both, count - 1);
    }
    for (const other of to) {
      const both = together(reviewerId, other);
      const count = counts.get(both) ?? 0;
      change += count;
      counts.set(both, count + 1);
    }
    to.add(reviewerId);
    return change;
  };
  const communityOn = (reviewers: Set<string>) => [...reviewers].some((id) => community.has(id));

  // A fixed budget of tries rather than a clock keeps the plan the same on every machine.
  let tries = 0;
  for (let round = 0; round < 5 && tries < SWAP_TRIES; round++) {
    let improved = false;
    for (let i = 0; i < plan.length && tries < SWAP_TRIES; i++)
      for (let j = i + 1; j < plan.length; j++) {
        const first = plan[i]!;
        const second = plan[j]!;
        if (first.applicationId === second.applicationId || first.reviewerId === second.reviewerId)
          continue;
        const a = byApplication.get(first.applicationId)!;
        const b = byApplication.get(second.applicationId)!;
        if (a.has(second.reviewerId) || b.has(first.reviewerId)) continue;
        if (conflicted.has(key(second.reviewerId, first.applicationId))) continue;
        if (conflicted.has(key(first.reviewerId, second.applicationId))) continue;
        tries += 1;
        const hadCommunity = [communityOn(a), communityOn(b)];
        // Swap through both sets at once: r1 a→b and r2 b→a.
        const change = move(first.reviewerId, a, b) + move(second.reviewerId, b, a);
        const keepsCommunity =
          (!hadCommunity[0] || communityOn(a)) && (!hadCommunity[1] || communityOn(b));
        if (change < 0 && keepsCommunity) {
          [first.reviewerId, second.reviewerId] = [second.reviewerId, first.reviewerId];
          improved = true;
        } else {
          move(first.reviewerId, b, a);
          move(second.reviewerId, a, b);
        }
      }
    if (!improved) break;
  }
  return plan;
}

function shortfallsOf(
  added: Pair[],
  input: AssignmentInput,
  conflicted: Set<string>,
  community: Set<string>,
): Shortfall[] {
  const shortfalls: Shortfall[] = [];
  for (const applicationId of input.applicationIds) {
    const reviewers = [...input.existing, ...added]
      .filter((pair) => pair.applicationId === applicationId)
      .map((pair) => pair.reviewerId);
    const reasons: Shortfall["reasons"] = [];
    if (reviewers.length < input.reviewsNeeded)
      reasons.push(input.reviewers.length < input.reviewsNeeded ? "too-few-members" : "conflicts");
    if (input.communityReviewerRequired && !reviewers.some((id) => community.has(id))) {
      const possible = input.reviewers.some(
        (r) => r.community && !conflicted.has(key(r.id, applicationId)),
      );
      // The plan always gives a free community reviewer a place that is still open.
      reasons.push(possible ? "community-place-taken" : "no-community-reviewer");
    }
    if (reasons.length > 0)
      shortfalls.push({
        applicationId,
        assigned: reviewers.length,
        needed: input.reviewsNeeded,
        reasons,
      });
  }
  return shortfalls;
}
