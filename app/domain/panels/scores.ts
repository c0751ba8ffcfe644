/**
 * What a panel's scores add up to for one application. Criteria may use different scales, so
 * each score is first placed on 0–100 (the bottom of its scale is 0, the top 100); a review's
 * total is the weighted mean of its criteria, and the application's score is the mean of its
 * counted reviews' totals. Reviews that do not count (drafts, reviews of a member with a conflict
 * declared after scoring) are left out entirely, never counted as zero.
 *
 * A review is always totalled on the criteria of the rubric version it was written on (a rubric
 * edited after reviews began gets a new version, and earlier reviews stay on theirs), so one
 * review has one total wherever it is shown: the moderation table, the funding set, a decision,
 * the export.
 */

export type Criterion = { id: string; weight: number; scaleMin: number; scaleMax: number };

export type ReviewScores = {
  reviewerId: string;
  /** Submitted by a member without a conflict with this application. */
  counts: boolean;
  /** The criteria of the rubric version this review was written on. */
  criteria: readonly Criterion[];
  scores: Readonly<Record<string, number>>;
};

export type ApplicationScore = {
  reviewsCounted: number;
  /** 0–100, or null while no review counts. */
  score: number | null;
  /**
   * Each criterion of the latest rubric version: its mean on that version's scale, from the
   * counted reviews that scored it, or null while none did.
   */
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

/**
 * A score given on one version's scale, read on another's: the same place between bottom and
 * top. Unchanged scales give back the score itself, not a float near it.
 */
function onScale(target: Criterion, given: Criterion, score: number) {
  if (given.scaleMin === target.scaleMin && given.scaleMax === target.scaleMax) return score;
  return target.scaleMin + (placed(given, score) / 100) * (target.scaleMax - target.scaleMin);
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

const mean = (values: readonly number[]) =>
  values.length === 0 ? null : values.reduce((sum, value) => sum + value, 0) / values.length;

/**
 * @param latest the criteria of the panel's latest rubric version: the columns the criterion
 *   means are given for. Totals never depend on it.
 */
export function scoreApplication(
  latest: readonly Criterion[],
  reviews: readonly ReviewScores[],
  disagreementThreshold: number,
): ApplicationScore {
  const counted = reviews.filter((review) => review.counts);
  const totals = counted
    .map((review) => reviewTotal(review.criteria, review.scores))
    .filter((total): total is number => total !== null);
  const criterionMeans: Record<string, number | null> = {};
  for (const criterion of latest) {
    const given = counted.flatMap((review) => {
      const own = review.criteria.find((candidate) => candidate.id === criterion.id);
      const score = review.scores[criterion.id];
      return own && score !== undefined ? [onScale(criterion, own, score)] : [];
    });
    criterionMeans[criterion.id] = mean(given);
  }
  const spread = totals.length < 2 ? null : Math.max(...totals) - Math.min(...totals);
  return {
    reviewsCounted: totals.length,
    score: mean(totals),
    criterionMeans,
    spread,
    disagreement: spread !== null && spread >= disagreementThreshold,
  };
}
