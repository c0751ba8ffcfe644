/**
 * What a panel's scores add up to for one application. Criteria may use different scales, so
 * each score is first placed on 0–100 (the bottom of its scale is 0, the top 100); a review's
 * total is the weighted mean of its criteria, and the application's score is the mean of its
 * counted reviews' totals. Reviews that do not count (drafts, reviews of a member with a conflict
 * declared after scoring) are left out entirely, never counted as zero.
 */

export type Criterion = { id: string; weight: number; scaleMin: number; scaleMax: number };

export type ReviewScores = {
  reviewerId: string;
  /** Submitted by a member without a conflict with this application. */
  counts: boolean;
  scores: Readonly<Record<string, number>>;
};

export type ApplicationScore = {
  reviewsCounted: number;
  /** 0–100, or null while no review counts. */
  score: number | null;
  /** Each criterion's mean on its own scale, or null while no review counts. */
  criterionMeans: Record<string, number | null>;
  /** Highest minus lowest review total (0–100), or null with fewer than two reviews. */
  spread: number | null;
  /** The reviewers disagree strongly: the spread reaches the threshold staff set. */
  disagreement: boolean;
};

function placed(criterion: Criterion, score: number) {
  const range = criterion.scaleMax - criterion.scaleMin;
  return range === 0 ? 100 : ((score - criterion.scaleMin) / range) * 100;
}

/** A review's total on 0–100: the weighted mean of its criteria. */
export function reviewTotal(criteria: readonly Criterion[], scores: ReviewScores["scores"]) {
  let weighted = 0;
  let weights = 0;
  for (const criterion of criteria) {
    const score = scores[criterion.id];
    if (score === undefined) continue;
    weighted += criterion.weight * placed(criterion, score);
    weights += criterion.weight;
  }
  return weights === 0 ? null : weighted / weights;
}

export function scoreApplication(
  criteria: readonly Criterion[],
  reviews: readonly ReviewScores[],
  disagreementThreshold: number,
): ApplicationScore {
  const counted = reviews.filter((review) => review.counts);
  const totals = counted
    .map((review) => reviewTotal(criteria, review.scores))
    .filter((total): total is number => total !== null);
  const criterionMeans: Record<string, number | null> = {};
  for (const criterion of criteria) {
    const given = counted
      .map((review) => review.scores[criterion.id])
      .filter((score): score is number => score !== undefined);
    criterionMeans[criterion.id] =
      given.length === 0 ? null : given.reduce((sum, score) => sum + score, 0) / given.length;
  }
  const score =
    totals.length === 0 ? null : totals.reduce((sum, total) => sum + total, 0) / totals.length;
  const spread = totals.length < 2 ? null : Math.max(...totals) - Math.min(...totals);
  return {
    reviewsCounted: totals.length,
    score,
    criterionMeans,
    spread,
    disagreement: spread !== null && spread >= disagreementThreshold,
  };
}
