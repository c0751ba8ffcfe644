/**
 * Community reviewers rank their top picks among the applications they read. Rankings are
 * partial and reviewers read different applications, so they are combined with a Borda count
 * adapted to both:
 *
 * - A reviewer who read m applications gives the one she ranks first m − 1 points, the next
 *   m − 2, and so on. The applications she read but did not rank share the points left for the
 *   places below her picks equally, so leaving them unranked says "below my picks", no more.
 * - Her points are divided by m − 1, so every reviewer weighs the same whether she read five
 *   applications or fifty.
 * - An application's community points are the mean over the reviewers who read it, on 0–1;
 *   applications no community reviewer ranked have none (null), which is not the same as 0.
 */

export type CommunityRanking = {
  reviewerId: string;
  /** Applications she read. */
  read: readonly string[];
  /** Her picks, best first; each must be one she read. */
  picks: readonly string[];
};

export type CommunityPoints = Record<string, { points: number; rankedBy: number }>;

export function communityPoints(rankings: readonly CommunityRanking[]): CommunityPoints {
  const sums = new Map<string, { total: number; readers: number }>();
  for (const ranking of rankings) {
    const read = [...new Set(ranking.read)];
    const picks = [...new Set(ranking.picks)].filter((id) => read.includes(id));
    const m = read.length;
    if (m < 2 || picks.length === 0) continue;
    const unrankedPlaces = m - picks.length;
    // Places picks.length+1 … m are worth m − place each; their mean is shared out.
    const sharedPoints = unrankedPlaces === 0 ? 0 : (m - picks.length - 1) / 2;
    for (const id of read) {
      const place = picks.indexOf(id);
      const points = place >= 0 ? m - (place + 1) : sharedPoints;
      const sum = sums.get(id) ?? { total: 0, readers: 0 };
      sum.total += points / (m - 1);
      sum.readers += 1;
      sums.set(id, sum);
    }
  }
  const result: CommunityPoints = {};
  for (const [id, sum] of sums)
    result[id] = { points: sum.total / sum.readers, rankedBy: sum.readers };
  return result;
}
